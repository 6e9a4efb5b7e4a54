import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { toGlobalId } from '../../platform/relay.js';

export interface DemoPeople {
  providerAdmin: string;
  csm: string;
  customerAdmin: string;
  customerMember: string;
  otherAdmin: string;
  northwind: string;
  contoso: string;
}

const TEMPLATES = [
  ['cost_per_shipment', 'Cost per shipment', 'EUR', 'LOWER_IS_BETTER', 'MONETARY', 'LAGGING', 'AVG'],
  ['onboarding_time_days', 'Time to onboard a new hire', 'days', 'LOWER_IS_BETTER', 'OPERATIONAL', 'LEADING', 'AVG'],
  ['weekly_active_users', 'Weekly active users', 'users', 'HIGHER_IS_BETTER', 'BEHAVIORAL', 'LEADING', 'LAST'],
  [
    'first_contact_resolution',
    'Issues resolved at first contact',
    '%',
    'HIGHER_IS_BETTER',
    'OPERATIONAL',
    'LEADING',
    'AVG',
  ],
  ['csat_score', 'Customer satisfaction', 'points (1–5)', 'HIGHER_IS_BETTER', 'PERCEPTUAL', 'LAGGING', 'AVG'],
  ['renewal_likelihood', 'Likelihood to renew', '%', 'HIGHER_IS_BETTER', 'PERCEPTUAL', 'LAGGING', 'LAST'],
] as const;

/**
 * A living goal tree for the first customer (a cost goal with sub-goals, a perception
 * goal with endorsements, a CSM's proposal, an open conflict) and a thin start for the
 * second, whose home then shows what its success plan still lacks.
 */
