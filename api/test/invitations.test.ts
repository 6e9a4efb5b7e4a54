import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, errorCodes } from '../src/testing/client.js';
import { startTestServer, type TestServer } from '../src/testing/harness.js';

const INVITE = `mutation Invite($input: InviteUserInput!) {
  inviteUser(input: $input) { invitation { id email role status account { name } } errors { field code message } }
}`;
const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { signedIn errors { field code message } } }`;
const PREVIEW = `query Preview($token: String!) { invitation(token: $token) { email role accountName invitedByName status } }`;
const MAILBOX = `{ viewer { mailbox(first: 10) { nodes { toEmail subject bodyText status } } } }`;
const CHANGE_LOG = `{ viewer { account { changeLog(first: 50) { totalCount nodes { actorName action entityType changes { field before after } } } } } }`;

async function tokenFromMailbox(client: ApiClient, to: string, server: TestServer): Promise<string> {
  await server.server.outbox.drain();
  const data = await client.data(MAILBOX);
  const message = data.viewer.mailbox.nodes.find((node: { toEmail: string }) => node.toEmail === to);
  expect(message, `a message to ${to}`).toBeDefined();
  const match = /\/invitation\/([\w-]+)/.exec(message.bodyText);
  return match![1]!;
}

async function rowCounts(server: TestServer) {
  const { rows } = await server.database.owner.query(`SELECT
    (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM memberships)::int AS memberships,
    (SELECT count(*) FROM invitations)::int AS invitations, (SELECT count(*) FROM change_log_entries)::int AS entries,
    (SELECT count(*) FROM outbox_messages)::int AS messages, (SELECT count(*) FROM sessions)::int AS sessions`);
  return rows[0];
}

describe('invitations', () => {
  let server: TestServer;
  let admin: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await new ApiClient(server.url).signIn('customer-admin@example.com');
  });
  afterAll(async () => server.close());

  it('invite, deliver through the outbox, accept, sign in, and log both steps', async () => {
    const invited = await admin.data(INVITE, { input: { email: 'Rita.Reader@Example.com', role: 'CUSTOMER_MEMBER' } });
    expect(invited.inviteUser).toMatchObject({
      invitation: {
        email: 'rita.reader@example.com',
        role: 'CUSTOMER_MEMBER',
        status: 'PENDING',
        account: { name: 'Northwind Logistics' },
      },
      errors: [],
    });

    const token = await tokenFromMailbox(admin, 'rita.reader@example.com', server);
    const { rows } = await server.database.owner.query(
      `SELECT status FROM outbox_messages WHERE to_email = 'rita.reader@example.com'`,
    );
    expect(rows[0].status).toBe('HELD');

    const guest = new ApiClient(server.url);
    expect((await guest.data(PREVIEW, { token })).invitation).toEqual({
      email: 'rita.reader@example.com',
      role: 'CUSTOMER_MEMBER',
      accountName: 'Northwind Logistics',
      invitedByName: 'Casey Customer',
      status: 'PENDING',
    });
    const accepted = await guest.data(ACCEPT, {
      input: { token, name: 'Rita Reader', password: 'a long enough secret' },
    });
    expect(accepted.acceptInvitation).toEqual({ signedIn: true, errors: [] });
    const me = await guest.data(`{ viewer { role user { name email } account { name } } }`);
    expect(me.viewer).toEqual({
      role: 'CUSTOMER_MEMBER',
      user: { name: 'Rita Reader', email: 'rita.reader@example.com' },
      account: { name: 'Northwind Logistics' },
    });

    // The new member signs in again later with the chosen password.
    await new ApiClient(server.url).signIn('rita.reader@example.com', 'a long enough secret');

    const log = await admin.data(CHANGE_LOG);
    const actions = log.viewer.account.changeLog.nodes.map((entry: { action: string; actorName: string }) => [
      entry.action,
      entry.actorName,
    ]);
    expect(actions.slice(0, 2)).toEqual([
      ['invitation.accepted', 'Rita Reader'],
      ['user.invited', 'Casey Customer'],
    ]);
    expect(log.viewer.account.changeLog.nodes[1].changes).toEqual([
      { field: 'email', before: null, after: '"rita.reader@example.com"' },
      { field: 'role', before: null, after: '"CUSTOMER_MEMBER"' },
    ]);

    // A link works once.
    const again = await new ApiClient(server.url).data(ACCEPT, {
      input: { token, name: 'Mallory', password: 'another secret!!' },
    });
    expect(again.acceptInvitation.errors[0].code).toBe('ALREADY_ACCEPTED');
  });

  it('rejects bad input with errors naming each field, and stores nothing', async () => {
    const before = await rowCounts(server);
    const bad = await admin.data(INVITE, { input: { email: 'not-an-email', role: 'CUSTOMER_MEMBER' } });
    expect(bad.inviteUser.invitation).toBeNull();
    expect(bad.inviteUser.errors).toEqual([
      { field: 'email', code: 'INVALID', message: 'Enter a valid email address.' },
    ]);
    const taken = await admin.data(INVITE, { input: { email: 'customer-member@example.com', role: 'CUSTOMER_ADMIN' } });
    expect(taken.inviteUser.errors.map((error: { code: string }) => error.code)).toEqual(['EMAIL_IN_USE']);

    await admin.data(INVITE, { input: { email: 'weak@example.com', role: 'CUSTOMER_MEMBER' } });
    const token = await tokenFromMailbox(admin, 'weak@example.com', server);
    const afterInvite = await rowCounts(server);
    const guest = new ApiClient(server.url);
    const weak = await guest.data(ACCEPT, { input: { token, name: '  ', password: 'short' } });
    expect(weak.acceptInvitation.signedIn).toBe(false);
    expect(weak.acceptInvitation.errors.map((error: { field: string }) => error.field)).toEqual(['name', 'password']);
    expect(await rowCounts(server)).toEqual(afterInvite);
    expect(guest.cookie).toBeUndefined();
    expect(afterInvite).toMatchObject({ invitations: before.invitations + 1, messages: before.messages + 1 });
  });

  it('refuses an expired or unknown invitation', async () => {
    await admin.data(INVITE, { input: { email: 'late@example.com', role: 'CUSTOMER_MEMBER' } });
    const token = await tokenFromMailbox(admin, 'late@example.com', server);
    await server.database.owner.query(
      `UPDATE invitations SET expires_at = now() - interval '1 second' WHERE email = 'late@example.com'`,
    );
    const guest = new ApiClient(server.url);
    expect((await guest.data(PREVIEW, { token })).invitation.status).toBe('EXPIRED');
    expect(
      (await guest.data(ACCEPT, { input: { token, name: 'Late', password: 'long enough pw' } })).acceptInvitation
        .errors[0].code,
    ).toBe('EXPIRED');
    expect((await guest.data(PREVIEW, { token: 'made-up' })).invitation).toBeNull();
    expect(
      (await guest.data(ACCEPT, { input: { token: 'made-up', name: 'X', password: 'long enough pw' } }))
        .acceptInvitation.errors[0].code,
    ).toBe('INVALID_TOKEN');
  });

  it('lets only admins invite, and customer admins only into their own account', async () => {
    const member = await new ApiClient(server.url).signIn('customer-member@example.com');
    expect(
      errorCodes(await member.request(INVITE, { input: { email: 'x@example.com', role: 'CUSTOMER_MEMBER' } })),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await admin.request(INVITE, { input: { email: 'x@example.com', role: 'CSM' } }))).toEqual([
      'FORBIDDEN',
    ]);
    const provider = await new ApiClient(server.url).signIn('provider-admin@example.com');
    const accounts = await provider.data(`{ viewer { accounts { nodes { id name } } } }`);
    const contoso = accounts.viewer.accounts.nodes.find(
      (account: { name: string }) => account.name === 'Contoso Health',
    );
    expect(
      errorCodes(
        await admin.request(INVITE, {
          input: { email: 'x@example.com', role: 'CUSTOMER_MEMBER', accountId: contoso.id },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const signedOut = new ApiClient(server.url);
    expect(
      errorCodes(await signedOut.request(INVITE, { input: { email: 'x@example.com', role: 'CUSTOMER_MEMBER' } })),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('lets a provider admin invite staff and a first customer admin', async () => {
    const provider = await new ApiClient(server.url).signIn('provider-admin@example.com');
    const staff = await provider.data(INVITE, { input: { email: 'new.csm@example.com', role: 'CSM' } });
    expect(staff.inviteUser).toMatchObject({ invitation: { role: 'CSM', account: null }, errors: [] });
    const created = await provider.data(
      `mutation { createAccount(input: { name: "Fabrikam Foods" }) { account { id } errors { message } } }`,
    );
    const accountId = created.createAccount.account.id;
    const first = await provider.data(INVITE, {
      input: { email: 'owner@fabrikam.example', role: 'CUSTOMER_ADMIN', accountId },
    });
    expect(first.inviteUser).toMatchObject({ invitation: { account: { name: 'Fabrikam Foods' } }, errors: [] });
    const missing = await provider.data(INVITE, { input: { email: 'someone@example.com', role: 'CUSTOMER_ADMIN' } });
    expect(missing.inviteUser.errors).toEqual([
      { field: 'accountId', code: 'REQUIRED', message: 'Choose the account the person joins.' },
    ]);

    const token = await tokenFromMailbox(provider, 'new.csm@example.com', server);
    const csm = new ApiClient(server.url);
    expect(
      (await csm.data(ACCEPT, { input: { token, name: 'Nia New', password: 'staff password' } })).acceptInvitation
        .errors,
    ).toEqual([]);
    expect((await csm.data(`{ viewer { role isProviderStaff accounts { totalCount } } }`)).viewer).toEqual({
      role: 'CSM',
      isProviderStaff: true,
      accounts: { totalCount: 0 },
    });
  });

  it('revokes a pending invitation so its link stops working', async () => {
    const invited = await admin.data(INVITE, { input: { email: 'changed.mind@example.com', role: 'CUSTOMER_MEMBER' } });
    const token = await tokenFromMailbox(admin, 'changed.mind@example.com', server);
    const revoked = await admin.data(
      `mutation($id: ID!) { revokeInvitation(input: { id: $id }) { invitation { status } errors { code } } }`,
      {
        id: invited.inviteUser.invitation.id,
      },
    );
    expect(revoked.revokeInvitation).toEqual({ invitation: { status: 'EXPIRED' }, errors: [] });
    const guest = new ApiClient(server.url);
    expect(
      (await guest.data(ACCEPT, { input: { token, name: 'Too Late', password: 'long enough pw' } })).acceptInvitation
        .errors[0].code,
    ).toBe('EXPIRED');
  });
});
