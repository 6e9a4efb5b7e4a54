import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../platform/errors.js';
import { ConnectionType, Node, registerNodeType } from '../../platform/relay.js';
import { AccountEntity } from './account.entity.js';

export enum JourneyPhase {
  TRIGGER = 'TRIGGER',
  ORIENTATION = 'ORIENTATION',
  PURCHASE = 'PURCHASE',
  IMPLEMENTATION = 'IMPLEMENTATION',
  EVALUATION = 'EVALUATION',
}
registerEnumType(JourneyPhase, {
  name: 'JourneyPhase',
  description: 'Where the customer is in its journey; accounts move forward and may re-enter earlier phases.',
});

@ObjectType({ implements: Node, description: 'A customer account: one tenant.' })
export class Account extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => JourneyPhase)
  journeyPhase!: JourneyPhase;

  @Field(() => String, { nullable: true, description: 'The renewal date, YYYY-MM-DD.' })
  renewalDate!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@InputType()
export class CreateAccountInput {
  @Field(() => String)
  name!: string;

  @Field(() => JourneyPhase, { nullable: true, description: 'Defaults to TRIGGER.' })
  journeyPhase?: JourneyPhase | null;

  @Field(() => ID, { nullable: true, description: 'The CSM (a User with the CSM role) assigned to the account.' })
  csmId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  renewalDate?: string | null;
}

@InputType({ description: 'Only the fields given change; give null to clear the CSM or renewal date.' })
export class UpdateAccountInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => JourneyPhase, { nullable: true })
  journeyPhase?: JourneyPhase | null;

  @Field(() => ID, { nullable: true })
  csmId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  renewalDate?: string | null;
}

@ObjectType()
export class AccountPayload {
  @Field(() => Account, { nullable: true })
  account!: unknown | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

export const AccountConnection = ConnectionType(Account, 'Account');
registerNodeType(AccountEntity, 'Account');
