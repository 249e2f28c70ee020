import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SectionNumbering, SectionStatusValue } from '@mps/shared-domain';
import { ProfileEntity } from './profile.entity';

/** A node of a profile's outline. Archived sections keep their history but leave the outline. */
@Entity({ name: 'sections' })
@Index('ix_sections_profile', ['profileId'])
@Index('ux_sections_profile_key', ['profileId', 'key'], { unique: true, where: 'key IS NOT NULL' })
export class SectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'profile_id' })
  profileId!: string;

  @ManyToOne(() => ProfileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'fk_sections_profile' })
  profile?: ProfileEntity;

  @Column({ type: 'uuid', name: 'parent_id', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => SectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_sections_parent' })
  parent?: SectionEntity | null;

  /** Template identity (e.g. "trends.emigration"): stable across renumbering and editions. */
  @Column({ type: 'text', nullable: true })
  key!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text', default: 'NUMBERED' })
  numbering!: SectionNumbering;

  /** The latest revision; saves compare-and-set this column (never a lost update). */
  @Column({ type: 'uuid', name: 'current_revision_id', nullable: true })
  currentRevisionId!: string | null;

  @ManyToOne('RevisionEntity', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'current_revision_id', foreignKeyConstraintName: 'fk_sections_current_revision' })
  currentRevision?: unknown;

  /**
   * DRAFTING, IN_REVIEW, CHANGES_REQUESTED or APPROVED (docs/domain.md rule 5). Moved only by the reviews domain,
   * through the pure state machine in @mps/shared-domain, inside the transaction of the change that moves it.
   */
  @Column({ type: 'text', name: 'review_status', default: 'DRAFTING' })
  reviewStatus!: SectionStatusValue;

  @Column({ type: 'timestamptz', name: 'archived_at', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
