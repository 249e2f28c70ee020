import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity, UserEntity } from '@mps/api-iam';
import { ProfileEntity, SectionEntity } from '@mps/api-profiles';

export type ReviewCycleStatusValue = 'OPEN' | 'CLOSED';

/** A review round on some sections of a profile (docs/domain.md rules 2, 5, 6). */
@Entity({ name: 'review_cycles' })
@Index('ix_review_cycles_profile', ['profileId', 'openedAt'])
@Index('ix_review_cycles_open_closes_at', ['closesAt'], { where: "status = 'OPEN'" })
export class ReviewCycleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'profile_id' })
  profileId!: string;

  @ManyToOne(() => ProfileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'fk_review_cycles_profile' })
  profile?: ProfileEntity;

  /** The profile's workspace, kept here so that access checks need no join. */
  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: 'OPEN' })
  status!: ReviewCycleStatusValue;

  @Column({ type: 'timestamptz', name: 'closes_at' })
  closesAt!: Date;

  @CreateDateColumn({ type: 'timestamptz', name: 'opened_at' })
  openedAt!: Date;

  @Column({ type: 'uuid', name: 'opened_by_id' })
  openedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opened_by_id', foreignKeyConstraintName: 'fk_review_cycles_opened_by' })
  openedBy?: UserEntity;

  @Column({ type: 'timestamptz', name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  /** Null when the cycle closed by itself at its closing date. */
  @Column({ type: 'uuid', name: 'closed_by_id', nullable: true })
  closedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'closed_by_id', foreignKeyConstraintName: 'fk_review_cycles_closed_by' })
  closedBy?: UserEntity | null;
}

/** A section under review in a cycle. */
@Entity({ name: 'review_cycle_sections' })
@Index('ix_review_cycle_sections_section', ['sectionId'])
export class ReviewCycleSectionEntity {
  @PrimaryColumn({ type: 'uuid', name: 'review_cycle_id' })
  reviewCycleId!: string;

  @ManyToOne(() => ReviewCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_cycle_id', foreignKeyConstraintName: 'fk_review_cycle_sections_cycle' })
  reviewCycle?: ReviewCycleEntity;

  @PrimaryColumn({ type: 'uuid', name: 'section_id' })
  sectionId!: string;

  @ManyToOne(() => SectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'fk_review_cycle_sections_section' })
  section?: SectionEntity;

  /** The section's status when the cycle closed (null while open): the cycle's record of its outcome. */
  @Column({ type: 'text', name: 'status_at_close', nullable: true })
  statusAtClose!: string | null;
}

/** An organisation taking part in a cycle: as a participant (reads, comments), a required signatory, or both. */
@Entity({ name: 'review_cycle_organizations' })
@Index('ix_review_cycle_organizations_org', ['organizationId'])
export class ReviewCycleOrganizationEntity {
  @PrimaryColumn({ type: 'uuid', name: 'review_cycle_id' })
  reviewCycleId!: string;

  @ManyToOne(() => ReviewCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_cycle_id', foreignKeyConstraintName: 'fk_review_cycle_organizations_cycle' })
  reviewCycle?: ReviewCycleEntity;

  @PrimaryColumn({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_review_cycle_organizations_org' })
  organization?: OrganizationEntity;

  @Column({ type: 'boolean' })
  participant!: boolean;

  @Column({ type: 'boolean', name: 'required_signatory' })
  requiredSignatory!: boolean;
}
