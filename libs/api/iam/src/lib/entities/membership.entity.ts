import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MembershipStatus, Role } from '@mps/shared-domain';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from './user.entity';
import { WorkspaceEntity } from './workspace.entity';

/**
 * A user's place in one workspace: their organisation and role. Deactivated memberships are kept for history.
 * An invitation is a membership waiting for its person (status INVITED): it names an e-mail, not a user, until
 * it is accepted, so that inviting says nothing about whether that e-mail has an account (ADR 0015).
 */
@Entity({ name: 'memberships' })
@Index('ux_memberships_pending_invitation', ['workspaceId', 'invitedEmail'], {
  unique: true,
  where: "status = 'INVITED'",
})
@Index('ux_memberships_invitation_token', ['invitationTokenHash'], { unique: true, where: 'invitation_token_hash IS NOT NULL' })
@Index('ix_memberships_invited_email', ['invitedEmail'], { where: "status = 'INVITED'" })
@Index('ux_memberships_active_user_workspace', ['userId', 'workspaceId'], {
  unique: true,
  where: 'deactivated_at IS NULL',
})
@Index('ix_memberships_workspace', ['workspaceId'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null while the membership is an invitation nobody has accepted yet. */
  @Column({ type: 'uuid', name: 'user_id', nullable: true })
  userId!: string | null;

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

  @Column({ type: 'text', default: 'ACTIVE' })
  status!: MembershipStatus;

  /** When the membership ended: deactivated, or the invitation declined or cancelled. */
  @Column({ type: 'timestamptz', name: 'deactivated_at', nullable: true })
  deactivatedAt!: Date | null;

  // --- the invitation (null for members a coordinator created with a password)

  /** The e-mail invited, normalized: the person who accepts must have it. */
  @Column({ type: 'text', name: 'invited_email', nullable: true })
  invitedEmail!: string | null;

  /** The name the coordinator typed; shown instead of the account's own until the person accepts. */
  @Column({ type: 'text', name: 'invited_display_name', nullable: true })
  invitedDisplayName!: string | null;

  @Column({ type: 'uuid', name: 'invited_by', nullable: true })
  invitedBy!: string | null;

  /** SHA-256 of the link's token; kept after use so that a used link is told apart from an unknown one. */
  @Column({ type: 'text', name: 'invitation_token_hash', nullable: true })
  invitationTokenHash!: string | null;

  @Column({ type: 'timestamptz', name: 'invitation_expires_at', nullable: true })
  invitationExpiresAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'invitation_sent_at', nullable: true })
  invitationSentAt!: Date | null;

  @Column({ type: 'integer', name: 'invitation_send_count', default: 0 })
  invitationSendCount!: number;

  @Column({ type: 'timestamptz', name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
