import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context.js';
import { runMutation } from '../../platform/mutation.js';
import { expectGlobalId, MAX_PAGE_SIZE } from '../../platform/relay.js';
import { fail } from '../../platform/validation.js';
import { AccountService } from '../accounts/account.service.js';
import { Account } from '../accounts/account.types.js';
import { Viewer } from '../viewer/viewer.types.js';
import type { NotificationEntity } from './notification.entity.js';
import { NotificationService } from './notification.service.js';
import {
  MarkNotificationsReadInput,
  MarkNotificationsReadPayload,
  Notification,
  NotificationConnection,
  NotificationListArgs,
} from './notification.types.js';

@Resolver(() => Notification)
export class NotificationResolver {
  @FieldResolver(() => Account, { nullable: true })
  async account(@Root() notification: NotificationEntity, @Ctx() ctx: RequestContext) {
    return notification.accountId ? new AccountService(ctx).findById(notification.accountId) : null;
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Marks some (ids) or all of your notifications read.' })
  async markNotificationsRead(
    @Arg('input', () => MarkNotificationsReadInput) input: MarkNotificationsReadInput,
    @Ctx() ctx: RequestContext,
  ) {
    const service = new NotificationService(ctx);
    const { result, errors } = await runMutation(ctx, async () => {
      const ids = input.ids ?? [];
      if (!input.all && !ids.length) fail('NOTHING_CHOSEN', 'Name the notifications to mark read, or all.', 'ids');
      if (ids.length > MAX_PAGE_SIZE) fail('TOO_MANY', `Mark at most ${MAX_PAGE_SIZE} at once.`, 'ids');
      return service.markRead(
        ids.map((id) => expectGlobalId(id, 'Notification', 'ids')),
        Boolean(input.all),
      );
    });
    return { notifications: result ?? [], unreadCount: await service.unreadCount(), errors };
  }
}

@Resolver(() => Viewer)
export class ViewerNotificationsResolver {
  @FieldResolver(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async notifications(@Args(() => NotificationListArgs) args: NotificationListArgs, @Ctx() ctx: RequestContext) {
    return new NotificationService(ctx).list(args, Boolean(args.unreadOnly));
  }

  @FieldResolver(() => Int, { description: 'How many of your notifications are unread (the bell).' })
  async unreadNotificationCount(@Ctx() ctx: RequestContext) {
    return new NotificationService(ctx).unreadCount();
  }
}
