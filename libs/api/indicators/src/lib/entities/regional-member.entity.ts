import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity, WorkspaceEntity } from '@mps/api-iam';

/**
 * A national workspace listed as a member country of a REGIONAL workspace (issue 11 item 8). The regional workspace
 * reads only what the member has published (its latest published releases' frozen figures), never its drafts.
 * Removing a member keeps the row (removed_at, removed_by) so that the list's history stays readable; at most one
 * current row per pair.
 */
@Entity({ name: 'regional_members' })
@Index('ux_regional_members_current', ['regionalWorkspaceId', 'memberWorkspaceId'], { unique: true, where: 'removed_at IS NULL' })
@Index('ix_regional_members_member', ['memberWorkspaceId'])
export class RegionalMemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_regional_members' })
  id!: string;

  @Column({ type: 'uuid', name: 'regional_workspace_id' })
  regionalWorkspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'regional_workspace_id', foreignKeyConstraintName: 'fk_regional_members_regional' })
  regionalWorkspace?: WorkspaceEntity;

  @Column({ type: 'uuid', name: 'member_workspace_id' })
  memberWorkspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_workspace_id', foreignKeyConstraintName: 'fk_regional_members_member' })
  memberWorkspace?: WorkspaceEntity;

  @Column({ type: 'uuid', name: 'added_by_id' })
  addedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'added_by_id', foreignKeyConstraintName: 'fk_regional_members_added_by' })
  addedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', name: 'added_at' })
  addedAt!: Date;

  @Column({ type: 'uuid', name: 'removed_by_id', nullable: true })
  removedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'removed_by_id', foreignKeyConstraintName: 'fk_regional_members_removed_by' })
  removedBy?: UserEntity | null;

  @Column({ type: 'timestamptz', name: 'removed_at', nullable: true })
  removedAt!: Date | null;
}
