import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';

export const JOURNEY_PHASES = ['TRIGGER', 'ORIENTATION', 'PURCHASE', 'IMPLEMENTATION', 'EVALUATION'] as const;
export type JourneyPhase = (typeof JOURNEY_PHASES)[number];

@Entity({ name: 'accounts' })
@Index('accounts_name_key', { synchronize: false })
@Check('accounts_name_check', `length(btrim(name)) BETWEEN 1 AND 200`)
@Check(
  'accounts_journey_phase_check',
  `journey_phase IN ('TRIGGER','ORIENTATION','PURCHASE','IMPLEMENTATION','EVALUATION')`,
)
export class AccountEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', name: 'journey_phase', default: 'TRIGGER' })
  journeyPhase!: JourneyPhase;

  @Index('accounts_csm_user_id_idx')
  @ForeignKey(() => UserEntity, 'id', { name: 'accounts_csm_user_id_fkey' })
  @Column({ type: 'uuid', name: 'csm_user_id', nullable: true })
  csmUserId!: string | null;

  @Column({ type: 'date', name: 'renewal_date', nullable: true })
  renewalDate!: string | null;

  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
