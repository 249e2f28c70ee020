import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@mps/api-iam';
import type { OrganizationKind } from '@mps/shared-domain';
import { ProfileEntity, RevisionEntity, SectionEntity } from '@mps/api-profiles';

export type ReleaseStatusValue = 'CANDIDATE' | 'PUBLISHED' | 'WITHDRAWN';

/**
 * A version of a profile with the revisions it froze (docs/domain.md rule 7). A database trigger allows exactly two
 * changes: CANDIDATE -> PUBLISHED, and PUBLISHED -> WITHDRAWN with a reason; nothing else is ever updated or deleted.
 */
@Entity({ name: 'releases' })
@Index('ux_releases_profile_version', ['profileId', 'version'], { unique: true })
@Index('ix_releases_workspace_status', ['workspaceId', 'status'])
export class ReleaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'profile_id' })
  profileId!: string;

  @ManyToOne(() => ProfileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'fk_releases_profile' })
  profile?: ProfileEntity;

  /** The profile's workspace, kept here so that access checks and the public list need no join. */
  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId!: string;

  @Column({ type: 'text' })
  version!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'text', default: 'CANDIDATE' })
  status!: ReleaseStatusValue;

  @Column({ type: 'uuid', name: 'prepared_by_id' })
  preparedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prepared_by_id', foreignKeyConstraintName: 'fk_releases_prepared_by' })
  preparedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', name: 'prepared_at' })
  preparedAt!: Date;

  @Column({ type: 'uuid', name: 'published_by_id', nullable: true })
  publishedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'published_by_id', foreignKeyConstraintName: 'fk_releases_published_by' })
  publishedBy?: UserEntity | null;

  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid', name: 'withdrawn_by_id', nullable: true })
  withdrawnById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'withdrawn_by_id', foreignKeyConstraintName: 'fk_releases_withdrawn_by' })
  withdrawnBy?: UserEntity | null;

  @Column({ type: 'timestamptz', name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'text', name: 'withdrawal_reason', nullable: true })
  withdrawalReason!: string | null;
}

/** One frozen section of a release: its revision, and its number, title and place as they were. Never changes. */
@Entity({ name: 'release_sections' })
@Index('ix_release_sections_section', ['sectionId'])
export class ReleaseSectionEntity {
  @PrimaryColumn({ type: 'uuid', name: 'release_id' })
  releaseId!: string;

  @ManyToOne(() => ReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id', foreignKeyConstraintName: 'fk_release_sections_release' })
  release?: ReleaseEntity;

  @PrimaryColumn({ type: 'uuid', name: 'section_id' })
  sectionId!: string;

  @ManyToOne(() => SectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'fk_release_sections_section' })
  section?: SectionEntity;

  @Column({ type: 'uuid', name: 'revision_id' })
  revisionId!: string;

  @ManyToOne(() => RevisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'fk_release_sections_revision' })
  revision?: RevisionEntity;

  /** Outline number at preparation ('' for unnumbered sections). */
  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Depth in the outline at preparation (0 for chapters and front matter). */
  @Column({ type: 'integer' })
  depth!: number;

  /** Order in the release: the section's place in the outline at preparation, 0-based (chapter headings, kept in
   * release_frames, take the places between). Releases prepared before headings were kept count sections only. */
  @Column({ type: 'integer' })
  position!: number;
}

/** One organisation of the Technical Working Group as a release names it (frozen with the release). */
export interface FrozenOrganization {
  id: string;
  name: string;
  acronym: string | null;
  kind: OrganizationKind;
}

/**
 * A chapter heading as a release shows it: a section without text of its own whose subsections have text (a chapter is
 * covered by them, docs/domain.md). It has no revision, so it is no ReleaseSection; its place is `position` in the same
 * order as the release's sections.
 */
export interface FrozenHeading {
  sectionId: string;
  key: string | null;
  number: string;
  title: string;
  depth: number;
  position: number;
}

/**
 * What a release says around its sections, as it was at preparation: the profile's title and edition, the workspace's
 * name, the Technical Working Group's organisations and the chapter headings between the sections. A later rename, or
 * an organisation joining afterwards, never changes a release's pages and files (docs/domain.md rule 7). Written with
 * the release; never changes.
 */
@Entity({ name: 'release_frames' })
export class ReleaseFrameEntity {
  @PrimaryColumn({ type: 'uuid', name: 'release_id', primaryKeyConstraintName: 'pk_release_frames' })
  releaseId!: string;

  @ManyToOne(() => ReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id', foreignKeyConstraintName: 'fk_release_frames_release' })
  release?: ReleaseEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  edition!: string;

  @Column({ type: 'text', name: 'workspace_name' })
  workspaceName!: string;

  /** In name order, as the documents list them. */
  @Column({ type: 'jsonb' })
  organizations!: FrozenOrganization[];

  /** In outline order (empty for releases prepared before headings were kept). */
  @Column({ type: 'jsonb' })
  headings!: FrozenHeading[];
}

/** Which release a profile's edition was started from (Profile.previousEdition / basedOnRelease). */
@Entity({ name: 'profile_editions' })
@Index('ix_profile_editions_previous', ['previousProfileId'])
export class ProfileEditionEntity {
  @PrimaryColumn({ type: 'uuid', name: 'profile_id' })
  profileId!: string;

  @ManyToOne(() => ProfileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'fk_profile_editions_profile' })
  profile?: ProfileEntity;

  @Column({ type: 'uuid', name: 'previous_profile_id' })
  previousProfileId!: string;

  @ManyToOne(() => ProfileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'previous_profile_id', foreignKeyConstraintName: 'fk_profile_editions_previous' })
  previousProfile?: ProfileEntity;

  @Column({ type: 'uuid', name: 'based_on_release_id' })
  basedOnReleaseId!: string;

  @ManyToOne(() => ReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'based_on_release_id', foreignKeyConstraintName: 'fk_profile_editions_release' })
  basedOnRelease?: ReleaseEntity;
}
