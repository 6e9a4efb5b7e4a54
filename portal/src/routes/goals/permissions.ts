import type { GoalLevel, GoalStatus, Role } from '../../graphql/graphql.ts';
import { STATUS_MOVES } from './labels.ts';
import { MAX_TREE_DEPTH } from './tree.ts';

/** Goals people can still rally behind. */
const ENDORSABLE: readonly GoalStatus[] = ['PROPOSED', 'ACTIVE', 'AT_RISK'];

export interface GoalAccessInput {
  viewer: { role: Role; isProviderStaff: boolean };
  goal: { status: GoalStatus; level: GoalLevel; viewerCanEdit: boolean; depth: number };
}

/**
 * What the viewer may do with a goal, from Goal.viewerCanEdit and their role. The API
 * enforces the same rules; the portal only leaves out what would be refused.
 */
export function goalAccess({ viewer, goal }: GoalAccessInput) {
  const customer = !viewer.isProviderStaff;
  const admin = viewer.role === 'CUSTOMER_ADMIN';
  const live = goal.status !== 'DECLINED';
  return {
    edit: goal.viewerCanEdit && live,
    setMeasure: goal.viewerCanEdit && live,
    /** Only the customer moves a goal between active, at risk, achieved and abandoned. */
    setStatus: customer && goal.viewerCanEdit && STATUS_MOVES[goal.status].length > 0,
    answerProposal: admin && goal.status === 'PROPOSED',
    /** The customer's own people back collective goals; provider staff are not stakeholders. */
    endorse: customer && goal.level === 'COLLECTIVE' && ENDORSABLE.includes(goal.status),
    /** Anyone who sees the account may point out a clash. */
    raiseConflict: live,
    resolveConflict: admin,
    addSubGoal: live && goal.depth < MAX_TREE_DEPTH,
  };
}

export type GoalAccess = ReturnType<typeof goalAccess>;
