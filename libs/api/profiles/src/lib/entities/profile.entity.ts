import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OutlineStyle } from '@mps/shared-domain';
import { WorkspaceEntity } from '@mps/api-iam';

/** One edition of a workspace's Migration Profile. */
@Entity({ name: 'profiles' })
@Index('ix_profiles_workspace', ['workspaceId'])
export class ProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_profiles_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  edition!: string;

  @Column({ type: 'text', name: 'template_key', nullable: true })
  templateKey!: string | null;

  @Column({ type: 'text', name: 'outline_style', default: 'DECIMAL' })
  outlineStyle!: OutlineStyle;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
