import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity, UserEntity } from '@mps/api-iam';
import { ProfileEntity, SectionEntity } from '@mps/api-profiles';
import { ReviewCycleEntity } from '@mps/api-reviews';
import type { TaskStatusValue } from '@mps/shared-domain';

/**
 * Something a person or an organisation must do on a profile (docs/domain.md "Tasks"), created by hand or by the
 * workflow. Exactly one assignee: a person, or an organisation whose members may all take it. Automatic tasks carry
 * a stable source key ("draft:<section>:<organisation>", see `automaticTaskKey`), unique in the workspace, so that
 * the workflow finds its task again instead of creating a second one. `overdue` is computed on read, never stored.
 */
@Entity({ name: 'tasks' })
@Check('ck_tasks_one_assignee', '(assignee_user_id IS NULL) <> (assignee_organization_id IS NULL)')
@Check('ck_tasks_status', "status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')")
@Index('ux_tasks_source_key', ['workspaceId', 'sourceKey'], { unique: true, where: 'source_key IS NOT NULL' })
@Index('ix_tasks_assignee_user', ['assigneeUserId', 'status'], { where: 'assignee_user_id IS NOT NULL' })
@Index('ix_tasks_assignee_organization', ['assigneeOrganizationId', 'status'], { where: 'assignee_organization_id IS NOT NULL' })
@Index('ix_tasks_workspace_status_due', ['workspaceId', 'status', 'dueAt'])
@Index('ix_tasks_section', ['sectionId'], { where: 'section_id IS NOT NULL' })
@Index('ix_tasks_review_cycle', ['reviewCycleId'], { where: 'review_cycle_id IS NOT NULL' })
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The profile's workspace, kept here so that access checks and the coordinator's lists need no join. */
  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId!: string;

  @Column({ type: 'uuid', name: 'profile_id' })
  profileId!: string;

  @ManyToOne(() => ProfileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'fk_tasks_profile' })
  profile?: ProfileEntity;

  @Column({ type: 'uuid', name: 'section_id', nullable: true })
  sectionId!: string | null;

  @ManyToOne(() => SectionEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'fk_tasks_section' })
  section?: SectionEntity | null;

  @Column({ type: 'uuid', name: 'review_cycle_id', nullable: true })
  reviewCycleId!: string | null;

  @ManyToOne(() => ReviewCycleEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'review_cycle_id', foreignKeyConstraintName: 'fk_tasks_review_cycle' })
  reviewCycle?: ReviewCycleEntity | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', default: 'OPEN' })
  status!: TaskStatusValue;

  @Column({ type: 'uuid', name: 'assignee_user_id', nullable: true })
  assigneeUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'assignee_user_id', foreignKeyConstraintName: 'fk_tasks_assignee_user' })
  assigneeUser?: UserEntity | null;

  @Column({ type: 'uuid', name: 'assignee_organization_id', nullable: true })
  assigneeOrganizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'assignee_organization_id', foreignKeyConstraintName: 'fk_tasks_assignee_organization' })
  assigneeOrganization?: OrganizationEntity | null;

  @Column({ type: 'timestamptz', name: 'due_at', nullable: true })
  dueAt!: Date | null;

  /** Set for tasks the workflow creates and completes (see `automaticTaskKey`); null for tasks created by hand. */
  @Column({ type: 'text', name: 'source_key', nullable: true })
  sourceKey!: string | null;

  /** Who created it; null when the workflow did without a person (a cycle closing by its date). */
  @Column({ type: 'uuid', name: 'created_by_id', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_tasks_created_by' })
  createdBy?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** Who made the last status change (null: the workflow, or never changed) and when. */
  @Column({ type: 'uuid', name: 'status_changed_by_id', nullable: true })
  statusChangedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'status_changed_by_id', foreignKeyConstraintName: 'fk_tasks_status_changed_by' })
  statusChangedBy?: UserEntity | null;

  @Column({ type: 'timestamptz', name: 'status_changed_at', nullable: true })
  statusChangedAt!: Date | null;
}
