import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../platform/context.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { fail } from '../../platform/validation.js';
import { StakeholderService } from '../stakeholders/stakeholder.service.js';
import type { StakeholderEntity } from '../stakeholders/stakeholder.entity.js';
import { GoalEndorsementEntity } from './goal-endorsement.entity.js';
import type { GoalEntity } from './goal.entity.js';
import { endorsementsByGoal, endorsementsByStakeholder } from './goal.loaders.js';
import { GoalService } from './goal.service.js';

/** Goals people can still rally behind. */
const ENDORSABLE = ['PROPOSED', 'ACTIVE', 'AT_RISK'];

export class GoalEndorsementService {
  constructor(private readonly ctx: RequestContext) {}

  forGoal(goalId: string): Promise<GoalEndorsementEntity[]> {
    return endorsementsByGoal(this.ctx).load(goalId);
  }

  byStakeholder(stakeholderId: string): Promise<GoalEndorsementEntity[]> {
    return endorsementsByStakeholder(this.ctx).load(stakeholderId);
  }

  /** Whether the signed-in customer user's own stakeholder endorses the goal. */
  async viewerEndorses(goal: GoalEntity): Promise<boolean> {
    const caller = this.ctx.caller;
    if (!caller?.accountId || goal.level !== 'COLLECTIVE') return false;
    const stakeholders = new StakeholderService(this.ctx);
    const endorsements = await this.forGoal(goal.id);
    for (const endorsement of endorsements) {
      if ((await stakeholders.findById(endorsement.stakeholderId))?.userId === caller.userId) return true;
    }
    return false;
  }

  /** Endorsing twice is harmless: the second call changes nothing. */
  async endorse(goalId: string, stakeholderGlobalId?: string | null): Promise<GoalEntity> {
    const { goal, stakeholder } = await this.resolve(goalId, stakeholderGlobalId);
    if (goal.level !== 'COLLECTIVE') fail('NOT_COLLECTIVE', 'Only collective goals are endorsed.', 'goalId');
    if (!ENDORSABLE.includes(goal.status)) {
      fail('NOT_ENDORSABLE', 'Only proposed, active or at-risk goals can be endorsed.', 'goalId');
    }
    const existing = await this.ctx.manager.findOneBy(GoalEndorsementEntity, {
      accountId: goal.accountId,
      goalId: goal.id,
      stakeholderId: stakeholder.id,
    });
    if (existing) return goal;
    const caller = this.ctx.requireCaller();
    await this.ctx.manager.insert(GoalEndorsementEntity, {
      id: randomUUID(),
      accountId: goal.accountId,
      goalId: goal.id,
      stakeholderId: stakeholder.id,
      endorsedByName: caller.userName,
      createdAt: new Date(),
    });
    this.clear(goal.id, stakeholder.id);
    await new GoalService(this.ctx).log(goal, 'goal.endorsed', [
      { field: 'endorsedBy', before: null, after: stakeholder.name },
    ]);
    return goal;
  }

  async withdraw(goalId: string, stakeholderGlobalId?: string | null): Promise<GoalEntity> {
    const { goal, stakeholder } = await this.resolve(goalId, stakeholderGlobalId);
    const result = await this.ctx.manager.delete(GoalEndorsementEntity, {
      accountId: goal.accountId,
      goalId: goal.id,
      stakeholderId: stakeholder.id,
    });
    if (result.affected !== 1) fail('NOT_ENDORSED', `${stakeholder.name} does not endorse this goal.`, 'stakeholderId');
    this.clear(goal.id, stakeholder.id);
    await new GoalService(this.ctx).log(goal, 'goal.endorsement_withdrawn', [
      { field: 'endorsedBy', before: stakeholder.name, after: null },
    ]);
    return goal;
  }

  /**
   * Members endorse as themselves; admins may record another stakeholder's endorsement.
   * Provider staff are not the customer's stakeholders.
   */
  private async resolve(
    goalId: string,
    stakeholderGlobalId?: string | null,
  ): Promise<{ goal: GoalEntity; stakeholder: StakeholderEntity }> {
    const caller = this.ctx.requireCaller();
    const goal = await new GoalService(this.ctx).findById(goalId);
    if (!goal) throw notFound('That goal');
    if (!caller.accountId) throw forbidden('Endorsements come from the customer’s own people.');
    const stakeholders = new StakeholderService(this.ctx);
    if (!stakeholderGlobalId) return { goal, stakeholder: await stakeholders.forCaller() };
    const stakeholder = await stakeholders.requireActive(goal.accountId, stakeholderGlobalId, 'stakeholderId');
    if (caller.role !== 'CUSTOMER_ADMIN' && stakeholder.userId !== caller.userId) {
      throw forbidden('Members endorse goals as themselves only.');
    }
    return { goal, stakeholder };
  }

  private clear(goalId: string, stakeholderId: string): void {
    endorsementsByGoal(this.ctx).clear(goalId);
    endorsementsByStakeholder(this.ctx).clear(stakeholderId);
  }
}
