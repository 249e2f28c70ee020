import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity, WorkspaceEntity } from '@mps/api-iam';
import { ProfileEntity } from '@mps/api-profiles';
import type { GmgPart } from '@mps/shared-domain';

/**
 * A catalogue entry: one core indicator of a workspace (docs/domain.md rule 9). Its code is stable: tables, charts
 * and frozen release values name indicators by code, across catalogue versions and editions.
 */
@Entity({ name: 'indicators' })
@Index('ux_indicators_workspace_code', ['workspaceId', 'code'], { unique: true })
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_indicators_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ type: 'text' })
  definition!: string;

  /** The UN Recommendations on Statistics of International Migration concept it maps to, in words. */
  @Column({ type: 'text', name: 'international_reference', nullable: true })
  internationalReference!: string | null;

  /** The part of the Global Migration Group's common set: I, II, III or IV. */
  @Column({ type: 'text', name: 'gmg_part' })
  gmgPart!: GmgPart;

  @Column({ type: 'text', name: 'sdg_target', nullable: true })
  sdgTarget!: string | null;

  @Column({ type: 'integer', name: 'gcm_objective', nullable: true })
  gcmObjective!: number | null;

  /** A starter entry proposed to the TWG, not yet confirmed by it. */
  @Column({ type: 'boolean', name: 'to_be_confirmed', default: true })
  toBeConfirmed!: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/** What a catalogue version keeps of each indicator: the entry as it was when the version was adopted. */
export interface CatalogueSnapshotEntry {
  code: string;
  name: string;
  unit: string;
  definition: string;
  internationalReference: string | null;
  gmgPart: GmgPart;
  sdgTarget: string | null;
  gcmObjective: number | null;
}

/** The catalogue as a TWG adopted it: numbered per workspace, with the decision and its date. Never changes. */
@Entity({ name: 'indicator_catalogue_versions' })
@Index('ux_indicator_catalogue_versions_number', ['workspaceId', 'number'], { unique: true })
export class IndicatorCatalogueVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_indicator_catalogue_versions_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'integer' })
  number!: number;

  /** The decision that adopted it ("TWG meeting of 12 March 2025, minute 4"). */
  @Column({ type: 'text' })
  decision!: string;

  @Column({ type: 'date', name: 'adopted_on' })
  adoptedOn!: string;

  @Column({ type: 'jsonb' })
  indicators!: CatalogueSnapshotEntry[];

  @Column({ type: 'uuid', name: 'recorded_by_id' })
  recordedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'fk_indicator_catalogue_versions_recorded_by' })
  recordedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt!: Date;
}

/** Which catalogue version a profile follows (at most one; a later choice replaces it, the audit log keeps both). */
@Entity({ name: 'profile_catalogue_versions' })
@Index('ix_profile_catalogue_versions_version', ['catalogueVersionId'])
export class ProfileCatalogueVersionEntity {
  @PrimaryColumn({ type: 'uuid', name: 'profile_id' })
  profileId!: string;

  @ManyToOne(() => ProfileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'fk_profile_catalogue_versions_profile' })
  profile?: ProfileEntity;

  @Column({ type: 'uuid', name: 'catalogue_version_id' })
  catalogueVersionId!: string;

  @ManyToOne(() => IndicatorCatalogueVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'catalogue_version_id', foreignKeyConstraintName: 'fk_profile_catalogue_versions_version' })
  catalogueVersion?: IndicatorCatalogueVersionEntity;
}
