import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity, UserEntity } from '@mps/api-iam';
import { RevisionEntity, SectionEntity } from '@mps/api-profiles';
import { ReviewCycleEntity } from './review-cycle.entity';

export type SuggestionStatusValue = 'PENDING' | 'APPLIED' | 'DECLINED';
export type DispositionValue = 'ACCEPTED' | 'PARTLY_ACCEPTED' | 'NOT_ACCEPTED';

/**
 * A comment on a section (docs/domain.md rule 6). A thread is an opening comment (parent_id null, usually anchored
 * to a passage) and its replies. Resolution, suggestion and disposition belong to the opening comment.
 */
@Entity({ name: 'comments' })
@Index('ix_comments_section', ['sectionId', 'createdAt'])
@Index('ix_comments_cycle', ['reviewCycleId'])
@Index('ix_comments_parent', ['parentId'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'section_id' })
  sectionId!: string;

  @ManyToOne(() => SectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'fk_comments_section' })
  section?: SectionEntity;

  /** The revision the person was reading when they commented. */
  @Column({ type: 'uuid', name: 'revision_id' })
  revisionId!: string;

  @ManyToOne(() => RevisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'fk_comments_revision' })
  revision?: RevisionEntity;

  /** Null for an internal comment (coordinators and focal points, outside any cycle; never shown to contributors). */
  @Column({ type: 'uuid', name: 'review_cycle_id', nullable: true })
  reviewCycleId!: string | null;

  @ManyToOne(() => ReviewCycleEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'review_cycle_id', foreignKeyConstraintName: 'fk_comments_review_cycle' })
  reviewCycle?: ReviewCycleEntity | null;

  /** The thread's opening comment, for a reply. */
  @Column({ type: 'uuid', name: 'parent_id', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_comments_parent' })
  parent?: CommentEntity | null;

  @Column({ type: 'uuid', name: 'author_id' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_comments_author' })
  author?: UserEntity;

  /** The author's organisation when they commented. */
  @Column({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_comments_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  body!: string;

  // --- the anchor (opening comments on a passage): where the quote is now, in `anchor_revision_id`'s text
  @Column({ type: 'uuid', name: 'anchor_revision_id', nullable: true })
  anchorRevisionId!: string | null;

  @ManyToOne(() => RevisionEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'anchor_revision_id', foreignKeyConstraintName: 'fk_comments_anchor_revision' })
  anchorRevision?: RevisionEntity | null;

  @Column({ type: 'integer', name: 'anchor_start', nullable: true })
  anchorStart!: number | null;

  @Column({ type: 'integer', name: 'anchor_end', nullable: true })
  anchorEnd!: number | null;

  @Column({ type: 'text', name: 'anchor_quote', nullable: true })
  anchorQuote!: string | null;

  /** True when a later revision removed the quoted text; the anchor then stays on the last revision holding it. */
  @Column({ type: 'boolean', name: 'anchor_orphaned', default: false })
  anchorOrphaned!: boolean;

  // --- resolution (opening comments)
  @Column({ type: 'timestamptz', name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'uuid', name: 'resolved_by_id', nullable: true })
  resolvedById!: string | null;

  // --- suggested wording (opening comments on a passage)
  @Column({ type: 'text', nullable: true })
  suggestion!: string | null;

  @Column({ type: 'text', name: 'suggestion_status', nullable: true })
  suggestionStatus!: SuggestionStatusValue | null;

  /** The revision that took the suggested wording. */
  @Column({ type: 'uuid', name: 'suggestion_revision_id', nullable: true })
  suggestionRevisionId!: string | null;

  @Column({ type: 'text', name: 'suggestion_decline_reason', nullable: true })
  suggestionDeclineReason!: string | null;

  @Column({ type: 'uuid', name: 'suggestion_answered_by_id', nullable: true })
  suggestionAnsweredById!: string | null;

  @Column({ type: 'timestamptz', name: 'suggestion_answered_at', nullable: true })
  suggestionAnsweredAt!: Date | null;

  // --- disposition (opening comments of a cycle, from a participating organisation)
  @Column({ type: 'text', nullable: true })
  disposition!: DispositionValue | null;

  @Column({ type: 'text', name: 'disposition_reason', nullable: true })
  dispositionReason!: string | null;

  @Column({ type: 'uuid', name: 'disposition_by_id', nullable: true })
  dispositionById!: string | null;

  @Column({ type: 'timestamptz', name: 'disposition_at', nullable: true })
  dispositionAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
