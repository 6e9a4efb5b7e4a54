import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../platform/errors.js';
import { ConnectionArgs, ConnectionType, Node, registerNodeType } from '../../platform/relay.js';
import { Account } from '../accounts/account.types.js';
import { NotificationEntity } from './notification.entity.js';

@ObjectType({ implements: Node, description: 'A message for the viewer inside Ascent (the bell).' })
export class Notification extends Node {
  @Field(() => String, { description: 'What happened, as a dotted name: goal.achieved, learning.nudge, …' })
  kind!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => String, { nullable: true, description: 'Where to act on it: a path in the portal.' })
  link!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  @Field(() => Account, { nullable: true, description: 'The account it is about.' })
  account!: unknown;
}
registerNodeType(NotificationEntity, 'Notification');

export const NotificationConnection = ConnectionType(Notification, 'Notification');

@ArgsType()
export class NotificationListArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only those not yet read.' })
  unreadOnly?: boolean | null;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'The notifications to mark read (at most 100).' })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Mark every notification of the viewer read.' })
  all?: boolean | null;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => [Notification], { description: 'The notifications named by ids, now read.' })
  notifications!: unknown[];

  @Field(() => Int, { description: 'How many unread notifications the viewer still has.' })
  unreadCount!: number;

  @Field(() => [UserError])
  errors!: UserError[];
}
