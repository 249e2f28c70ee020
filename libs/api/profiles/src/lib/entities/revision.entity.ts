import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@mps/api-iam';
import { SectionEntity } from './section.entity';

/** An immutable saved state of one section (docs/domain.md rule 3). Never updated, never deleted. */
@Entity({ name: 'revisions' })
@Index('ux_revisions_section_number', ['sectionId', 'number'], { unique: true })
export class RevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'section_id' })
  sectionId!: string;

  @ManyToOne(() => SectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'fk_revisions_section' })
  section?: SectionEntity;

  /** 1, 2, 3... per section. */
  @Column({ type: 'integer' })
  number!: number;

  /** Canonical ProseMirror JSON, validated against the content schema. */
  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  @Column({ type: 'text' })
  html!: string;

  @Column({ type: 'text' })
  text!: string;

  /** SHA-256 (hex) of the canonical JSON. */
  @Column({ type: 'text', name: 'content_hash' })
  contentHash!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'uuid', name: 'author_id' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_revisions_author' })
  author?: UserEntity;

  /** Set when this revision restored an older one. */
  @Column({ type: 'uuid', name: 'restored_from_id', nullable: true })
  restoredFromId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
