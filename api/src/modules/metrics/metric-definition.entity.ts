import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';

export const METRIC_DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export const METRIC_KINDS = ['MONETARY', 'OPERATIONAL', 'BEHAVIORAL', 'PERCEPTUAL'] as const;
export const METRIC_INDICATORS = ['LEADING', 'LAGGING'] as const;
export const METRIC_AGGREGATIONS = ['SUM', 'AVG', 'LAST'] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];
export type MetricKind = (typeof METRIC_KINDS)[number];
export type MetricIndicator = (typeof METRIC_INDICATORS)[number];
export type MetricAggregation = (typeof METRIC_AGGREGATIONS)[number];

/**
 * What can be measured: a provider-wide template (account null) or an account's own
 * metric, possibly adopted from a template. Measures always point at an account metric.
 */
@Entity({ name: 'metric_definitions' })
@Unique('metric_definitions_account_id_id_key', ['accountId', 'id'])
@Index('metric_definitions_template_key', { synchronize: false })
@Index('metric_definitions_account_key', { synchronize: false })
@Check('metric_definitions_key_check', `key ~ '^[a-z][a-z0-9_]{0,62}$'`)
@Check('metric_definitions_name_check', `length(btrim(name)) BETWEEN 1 AND 200`)
@Check('metric_definitions_unit_check', `length(unit) <= 40`)
@Check('metric_definitions_direction_check', `direction IN ('HIGHER_IS_BETTER','LOWER_IS_BETTER')`)
@Check('metric_definitions_kind_check', `kind IN ('MONETARY','OPERATIONAL','BEHAVIORAL','PERCEPTUAL')`)
@Check('metric_definitions_indicator_check', `indicator IN ('LEADING','LAGGING')`)
@Check('metric_definitions_aggregation_check', `aggregation IN ('SUM','AVG','LAST')`)
@Check('metric_definitions_template_check', `template_id IS NULL OR account_id IS NOT NULL`)
export class MetricDefinitionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @ForeignKey(() => AccountEntity, 'id', { name: 'metric_definitions_account_id_fkey' })
  @Column({ type: 'uuid', name: 'account_id', nullable: true })
  accountId!: string | null;

  @ForeignKey(() => MetricDefinitionEntity, 'id', { name: 'metric_definitions_template_id_fkey' })
  @Column({ type: 'uuid', name: 'template_id', nullable: true })
  templateId!: string | null;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ type: 'text' })
  direction!: MetricDirection;

  @Column({ type: 'text' })
  kind!: MetricKind;

  @Column({ type: 'text' })
  indicator!: MetricIndicator;

  @Column({ type: 'text' })
  aggregation!: MetricAggregation;

  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
