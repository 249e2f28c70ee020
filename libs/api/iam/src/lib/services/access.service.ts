import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { coalescingLoader, ForbiddenError, NotFoundError } from '@mps/api-core';
import {
  OperationName,
  OPERATIONS,
  OperationRule,
  Permission,
  PERMISSIONS,
  Role,
  roleHasPermission,
} from '@mps/shared-domain';
import { MembershipEntity } from '../entities/membership.entity';
import type { Actor } from './actor';

/** What the caller may do inside one workspace, once admitted. */
export interface WorkspaceAccess {
  workspaceId: string;
  /** Null for a platform admin acting in a workspace they are not a member of. */
  membership: MembershipEntity | null;
  role: Role | null;
  isPlatformAdmin: boolean;
  can(permission: Permission): boolean;
}

/**
 * The one place that decides whether a caller may act on a workspace's
 * objects. Rules come from OPERATIONS and ROLE_PERMISSIONS in
 * libs/shared/domain. A caller outside the workspace gets NOT_FOUND, so the
 * answer never reveals that another workspace's object exists.
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async membership(actor: Actor, workspaceId: string): Promise<MembershipEntity | null> {
    if (actor.membershipCache.has(workspaceId)) return actor.membershipCache.get(workspaceId) ?? null;
    const found = await this.dataSource.getRepository(MembershipEntity).findOne({
      // Read on every request (never cached across requests): a deactivated membership loses access at once.
      where: { userId: actor.userId, workspaceId, status: 'ACTIVE' },
    });
    actor.membershipCache.set(workspaceId, found);
    return found;
  }

  /**
   * Gives the request the caller's membership of a workspace read by another statement of the same request (e.g.
   * joined to the object being read): still read on this request, so as fresh as `membership` reads it.
   */
  primeMembership(actor: Actor, workspaceId: string, membership: MembershipEntity | null): void {
    if (!actor.membershipCache.has(workspaceId)) actor.membershipCache.set(workspaceId, membership);
  }

  /** Admits the caller to `operation` on an object of `workspaceId`, or throws. */
  async authorize(
    actor: Actor,
    operation: OperationName,
    workspaceId: string,
    notFoundLabel = 'Workspace',
  ): Promise<WorkspaceAccess> {
    const rule: OperationRule = OPERATIONS[operation].rule;
    if (rule.access !== 'workspace') {
      throw new Error(`Operation ${operation} is not workspace-scoped`);
    }
    const membership = await this.membership(actor, workspaceId);
    const adminOverride = actor.isPlatformAdmin && rule.platformAdmin === true;
    if (!membership && !adminOverride) throw new NotFoundError(notFoundLabel);
    const access = this.accessFrom(actor, workspaceId, membership);
    if (!adminOverride && !rule.anyOf.some((p) => access.can(p))) {
      throw new ForbiddenError(`Your role (${readableRole(membership?.role)}) may not do this in this workspace.`);
    }
    return access;
  }

  /**
   * The caller's access now, read afresh (never from the request's membership cache): for the subscriptions that
   * recheck it on every event. The memberships asked by all subscribers in the same turn are read in one statement.
   */
  async currentAccessTo(actor: Actor, workspaceId: string): Promise<WorkspaceAccess | null> {
    const membership = await this.currentMemberships.load({ userId: actor.userId, workspaceId });
    if (!membership && !actor.isPlatformAdmin) return null;
    return this.accessFrom(actor, workspaceId, membership);
  }

  private readonly currentMemberships = coalescingLoader<{ userId: string; workspaceId: string }, MembershipEntity | null>(
    async (keys) => {
      const rows = await this.dataSource.getRepository(MembershipEntity).findBy({
        userId: In([...new Set(keys.map((k) => k.userId))]),
        workspaceId: In([...new Set(keys.map((k) => k.workspaceId))]),
        status: 'ACTIVE',
      });
      return keys.map((k) => rows.find((m) => m.userId === k.userId && m.workspaceId === k.workspaceId) ?? null);
    },
  );

  /** Access for a caller already admitted, e.g. to shape field results. */
  async accessTo(actor: Actor, workspaceId: string): Promise<WorkspaceAccess | null> {
    const membership = await this.membership(actor, workspaceId);
    if (!membership && !actor.isPlatformAdmin) return null;
    return this.accessFrom(actor, workspaceId, membership);
  }

  /**
   * Who may save a section: coordinators any section, focal points those
   * assigned to their organisation (docs/domain.md rule 2). Nobody else.
   */
  canEditSection(access: WorkspaceAccess, assignedOrganizationIds: readonly string[]): boolean {
    if (access.can(PERMISSIONS.SECTION_EDIT_ANY)) return true;
    return (
      access.can(PERMISSIONS.SECTION_EDIT_ASSIGNED) &&
      access.membership !== null &&
      assignedOrganizationIds.includes(access.membership.organizationId)
    );
  }

  /**
   * Who may enter indicator figures supplied by an organisation: coordinators for any, focal points for their own
   * organisation only (docs/domain.md rule 9). Nobody else.
   */
  canEnterDataFor(access: WorkspaceAccess, organizationId: string): boolean {
    if (access.can(PERMISSIONS.DATA_ENTER_ANY)) return true;
    return access.can(PERMISSIONS.DATA_ENTER_OWN) && access.membership?.organizationId === organizationId;
  }

  /**
   * Who may read a section's drafts: everyone with workspace-wide read, and
   * platform admins. Contributors read only sections of review cycles their
   * organisation takes part in; review cycles do not exist yet, so none.
   */
  canReadSections(access: WorkspaceAccess): boolean {
    return access.isPlatformAdmin || access.can(PERMISSIONS.WORKSPACE_READ);
  }

  private accessFrom(actor: Actor, workspaceId: string, membership: MembershipEntity | null): WorkspaceAccess {
    const role = membership?.role ?? null;
    return {
      workspaceId,
      membership,
      role,
      isPlatformAdmin: actor.isPlatformAdmin,
      can: (permission) => (role ? roleHasPermission(role, permission) : false),
    };
  }
}

function readableRole(role: Role | undefined): string {
  return role ? role.toLowerCase().replace('_', ' ') : 'none';
}
