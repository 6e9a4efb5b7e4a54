import DataLoader from 'dataloader';
import type { ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../platform/context.js';
import { byIdLoader, PeekableLoader, selectRows } from '../../platform/loaders.js';
import { GoalConflictEntity } from './goal-conflict.entity.js';
import { GoalEndorsementEntity } from './goal-endorsement.entity.js';
import { GoalMeasureEntity } from './goal-measure.entity.js';
import { GoalEntity } from './goal.entity.js';
import { IN_PROGRESS } from './goal.rules.js';

export const goalById = (ctx: RequestContext) => byIdLoader(ctx, 'goals.byId', GoalEntity);

/**
 * Rows grouped by key columns, for many keys in one statement, oldest first. `where`
 * matches the keys ($1, an array) by property, e.g. '{goalId} = ANY($1)'.
 */
function groupedLoader<T extends ObjectLiteral & { createdAt: Date; id: string }>(
  ctx: RequestContext,
  name: string,
  entity: new () => T,
  keysOf: (row: T) => string[],
  where: string,
): PeekableLoader<string, T[]> {
  return ctx.loader(
    name,
    () =>
      new PeekableLoader<string, T[]>(async (keys) => {
        const rows = await selectRows(ctx, entity, name.replace(/\W/g, '_'), where, [keys], '{createdAt}, id');
        const byKey = new Map<string, T[]>(keys.map((key) => [key, []]));
        for (const row of rows) for (const key of keysOf(row)) byKey.get(key)?.push(row);
        return keys.map((key) => byKey.get(key) ?? []);
      }),
  );
}

export const childrenByParent = (ctx: RequestContext) =>
  groupedLoader(ctx, 'goals.children', GoalEntity, (goal) => [goal.parentId!], '{parentId} = ANY($1::uuid[])');

export const goalsByOwner = (ctx: RequestContext) =>
  groupedLoader(
    ctx,
    'goals.byOwner',
    GoalEntity,
    (goal) => [goal.ownerStakeholderId!],
    '{ownerStakeholderId} = ANY($1::uuid[])',
  );

export const measuresByGoal = (ctx: RequestContext) =>
  groupedLoader(ctx, 'goals.measure', GoalMeasureEntity, (measure) => [measure.goalId], '{goalId} = ANY($1::uuid[])');

export const endorsementsByGoal = (ctx: RequestContext) =>
  groupedLoader(
    ctx,
    'goals.endorsements',
    GoalEndorsementEntity,
    (endorsement) => [endorsement.goalId],
    '{goalId} = ANY($1::uuid[])',
  );

export const endorsementsByStakeholder = (ctx: RequestContext) =>
  groupedLoader(
    ctx,
    'goals.endorsementsByStakeholder',
    GoalEndorsementEntity,
    (endorsement) => [endorsement.stakeholderId],
    '{stakeholderId} = ANY($1::uuid[])',
  );

export const conflictsByGoal = (ctx: RequestContext) =>
  groupedLoader(
    ctx,
    'goals.conflicts',
    GoalConflictEntity,
    (conflict) => [conflict.goalAId, conflict.goalBId],
    '{goalAId} = ANY($1::uuid[]) OR {goalBId} = ANY($1::uuid[])',
  );

/** Each goal's ancestors, root first: one statement walks every chain, one loads the goals. */
export const ancestorsOf = (ctx: RequestContext) =>
  ctx.loader(
    'goals.ancestors',
    () =>
      new DataLoader<string, GoalEntity[]>(async (ids) => {
        const links: Array<{ start_id: string; ancestor_id: string; hops: number }> = await ctx.manager.query(
          `WITH RECURSIVE up AS (
             SELECT g.id AS start_id, g.parent_id AS ancestor_id, 1 AS hops FROM goals g
              WHERE g.id = ANY($1) AND g.parent_id IS NOT NULL
             UNION ALL
             SELECT up.start_id, p.parent_id, up.hops + 1 FROM up JOIN goals p ON p.id = up.ancestor_id
              WHERE p.parent_id IS NOT NULL AND up.hops < 50
           )
           SELECT start_id, ancestor_id, hops FROM up`,
          [ids],
        );
        const ancestors = await goalById(ctx).loadMany([...new Set(links.map((link) => link.ancestor_id))]);
        const byId = new Map(
          ancestors.filter((goal): goal is GoalEntity => goal instanceof GoalEntity).map((goal) => [goal.id, goal]),
        );
        return ids.map((id) =>
          links
            .filter((link) => link.start_id === id)
            .sort((a, b) => b.hops - a.hops)
            .map((link) => byId.get(link.ancestor_id))
            .filter((goal): goal is GoalEntity => goal !== undefined),
        );
      }),
  );

export interface SuccessPlanCounts {
  active: number;
  measured: number;
  planned: number;
  proposed: number;
}

/** The counts behind each account's success plan, for many accounts in one statement. */
export const successPlanCounts = (ctx: RequestContext) =>
  ctx.loader(
    'goals.successPlan',
    () =>
      new DataLoader<string, SuccessPlanCounts>(async (accountIds) => {
        const rows: Array<SuccessPlanCounts & { account_id: string }> = await ctx.manager.query(
          `SELECT g.account_id,
                  count(*) FILTER (WHERE g.status = ANY($2))::int AS active,
                  count(m.id) FILTER (WHERE g.status = ANY($2))::int AS measured,
                  count(m.due_date) FILTER (WHERE g.status = ANY($2))::int AS planned,
                  count(*) FILTER (WHERE g.status = 'PROPOSED')::int AS proposed
             FROM goals g LEFT JOIN goal_measures m ON m.account_id = g.account_id AND m.goal_id = g.id
            WHERE g.account_id = ANY($1)
            GROUP BY g.account_id`,
          [accountIds, IN_PROGRESS],
        );
        const byAccount = new Map(rows.map((row) => [row.account_id, row]));
        return accountIds.map((id) => byAccount.get(id) ?? { active: 0, measured: 0, planned: 0, proposed: 0 });
      }),
  );
