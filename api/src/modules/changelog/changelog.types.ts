import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, Node, registerNodeType } from '../../platform/relay.js';
import { ChangeLogEntryEntity } from './change-log-entry.entity.js';

@ObjectType({ description: 'One changed field: its value before and after, as JSON text.' })
export class FieldChange {
  @Field(() => String)
  field!: string;

  @Field(() => String, { nullable: true, description: 'JSON of the old value; null when the field was new.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the new value; null when the field was removed.' })
  after!: string | null;
}

@ObjectType({ implements: Node, description: "An entry in an account's change log. Entries are never edited." })
export class ChangeLogEntry extends Node {
  @Field(() => String, { description: 'Who made the change, as they were named then.' })
  actorName!: string;

  @Field(() => String, { description: 'What happened, e.g. user.invited, account.updated.' })
  action!: string;

  @Field(() => String, { description: 'The kind of thing changed, e.g. Account, Invitation.' })
  entityType!: string;

  @Field(() => String, { description: 'The global id of the thing changed.' })
  entityId!: string;

  @Field(() => [FieldChange])
  changes!: FieldChange[];

  @Field(() => Date)
  createdAt!: Date;
}

export const ChangeLogEntryConnection = ConnectionType(ChangeLogEntry, 'ChangeLogEntry');
registerNodeType(ChangeLogEntryEntity, 'ChangeLogEntry');
