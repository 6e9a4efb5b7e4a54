import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../platform/errors.js';
import { ConnectionType, Node, registerNodeType } from '../../platform/relay.js';
import { MembershipEntity } from './membership.entity.js';
import { UserEntity } from './user.entity.js';

export enum Role {
  CUSTOMER_ADMIN = 'CUSTOMER_ADMIN',
  CUSTOMER_MEMBER = 'CUSTOMER_MEMBER',
  CSM = 'CSM',
  PROVIDER_ADMIN = 'PROVIDER_ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  valuesConfig: {
    CUSTOMER_ADMIN: { description: "The customer's success owner: everything in their own account." },
    CUSTOMER_MEMBER: { description: 'An end user at the customer.' },
    CSM: { description: "The provider's customer success manager for assigned accounts." },
    PROVIDER_ADMIN: { description: 'Provider leadership and operations: all accounts.' },
  },
});

@ObjectType({ implements: Node, description: 'A person who can sign in.' })
export class User extends Node {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@InputType()
export class SignInInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;
}

@ObjectType()
export class SignInPayload {
  @Field(() => User, { nullable: true, description: 'The signed-in user; null when sign-in failed.' })
  user!: unknown | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@InputType()
export class SignOutInput {
  @Field(() => Boolean, { nullable: true, description: 'Reserved; sign-out needs no input.' })
  everywhere?: boolean | null;
}

@ObjectType()
export class SignOutPayload {
  @Field(() => Boolean)
  signedOut!: boolean;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType({ implements: Node, description: "A user's place: in one customer account, or on the provider's staff." })
export class Membership extends Node {
  @Field(() => Role)
  role!: Role;

  @Field(() => Date)
  createdAt!: Date;
}

@InputType()
export class UpdateMembershipInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Role)
  role!: Role;
}

@ObjectType()
export class UpdateMembershipPayload {
  @Field(() => Membership, { nullable: true })
  membership!: unknown | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

export const MembershipConnection = ConnectionType(Membership, 'Membership');
registerNodeType(UserEntity, 'User');
registerNodeType(MembershipEntity, 'Membership');
