import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@mps/shared-domain';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from './user.entity';
import { WorkspaceEntity } from './workspace.entity';

/** A user's place in one workspace: their organisation and role. Deactivated memberships are kept for history. */
@Entity({ name: 'memberships' })
@Index('ux_memberships_active_user_workspace', ['userId', 'workspaceId'], {
  unique: true,
  where: 'deactivated_at IS NULL',
})
@Index('ix_memberships_workspace', ['workspaceId'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_memberships_user' })
  user?: UserEntity;

  @Column({ type: 'uuid', name: 'workspace_id' })
  workspaceId!: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_memberships_workspace' })
  workspace?: WorkspaceEntity;

  @Column({ type: 'uuid', name: 'organization_id' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_memberships_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'timestamptz', name: 'deactivated_at', nullable: true })
  deactivatedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
