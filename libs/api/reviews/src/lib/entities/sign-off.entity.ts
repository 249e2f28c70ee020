import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity, UserEntity } from '@mps/api-iam';
import { RevisionEntity, SectionEntity } from '@mps/api-profiles';
import type { SignOffDecisionValue } from '@mps/shared-domain';

/**
 * An organisation's decision on one revision of a section (docs/domain.md rule 4). Rows are never deleted: a newer
 * decision of the same organisation on the same section supersedes the older one (superseded_at), and a newer
 * revision of the section makes every decision on older revisions stale (revision_id no longer current).
 */
@Entity({ name: 'sign_offs' })
@Index('ix_sign_offs_section', ['sectionId', 'createdAt'])
@Index('ux_sign_offs_current', ['sectionId', 'organizationId'], { unique: true, where: 'superseded_at IS NULL' })
export class SignOffEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'section_id' })
  sectionId!: string;

  @ManyToOne(() => SectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'fk_sign_offs_section' })
  section?: SectionEntity;

  @Column({ type: 'uuid', name: 'revision_id' })
  revisionId!: string;

  @ManyToOne(() => RevisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'fk_sign_offs_revision' })
  revision?: RevisionEntity;

  @Column({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_sign_offs_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_sign_offs_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  decision!: SignOffDecisionValue;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** Set when the same organisation decided again on this section. */
  @Column({ type: 'timestamptz', name: 'superseded_at', nullable: true })
  supersededAt!: Date | null;
}
