import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../platform/auth.js';
import { seedGoalsDemo } from './goals.seed.js';

export const DEMO_PASSWORD = 'ascent-demo-2026';

export const DEMO_SIGN_INS = [
  { email: 'provider-admin@example.com', role: 'PROVIDER_ADMIN', note: 'provider admin: all accounts' },
  { email: 'csm@example.com', role: 'CSM', note: 'CSM assigned to Northwind Logistics' },
  { email: 'customer-admin@example.com', role: 'CUSTOMER_ADMIN', note: 'admin at Northwind Logistics' },
  { email: 'customer-member@example.com', role: 'CUSTOMER_MEMBER', note: 'member at Northwind Logistics' },
  { email: 'other-admin@example.com', role: 'CUSTOMER_ADMIN', note: 'admin at Contoso Health' },
] as const;

/**
 * Loads the demo provider and two customer accounts, once: it does nothing when any user
 * exists. Runs as the tables' owner, since it writes across accounts before anyone signs in.
 */
export async function seedDemoData(owner: DataSource): Promise<boolean> {
  return owner.transaction(async (manager) => {
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM users');
    if (count > 0) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const ids = {
      providerAdmin: randomUUID(),
      csm: randomUUID(),
      customerAdmin: randomUUID(),
      customerMember: randomUUID(),
      otherAdmin: randomUUID(),
      northwind: randomUUID(),
      contoso: randomUUID(),
    };
    const users = [
      [ids.providerAdmin, 'provider-admin@example.com', 'Priya Provider', null, 'PROVIDER_ADMIN'],
      [ids.csm, 'csm@example.com', 'Sam Success', null, 'CSM'],
      [ids.customerAdmin, 'customer-admin@example.com', 'Casey Customer', ids.northwind, 'CUSTOMER_ADMIN'],
      [ids.customerMember, 'customer-member@example.com', 'Morgan Member', ids.northwind, 'CUSTOMER_MEMBER'],
      [ids.otherAdmin, 'other-admin@example.com', 'Olivia Other', ids.contoso, 'CUSTOMER_ADMIN'],
    ] as const;
    for (const [id, email, name] of users) {
      await manager.query('INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [
        id,
        email,
        name,
        passwordHash,
      ]);
    }
    await manager.query(
      `INSERT INTO accounts (id, name, journey_phase, csm_user_id, renewal_date) VALUES
         ($1, 'Northwind Logistics', 'IMPLEMENTATION', $3, (current_date + 120)),
         ($2, 'Contoso Health', 'ORIENTATION', NULL, (current_date + 300))`,
      [ids.northwind, ids.contoso, ids.csm],
    );
    for (const [userId, , , accountId, role] of users) {
      await manager.query('INSERT INTO memberships (id, user_id, account_id, role) VALUES ($1, $2, $3, $4)', [
        randomUUID(),
        userId,
        accountId,
        role,
      ]);
    }
    for (const [accountId, name] of [
      [ids.northwind, 'Northwind Logistics'],
      [ids.contoso, 'Contoso Health'],
    ] as const) {
      await manager.query(
        `INSERT INTO change_log_entries (id, account_id, actor_user_id, actor_name, action, entity_type, entity_id, changes)
         VALUES ($1, $2, $3, 'Priya Provider', 'account.created', 'Account', $2, $4)`,
        [randomUUID(), accountId, ids.providerAdmin, JSON.stringify([{ field: 'name', before: null, after: name }])],
      );
    }
    await seedGoalsDemo(manager, ids);
    return true;
  });
}