export async function seedGoalsDemo(manager: EntityManager, people: DemoPeople): Promise<void> {
  const templates = new Map<string, string>();
  for (const [key, name, unit, direction, kind, indicator, aggregation] of TEMPLATES) {
    const id = randomUUID();
    templates.set(key, id);
    await manager.query(
      `INSERT INTO metric_definitions (id, account_id, key, name, unit, direction, kind, indicator, aggregation)
       VALUES ($1, NULL, $2, $3, $4, $5, $6, $7, $8)`,
      [id, key, name, unit, direction, kind, indicator, aggregation],
    );
  }
  const adopt = async (accountId: string, key: string) => {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO metric_definitions (id, account_id, template_id, key, name, description, unit, direction, kind, indicator, aggregation)
       SELECT $1, $2, id, key, name, description, unit, direction, kind, indicator, aggregation
         FROM metric_definitions WHERE id = $3`,
      [id, accountId, templates.get(key)],
    );
    return id;
  };

  const stakeholder = async (
    accountId: string,
    name: string,
    title: string,
    group: string,
    centres: string[],
    influence: number,
    userId: string | null = null,
  ) => {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO stakeholders (id, account_id, name, title, stakeholder_group, centres, influence, user_id, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'ACTIVE')`,
      [id, accountId, name, title, group, centres, influence, userId],
    );
    return id;
  };

  let order = 0;
  const goal = async (
    accountId: string,
    fields: {
      title: string;
      description?: string;
      parentId?: string;
      level?: 'COLLECTIVE' | 'INDIVIDUAL';
      categories: string[];
      dimensions?: string[];
      ownerId?: string;
      status?: string;
      proposedBy?: string;
      createdBy: string;
      actorName: string;
    },
  ) => {
    const id = randomUUID();
    order += 1;
    await manager.query(
      `INSERT INTO goals (id, account_id, parent_id, title, description, level, categories, dimensions,
                          owner_stakeholder_id, status, proposed_by_name, created_by_user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
               now() - interval '30 days' + $13 * interval '1 minute', now() - interval '30 days' + $13 * interval '1 minute')`,
      [
        id,
        accountId,
        fields.parentId ?? null,
        fields.title,
        fields.description ?? '',
        fields.level ?? 'COLLECTIVE',
        fields.categories,
        fields.dimensions ?? [],
        fields.ownerId ?? null,
        fields.status ?? 'ACTIVE',
        fields.proposedBy ?? null,
        fields.createdBy,
        order,
      ],
    );
    await manager.query(
      `INSERT INTO change_log_entries (id, account_id, actor_user_id, actor_name, action, entity_type, entity_id, changes, created_at)
       VALUES ($1, $2, $3, $4, $5, 'Goal', $6, $7, now() - interval '30 days' + $8 * interval '1 minute')`,
      [
        randomUUID(),
        accountId,
        fields.createdBy,
        fields.actorName,
        fields.proposedBy ? 'goal.proposed' : 'goal.created',
        id,
        JSON.stringify([{ field: 'title', before: null, after: fields.title }]),
        order,
      ],
    );
    return id;
  };

  const measure = async (
    accountId: string,
    goalId: string,
    metricId: string,
    baseline: number,
    target: number,
    dueInDays: number | null,
    ambition = 'GOOD_ENOUGH',
  ) => {
    await manager.query(
      `INSERT INTO goal_measures (id, account_id, goal_id, metric_definition_id, baseline, target, due_date, ambition)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::int IS NULL THEN NULL ELSE current_date + $7::int END, $8)`,
      [randomUUID(), accountId, goalId, metricId, baseline, target, dueInDays, ambition],
    );
  };

  // Northwind Logistics: the first customer.
  const nw = people.northwind;
  const byAdmin = { createdBy: people.customerAdmin, actorName: 'Casey Customer' };
  const cost = await adopt(nw, 'cost_per_shipment');
  const onboarding = await adopt(nw, 'onboarding_time_days');
  const activeUsers = await adopt(nw, 'weekly_active_users');
  const satisfaction = await adopt(nw, 'csat_score');
  const casey = await stakeholder(
    nw,
    'Casey Customer',
    'Head of Operations',
    'MANAGEMENT',
    ['BUYING', 'USAGE'],
    5,
    people.customerAdmin,
  );
  const morgan = await stakeholder(
    nw,
    'Morgan Member',
    'Dispatcher',
    'FRONT_LINE',
    ['USAGE'],
    3,
    people.customerMember,
  );
  const rita = await stakeholder(nw, 'Rita Reyes', 'IT lead', 'IT', ['USAGE'], 3);
  await stakeholder(nw, 'Paul Prakash', 'Procurement manager', 'PROCUREMENT', ['BUYING'], 4);

  const costGoal = await goal(nw, {
    title: 'Cut the cost per shipment by 15 %',
    description: 'Fewer empty kilometres and less manual planning, across all regional depots.',
    categories: ['RELIEVING'],
    dimensions: ['FINANCIAL', 'OPERATIONAL'],
    ownerId: casey,
    ...byAdmin,
  });
  await measure(nw, costGoal, cost, 12.4, 10.5, 180);
  const planner = await goal(nw, {
    title: 'Plan regional routes in the new planner',
    parentId: costGoal,
    categories: ['ENABLING'],
    dimensions: ['OPERATIONAL'],
    ownerId: rita,
    ...byAdmin,
  });
  await measure(nw, planner, activeUsers, 20, 60, 90);
  await goal(nw, {
    title: 'Plan my depot’s routes without spreadsheets',
    parentId: planner,
    level: 'INDIVIDUAL',
    categories: ['RELIEVING'],
    dimensions: ['OPERATIONAL'],
    ownerId: morgan,
    createdBy: people.customerMember,
    actorName: 'Morgan Member',
  });
  const onboardingGoal = await goal(nw, {
    title: 'Onboard new dispatchers in under 5 days',
    parentId: costGoal,
    categories: ['ENABLING'],
    dimensions: ['OPERATIONAL', 'SOCIAL'],
    status: 'AT_RISK',
    ...byAdmin,
  });
  await measure(nw, onboardingGoal, onboarding, 12, 5, 120, 'EXCEPTIONAL');
  const trustGoal = await goal(nw, {
    title: 'Our customers trust our delivery promises',
    categories: ['ENRICHING'],
    dimensions: ['SOCIAL', 'STRATEGIC'],
    ...byAdmin,
  });
  await measure(nw, trustGoal, satisfaction, 3.6, 4.3, 270);
  for (const [stakeholderId, name] of [
    [casey, 'Casey Customer'],
    [morgan, 'Morgan Member'],
  ] as const) {
    await manager.query(
      `INSERT INTO goal_endorsements (id, account_id, goal_id, stakeholder_id, endorsed_by_name) VALUES ($1, $2, $3, $4, $5)`,
      [randomUUID(), nw, trustGoal, stakeholderId, name],
    );
  }
  const proposal = await goal(nw, {
    title: 'Send customers proactive delay alerts',
    description: 'Customers hear about a late delivery from you before they have to ask.',
    parentId: trustGoal,
    categories: ['ENABLING', 'ENRICHING'],
    dimensions: ['STRATEGIC'],
    status: 'PROPOSED',
    proposedBy: 'Sam Success',
    createdBy: people.csm,
    actorName: 'Sam Success',
  });
  // The admin's bell has the proposal waiting, as if Sam had just sent it.
  await manager.query(
    `INSERT INTO notifications (id, account_id, recipient_user_id, kind, title, body, link)
     VALUES ($1, $2, $3, 'goal.proposed', $4, $5, $6)`,
    [
      randomUUID(),
      nw,
      people.customerAdmin,
      'Sam Success proposes a goal: “Send customers proactive delay alerts”',
      'Accept it, edit it first, or decline it with a reason.',
      `/goals/${encodeURIComponent(toGlobalId('Goal', proposal))}`,
    ],
  );
  await manager.query(
    `INSERT INTO goal_conflicts (id, account_id, goal_a_id, goal_b_id, description, raised_by_name)
     VALUES ($1, $2, $3, $4, $5, 'Morgan Member')`,
    [
      randomUUID(),
      nw,
      costGoal,
      onboardingGoal,
      'Longer training for new dispatchers raises the cost per shipment in the first months.',
    ],
  );

  // Contoso Health: a first goal, no measure yet.
  const ct = people.contoso;
  await adopt(ct, 'csat_score');
  const olivia = await stakeholder(
    ct,
    'Olivia Other',
    'Patient services director',
    'MANAGEMENT',
    ['BUYING', 'USAGE'],
    5,
    people.otherAdmin,
  );
  await goal(ct, {
    title: 'Answer patient questions on the first call',
    categories: ['RELIEVING', 'ENRICHING'],
    dimensions: ['OPERATIONAL', 'SOCIAL'],
    ownerId: olivia,
    createdBy: people.otherAdmin,
    actorName: 'Olivia Other',
  });
}
