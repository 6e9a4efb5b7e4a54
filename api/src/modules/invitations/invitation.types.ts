import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../platform/errors.js';
import { ConnectionArgs, ConnectionType, Node, registerNodeType } from '../../platform/relay.js';
import { InvitationEntity } from './invitation.entity.js';
import { Role } from '../identity/identity.types.js';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType({ implements: Node, description: 'An invitation to join an account or the provider staff.' })
export class Invitation extends Node {
  @Field(() => String)
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String)
  invitedByName!: string;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'What an invitation link shows before it is accepted.' })
export class InvitationPreview {
  @Field(() => String)
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'The account joined; null for provider staff.' })
  accountName!: string | null;

  @Field(() => String)
  invitedByName!: string;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field(() => Date)
  expiresAt!: Date;
}

@InputType()
export class InviteUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, {
    nullable: true,
    description:
      'The account to join. Customer admins may leave it out (their own account); omit it for provider staff roles.',
  })
  accountId?: string | null;
}

@ObjectType()
export class InviteUserPayload {
  @Field(() => Invitation, { nullable: true })
  invitation!: unknown | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String, { description: 'The token from the invitation link.' })
  token!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  password!: string;
}

@ObjectType()
export class AcceptInvitationPayload {
  @Field(() => Boolean, { description: 'True when the new user is signed in (a session cookie was set).' })
  signedIn!: boolean;

  @Field(() => [UserError])
  errors!: UserError[];
}

@InputType()
export class RevokeInvitationInput {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
export class RevokeInvitationPayload {
  @Field(() => Invitation, { nullable: true })
  invitation!: unknown | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

export const InvitationConnection = ConnectionType(Invitation, 'Invitation');
registerNodeType(InvitationEntity, 'Invitation');

@ArgsType()
export class InvitationListArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only invitations still waiting to be accepted.' })
  pendingOnly?: boolean | null;
}
