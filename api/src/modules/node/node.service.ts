import type { RequestContext } from '../../platform/context.js';
import { fromGlobalId } from '../../platform/relay.js';
import { AccountService } from '../accounts/account.service.js';
import { ChangeLogEntryEntity } from '../changelog/change-log-entry.entity.js';
import { GoalConflictService } from '../goals/goal-conflict.service.js';
import { GoalEndorsementEntity } from '../goals/goal-endorsement.entity.js';
import { GoalMeasureEntity } from '../goals/goal-measure.entity.js';
import { GoalService } from '../goals/goal.service.js';
import { MetricService } from '../metrics/metric.service.js';
import { StakeholderService } from '../stakeholders/stakeholder.service.js';
import { IdentityService } from '../identity/identity.service.js';
import { InvitationService } from '../invitations/invitation.service.js';
import { NotificationService } from '../notifications/notification.service.js';
import { OutboxMessageEntity } from '../outbox/outbox-message.entity.js';

type Fetcher = (ctx: RequestContext, id: string) => Promise<object | null>;

const isAdminOrStaff = (ctx: RequestContext) => ctx.requireCaller().role !== 'CUSTOMER_MEMBER';

/**
 * How each node type is fetched. Row-level security hides other accounts' rows; the
 * role checks here hide what a role may not read inside its own account.
 */
const fetchers: Record<string, Fetcher> = {
  Account: (ctx, id) => new AccountService(ctx).findById(id),
  User: (ctx, id) => new IdentityService(ctx).userById(id),
  Membership: (ctx, id) => new IdentityService(ctx).membershipById(id),
  Invitation: async (ctx, id) => (isAdminOrStaff(ctx) ? new InvitationService(ctx).findById(id) : null),
  ChangeLogEntry: async (ctx, id) => (isAdminOrStaff(ctx) ? ctx.manager.findOneBy(ChangeLogEntryEntity, { id }) : null),
  MetricDefinition: (ctx, id) => new MetricService(ctx).findById(id),
  Stakeholder: (ctx, id) => new StakeholderService(ctx).findById(id),
  Goal: (ctx, id) => new GoalService(ctx).findById(id),
  GoalMeasure: (ctx, id) => ctx.manager.findOneBy(GoalMeasureEntity, { id }),
  GoalEndorsement: (ctx, id) => ctx.manager.findOneBy(GoalEndorsementEntity, { id }),
  GoalConflict: (ctx, id) => new GoalConflictService(ctx).findById(id),
  Notification: (ctx, id) => new NotificationService(ctx).findById(id),
  MailMessage: async (ctx, id) =>
    ['CUSTOMER_ADMIN', 'PROVIDER_ADMIN'].includes(ctx.requireCaller().role)
      ? ctx.manager.findOneBy(OutboxMessageEntity, { id })
      : null,
};

export class NodeService {
  constructor(private readonly ctx: RequestContext) {}

  /** The object a global id names, or null when it does not exist or is out of the caller's reach. */
  async fetch(globalId: string): Promise<object | null> {
    this.ctx.requireCaller();
    const parsed = fromGlobalId(globalId);
    const fetcher = parsed ? fetchers[parsed.typeName] : undefined;
    if (!parsed || !fetcher) return null;
    return fetcher(this.ctx, parsed.id);
  }
}
