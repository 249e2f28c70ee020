import { MembershipEntity } from '../entities/membership.entity';
import { OrganizationEntity } from '../entities/organization.entity';
import { UserEntity } from '../entities/user.entity';
import { WorkspaceEntity } from '../entities/workspace.entity';
import { MembershipModel } from './membership.model';
import { OrganizationModel } from './organization.model';
import { UserModel } from './user.model';
import { WorkspaceModel } from './workspace.model';

// Entities never reach GraphQL: these pick what the API may show.
export const toUserModel = (u: UserEntity): UserModel => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  isPlatformAdmin: u.isPlatformAdmin,
});
export const toWorkspaceModel = (w: WorkspaceEntity): WorkspaceModel => ({
  id: w.id,
  name: w.name,
  slug: w.slug,
  kind: w.kind,
  countryCode: w.countryCode,
  createdAt: w.createdAt,
});
export const toOrganizationModel = (o: OrganizationEntity): OrganizationModel => ({
  id: o.id,
  name: o.name,
  acronym: o.acronym,
  kind: o.kind,
  createdAt: o.createdAt,
  workspaceId: o.workspaceId,
});
export const toMembershipModel = (m: MembershipEntity, now = new Date()): MembershipModel => ({
  id: m.id,
  role: m.role,
  active: m.status === 'ACTIVE',
  status: m.status,
  invitation:
    m.status === 'INVITED' && m.invitedEmail && m.invitationSentAt && m.invitationExpiresAt
      ? {
          email: m.invitedEmail,
          sentAt: m.invitationSentAt,
          expiresAt: m.invitationExpiresAt,
          expired: m.invitationExpiresAt.getTime() <= now.getTime(),
          sendCount: m.invitationSendCount,
        }
      : null,
  createdAt: m.createdAt,
  userId: m.status === 'INVITED' ? null : m.userId,
  invitedEmail: m.invitedEmail,
  invitedDisplayName: m.invitedDisplayName,
  workspaceId: m.workspaceId,
  organizationId: m.organizationId,
});

/**
 * Who an invitation shows as, until it is accepted: only what the coordinator typed. The id is the membership's
 * (no account's id), so the answer says nothing about whether the e-mail has an account (ADR 0015).
 */
export const invitedUserModel = (m: MembershipModel): UserModel => ({
  id: m.id,
  email: m.invitedEmail ?? '',
  displayName: m.invitedDisplayName ?? '',
  isPlatformAdmin: false,
});
