import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity, UserEntity, WorkspaceEntity } from '@mps/api-iam';
import type { Comparability, DataSourceType, Sex } from '@mps/shared-domain';
import { IndicatorEntity } from './indicator.entity';

/**
 * One figure with its provenance (docs/domain.md rule 9). An organisation supplies at most one figure per slice
 * (indicator, period, disaggregation): entering it again replaces it. Different organisations' figures for one slice
 * are all kept: that is what differing figures are. "All ages" and "all countries" are stored as '' so that the
 * unique index treats them as equal (NULLs never are).
 */
@Entity({ name: 'data_points' })
@Index('ux_data_points_slice_organization', ['indicatorId', 'period', 'sex', 'ageGroup', 'countryCode', 'organizationId'], { unique: true })
@Index('ix_data_points_workspace', ['workspaceId'])
export class DataPointEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_data_points_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'uuid', name: 'indicator_id' })
  indicatorId!: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_data_points_indicator' })
  indicator?: IndicatorEntity;

  /** The organisation that supplied the figure. */
  @Column({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_data_points_organization' })
  organization?: OrganizationEntity;

  /** Null exactly when the figure is a data gap. */
  @Column({ type: 'double precision', nullable: true })
  value!: number | null;

  @Column({ type: 'boolean', name: 'data_gap', default: false })
  dataGap!: boolean;

  @Column({ type: 'text' })
  unit!: string;

  /** "2023", "2019-2023", "2023-Q2" or "2023-06": sorting the text sorts the periods. */
  @Column({ type: 'text' })
  period!: string;

  @Column({ type: 'text', default: 'TOTAL' })
  sex!: Sex;

  @Column({ type: 'text', name: 'age_group', default: '' })
  ageGroup!: string;

  /** Country of origin or destination (ISO 3166 alpha-2), as the indicator's definition says; '' for all. */
  @Column({ type: 'text', name: 'country_code', default: '' })
  countryCode!: string;

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

  @Column({ type: 'uuid', name: 'entered_by_id' })
  enteredById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entered_by_id', foreignKeyConstraintName: 'fk_data_points_entered_by' })
  enteredBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/**
 * A coordinator's answer to differing figures for one slice: the figure chosen, a footnote explaining the difference,
 * or both. One per slice; a new answer replaces it (the audit log keeps every answer).
 */
@Entity({ name: 'differing_figure_resolutions' })
@Index('ux_differing_figure_resolutions_slice', ['indicatorId', 'period', 'sex', 'ageGroup', 'countryCode'], { unique: true })
export class DifferingFigureResolutionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId!: string;

  @Column({ type: 'uuid', name: 'indicator_id' })
  indicatorId!: string;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_differing_figure_resolutions_indicator' })
  indicator?: IndicatorEntity;

  @Column({ type: 'text' })
  period!: string;

  @Column({ type: 'text' })
  sex!: Sex;

  @Column({ type: 'text', name: 'age_group' })
  ageGroup!: string;

  @Column({ type: 'text', name: 'country_code' })
  countryCode!: string;

  @Column({ type: 'uuid', name: 'chosen_data_point_id', nullable: true })
  chosenDataPointId!: string | null;

  @ManyToOne(() => DataPointEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'chosen_data_point_id', foreignKeyConstraintName: 'fk_differing_figure_resolutions_chosen' })
  chosenDataPoint?: DataPointEntity | null;

  @Column({ type: 'text', nullable: true })
  footnote!: string | null;

  @Column({ type: 'uuid', name: 'resolved_by_id' })
  resolvedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resolved_by_id', foreignKeyConstraintName: 'fk_differing_figure_resolutions_resolved_by' })
  resolvedBy?: UserEntity;

  @UpdateDateColumn({ type: 'timestamptz', name: 'resolved_at' })
  resolvedAt!: Date;
}

/** One import of a data file: what it did, by whom. Its figures carry no link back: a later entry may replace them. */
@Entity({ name: 'indicator_imports' })
@Index('ix_indicator_imports_workspace', ['workspaceId', 'importedAt'])
export class IndicatorImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_indicator_imports_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'text', name: 'file_name' })
  fileName!: string;

  @Column({ type: 'integer', name: 'added_count' })
  addedCount!: number;

  @Column({ type: 'integer', name: 'replaced_count' })
  replacedCount!: number;

  @Column({ type: 'uuid', name: 'imported_by_id' })
  importedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'imported_by_id', foreignKeyConstraintName: 'fk_indicator_imports_imported_by' })
  importedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', name: 'imported_at' })
  importedAt!: Date;
}
