import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'users' })
@Check('users_email_check', `email = lower(email) AND position('@' IN email) > 1`)
@Check('users_name_check', `length(btrim(name)) BETWEEN 1 AND 200`)
export class UserEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('users_email_key', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', name: 'password_hash', select: false })
  passwordHash!: string;

  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
