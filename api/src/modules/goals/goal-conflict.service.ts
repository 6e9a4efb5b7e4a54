import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { RequestContext } from '../../platform/context.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { expectGlobalId, paginate, type ConnectionArgs } from '../../platform/relay.js';
import { fail, InputCheck } from '../../platform/validation.js';
import { ChangeLogService } from '../changelog/changelog.service.js';
import {
  CONFLICT_HANDLINGS,
  GoalConflictEntity,
  type ConflictHandling,
  type ConflictStatus,
} from './goal-conflict.entity.js';
import type { GoalEntity } from './goal.entity.js';
import { conflictsByGoal } from './goal.loaders.js';
import { GoalService } from './goal.service.js';

const descriptionSchema = z
  .string()
  .trim()
  .min(1, 'Say how the goals clash.')
  .max(2000, 'Use at most 2,000 characters.');
const noteSchema = z.string().trim().max(2000, 'Use at most 2,000 characters.');

export class GoalConflictService {
  constructor(private readonly ctx: RequestContext) {}

  findById(id: string): Promise<GoalConflictEntity | null> {
    return this.ctx.manager.findOneBy(GoalConflictEntity, { id });
  }

  forGoal(goalId: string): Promise<GoalConflictEntity[]> {
    return conflictsByGoal(this.ctx).load(goalId);
  }

  /** The account's conflicts, newest first. */
  list(accountId: string, status: ConflictStatus | null | undefined, args: ConnectionArgs) {
    this.ctx.requireCaller();
    const query = this.ctx.manager
      .createQueryBuilder(GoalConflictEntity, 'conflict')
      .where('conflict.accountId = :accountId', { accountId });
    if (status) query.andWhere('conflict.status = :status', { status });
    return paginate(query, args, { sortProperty: 'createdAt', direction: 'DESC' });
  }

  /** Anyone who sees the account may point out that two of its goals clash. */
  async create(input: { goalAId: string; goalBId: string; description: string }): Promise<GoalConflictEntity> {
    const caller = this.ctx.requireCaller();
    const goals = new GoalService(this.ctx);
    const check = new InputCheck();
    const goalA = await goals.findById(expectGlobalId(input.goalAId, 'Goal', 'goalAId'));
    const goalB = await goals.findById(expectGlobalId(input.goalBId, 'Goal', 'goalBId'));
    if (!goalA) check.add('NOT_FOUND', 'The first goal was not found.', 'goalAId');
    if (!goalB) check.add('NOT_FOUND', 'The second goal was not found.', 'goalBId');
    if (goalA && goalB) {
      if (goalA.accountId !== goalB.accountId) check.add('NOT_FOUND', 'The second goal was not found.', 'goalBId');
      else if (goalA.id === goalB.id) check.add('SAME_GOAL', 'Choose two different goals.', 'goalBId');
      for (const [goal, field] of [
        [goalA, 'goalAId'],
        [goalB, 'goalBId'],
      ] as const) {
        if (goal.status === 'DECLINED') check.add('INVALID', `“${goal.title}” is a declined proposal.`, field);
      }
    }
    const description = check.parse(descriptionSchema, input.description, 'description');
    check.throwIfAny();
    const conflict = this.ctx.manager.create(GoalConflictEntity, {
      id: randomUUID(),
      accountId: goalA!.accountId,
      goalAId: goalA!.id,
      goalBId: goalB!.id,
      description: description!,
      status: 'OPEN',
      handling: null,
      prioritizedGoalId: null,
      resolutionNote: null,
      raisedByName: caller.userName,
      resolvedByName: null,
      resolvedAt: null,
      createdAt: new Date(),
    });
    await this.ctx.manager.insert(GoalConflictEntity, conflict).catch((error: unknown) => {
      if ((error as { constraint?: string }).constraint === 'goal_conflicts_open_pair_key') {
        fail('TAKEN', 'These two goals already have an open conflict.', 'goalBId');
      }
      throw error;
    });
    this.clear(conflict);
    await this.log(conflict, 'goal_conflict.raised', [
      { field: 'goals', before: null, after: `${goalA!.title} ↔ ${goalB!.title}` },
      { field: 'description', before: null, after: conflict.description },
    ]);
    return conflict;
  }

  /** A customer admin records how the clash is handled, which resolves it. */
  async resolve(input: {
    id: string;
    handling: ConflictHandling;
    prioritizedGoalId?: string | null;
    note?: string | null;
  }): Promise<GoalConflictEntity> {
    const caller = this.ctx.requireCaller();
    const conflict = await this.findById(input.id);
    if (!conflict) throw notFound('That conflict');
    if (caller.role !== 'CUSTOMER_ADMIN') throw forbidden("Only the customer's admins resolve goal conflicts.");
    const check = new InputCheck();
    if (conflict.status !== 'OPEN') check.add('NOT_OPEN', 'This conflict is already resolved.', 'id');
    if (!CONFLICT_HANDLINGS.includes(input.handling)) check.add('INVALID', 'Unknown handling.', 'handling');
    let prioritizedGoalId: string | null = null;
    if (input.handling === 'PRIORITIZE') {
      const chosen = input.prioritizedGoalId
        ? expectGlobalId(input.prioritizedGoalId, 'Goal', 'prioritizedGoalId')
        : null;
      if (!chosen) check.add('REQUIRED', 'Choose which goal comes first.', 'prioritizedGoalId');
      else if (chosen !== conflict.goalAId && chosen !== conflict.goalBId) {
        check.add('INVALID', 'Choose one of the two conflicting goals.', 'prioritizedGoalId');
      } else prioritizedGoalId = chosen;
    } else if (input.prioritizedGoalId) {
      check.add('INVALID', 'Only a PRIORITIZE handling names a goal that comes first.', 'prioritizedGoalId');
    }
    const note = input.note == null ? null : (check.parse(noteSchema, input.note, 'note') ?? null);
    check.throwIfAny();
    const resolved: Partial<GoalConflictEntity> = {
      status: 'RESOLVED',
      handling: input.handling,
      prioritizedGoalId,
      resolutionNote: note || null,
      resolvedByName: caller.userName,
      resolvedAt: new Date(),
    };
    await this.ctx.manager.update(GoalConflictEntity, { id: conflict.id, status: 'OPEN' }, resolved);
    this.clear(conflict);
    const winner = prioritizedGoalId ? await new GoalService(this.ctx).findById(prioritizedGoalId) : null;
    await this.log(conflict, 'goal_conflict.resolved', [
      { field: 'status', before: 'OPEN', after: 'RESOLVED' },
      { field: 'handling', before: null, after: input.handling },
      ...(winner ? [{ field: 'prioritized', before: null, after: winner.title }] : []),
      ...(note ? [{ field: 'note', before: null, after: note }] : []),
    ]);
    return { ...conflict, ...resolved } as GoalConflictEntity;
  }

  goalsOf(conflict: GoalConflictEntity): Promise<Array<GoalEntity | null>> {
    const goals = new GoalService(this.ctx);
    return Promise.all([goals.findById(conflict.goalAId), goals.findById(conflict.goalBId)]);
  }

  private clear(conflict: GoalConflictEntity): void {
    conflictsByGoal(this.ctx).clear(conflict.goalAId).clear(conflict.goalBId);
  }

  private async log(
    conflict: GoalConflictEntity,
    action: string,
    changes: Array<{ field: string; before: string | null; after: string | null }>,
  ) {
    await new ChangeLogService(this.ctx).record({
      accountId: conflict.accountId,
      action,
      entityType: 'GoalConflict',
      entityId: conflict.id,
      changes,
    });
  }
}
