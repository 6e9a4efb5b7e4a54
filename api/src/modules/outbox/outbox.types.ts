import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, Node, registerNodeType } from '../../platform/relay.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';

export enum MailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  HELD = 'HELD',
  FAILED = 'FAILED',
}
registerEnumType(MailStatus, {
  name: 'MailStatus',
  valuesConfig: {
    PENDING: { description: 'Queued for delivery.' },
    SENT: { description: 'Handed to the SMTP server.' },
    HELD: { description: 'Kept in the dev mailbox: no SMTP server is configured.' },
    FAILED: { description: 'Delivery failed too often; see the error.' },
  },
});

@ObjectType({ implements: Node, description: 'An outgoing message, as the dev mailbox shows it.' })
export class MailMessage extends Node {
  @Field(() => String)
  toEmail!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => String)
  bodyText!: string;

  @Field(() => MailStatus)
  status!: MailStatus;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;
}

export const MailMessageConnection = ConnectionType(MailMessage, 'MailMessage');
registerNodeType(OutboxMessageEntity, 'MailMessage');
