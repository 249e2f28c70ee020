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
export const toMembershipModel = (m: MembershipEntity): MembershipModel => ({
  id: m.id,
  role: m.role,
  active: m.deactivatedAt === null,
  createdAt: m.createdAt,
  userId: m.userId,
  workspaceId: m.workspaceId,
  organizationId: m.organizationId,
});
