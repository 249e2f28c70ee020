import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReleaseEntity } from '@mps/api-releases';
import type { Comparability, DataSourceType, GmgPart, Sex } from '@mps/shared-domain';

/**
 * How a frozen figure stands against the other figures of its slice: no other figure differs from it (SINGLE); the
 * coordinator chose it (CHOSEN) or another one (NOT_CHOSEN); or figures differ and none was chosen (DIFFERING, side by
 * side, with the footnote if one was written).
 */
export const FROZEN_SELECTIONS = ['SINGLE', 'CHOSEN', 'NOT_CHOSEN', 'DIFFERING'] as const;
export type FrozenSelection = (typeof FROZEN_SELECTIONS)[number];

/**
 * A figure as a release froze it when it was prepared, with the words it needs (indicator code, name, definition,
 * organisation) copied, so that nothing done later to the catalogue or the data changes a release. Database triggers
 * refuse any update, delete or truncate. No link to the live figure on purpose: it may change or be replaced.
 */
@Entity({ name: 'release_indicator_values' })
@Index('ix_release_indicator_values_code', ['indicatorCode'])
export class ReleaseIndicatorValueEntity {
  @PrimaryColumn({ type: 'uuid', name: 'release_id' })
  releaseId!: string;

  @ManyToOne(() => ReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id', foreignKeyConstraintName: 'fk_release_indicator_values_release' })
  release?: ReleaseEntity;

  /** Order in the release: catalogue order (GMG part, code), then period, disaggregation, organisation. */
  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ type: 'text', name: 'indicator_code' })
  indicatorCode!: string;

  @Column({ type: 'text', name: 'indicator_name' })
  indicatorName!: string;

  @Column({ type: 'text', name: 'gmg_part' })
  gmgPart!: GmgPart;

  @Column({ type: 'text' })
  definition!: string;

  @Column({ type: 'text', name: 'international_reference', nullable: true })
  internationalReference!: string | null;

  @Column({ type: 'double precision', nullable: true })
  value!: number | null;

  @Column({ type: 'boolean', name: 'data_gap' })
  dataGap!: boolean;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ type: 'text' })
  period!: string;

  @Column({ type: 'text' })
  sex!: Sex;

  @Column({ type: 'text', name: 'age_group' })
  ageGroup!: string;

  @Column({ type: 'text', name: 'country_code' })
  countryCode!: string;

  @Column({ type: 'text', name: 'organization_name' })
  organizationName!: string;

  @Column({ type: 'text', name: 'source_type' })
  sourceType!: DataSourceType;

  @Column({ type: 'text', name: 'source_name' })
  sourceName!: string;

  @Column({ type: 'text', name: 'national_definition', nullable: true })
  nationalDefinition!: string | null;

  @Column({ type: 'text' })
  comparability!: Comparability;

  @Column({ type: 'text', name: 'comparability_note', nullable: true })
  comparabilityNote!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text' })
  selection!: FrozenSelection;

  @Column({ type: 'text', nullable: true })
  footnote!: string | null;
}
