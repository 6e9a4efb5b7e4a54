import { Field, ObjectType } from 'type-graphql';
import { Role, User } from '../identity/identity.types.js';

@ObjectType({ description: 'The signed-in user and what they can reach.' })
export class Viewer {
  @Field(() => User)
  user!: unknown;

  @Field(() => Role)
  role!: Role;

  @Field(() => Boolean, { description: 'True for CSMs and provider admins.' })
  isProviderStaff!: boolean;

  @Field(() => Boolean, { description: 'True when outgoing messages are kept in the dev mailbox instead of sent.' })
  mailboxEnabled!: boolean;
}
