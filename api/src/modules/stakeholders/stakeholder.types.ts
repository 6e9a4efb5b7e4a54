import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../platform/errors.js';
import { ConnectionArgs, ConnectionType, Node, registerNodeType } from '../../platform/relay.js';
import { StakeholderEntity } from './stakeholder.entity.js';

export enum StakeholderGroup {
  MANAGEMENT = 'MANAGEMENT',
  FRONT_LINE = 'FRONT_LINE',
  IT = 'IT',
  PROCUREMENT = 'PROCUREMENT',
  END_CUSTOMER = 'END_CUSTOMER',
  OTHER_SUPPLIER = 'OTHER_SUPPLIER',
}
registerEnumType(StakeholderGroup, {
  name: 'StakeholderGroup',
  description: "END_CUSTOMER: the customer's own customers; OTHER_SUPPLIER: another supplier of the customer.",
});

export enum StakeholderCentre {
  BUYING = 'BUYING',
  USAGE = 'USAGE',
}
registerEnumType(StakeholderCentre, {
  name: 'StakeholderCentre',
  description: 'Whether the person takes part in buying, in using, or both.',
});

export enum StakeholderStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(StakeholderStatus, {
  name: 'StakeholderStatus',
  description: 'PROPOSED: suggested by provider staff, waiting for a customer admin.',
});

@ObjectType({ implements: Node, description: 'A person at the customer, who owns and endorses goals.' })
export class Stakeholder extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Job title or role in words; may be empty.' })
  title!: string;

  @Field(() => StakeholderGroup)
  group!: StakeholderGroup;

  @Field(() => [StakeholderCentre])
  centres!: StakeholderCentre[];

  @Field(() => Int, { description: 'Influence on the customer’s decisions, 1 (little) to 5 (decisive).' })
  influence!: number;

  @Field(() => StakeholderStatus)
  status!: StakeholderStatus;

  @Field(() => String, { nullable: true, description: 'Why a suggestion was declined.' })
  statusReason!: string | null;

  @Field(() => String, { nullable: true, description: 'The staff member who suggested this stakeholder.' })
  proposedByName!: string | null;

  @Field(() => Int, { description: 'Give it back with updateStakeholder: a stale version is a CONFLICT.' })
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ArgsType()
export class StakeholderListArgs extends ConnectionArgs {
  @Field(() => [StakeholderStatus], {
    nullable: true,
    description: 'Only these statuses; by default every status but ARCHIVED and DECLINED.',
  })
  status?: StakeholderStatus[] | null;
}

@InputType()
export class CreateStakeholderInput {
  @Field(() => ID, { nullable: true, description: 'The account; customer admins may leave it out.' })
  accountId?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => StakeholderGroup)
  group!: StakeholderGroup;

  @Field(() => [StakeholderCentre])
  centres!: StakeholderCentre[];

  @Field(() => Int)
  influence!: number;

  @Field(() => ID, { nullable: true, description: 'A user of the account who is this person.' })
  userId?: string | null;
}

@InputType({ description: 'Only the fields given change; userId null unlinks the user.' })
export class UpdateStakeholderInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you edited.' })
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => StakeholderGroup, { nullable: true })
  group?: StakeholderGroup | null;

  @Field(() => [StakeholderCentre], { nullable: true })
  centres?: StakeholderCentre[] | null;

  @Field(() => Int, { nullable: true })
  influence?: number | null;

  @Field(() => ID, { nullable: true })
  userId?: string | null;
}

@InputType()
export class StakeholderIdInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class DeclineStakeholderInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Why, for the person who suggested it.' })
  reason!: string;
}

@ObjectType()
export class StakeholderPayload {
  @Field(() => Stakeholder, { nullable: true })
  stakeholder!: unknown | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

export const StakeholderConnection = ConnectionType(Stakeholder, 'Stakeholder');
registerNodeType(StakeholderEntity, 'Stakeholder');
