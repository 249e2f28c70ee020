import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not } from 'typeorm';
import {
  AuditService,
  BadUserInputError,
  ConflictError,
  EventBus,
  FailedPreconditionError,
  isUniqueViolation,
  isUuid,
  NotFoundError,
  parseInput,
} from '@mps/api-core';
import { memberSchema } from '@mps/shared-domain';
import { MembershipEntity } from '../entities/membership.entity';
import { OrganizationEntity } from '../entities/organization.entity';
import { UserEntity } from '../entities/user.entity';
import { AddMemberInput, UpdateMemberInput } from '../inputs/iam.inputs';
import { AccessService } from './access.service';
import type { Actor } from './actor';
import { alreadyInvited, InvitationsService } from './invitations.service';
import { PasswordService } from './password.service';

/** How BAD_USER_INPUT messages name each argument. */
const MEMBER_LABELS = {
  email: 'the email address',
  displayName: 'the display name',
  organizationId: 'an organisation',
  role: 'a role',
};

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly passwords: PasswordService,
    private readonly invitations: InvitationsService,
    private readonly events: EventBus,
  ) {}

  /**
   * Adds a person to a workspace (settled details, docs/domain.md; ADR 0015). An unknown e-mail with a password
   * becomes an active member at once (an account the coordinator manages). Anyone else is invited: an e-mail that
   * already has an account, or an unknown one without a password. The answer is then a pending membership that
   * shows only what the coordinator typed, so it never tells whether the e-mail has an account.
   */
  async add(actor: Actor, input: AddMemberInput): Promise<MembershipEntity> {
    if (!isUuid(input.workspaceId)) throw new NotFoundError('Workspace');
    await this.access.authorize(actor, 'addMember', input.workspaceId);
    const { email, displayName } = parseInput(memberSchema, input, MEMBER_LABELS);
    await this.requireOrganizationIn(input.workspaceId, input.organizationId);

    const existing = await this.dataSource.getRepository(UserEntity).findOne({ where: { email } });
    // Already a member: the coordinator sees their own members anyway, so saying so reveals nothing new.
    if (existing && (await this.isActiveMember(existing.id, input.workspaceId))) throw alreadyMember(email);
    if (await this.invitations.pendingFor(input.workspaceId, email)) throw alreadyInvited(email);
    // A given password is checked and hashed whether or not the account exists, so the answer takes as long either way.
    const passwordHash = input.password ? await this.passwords.hash(input.password) : null;
    if (existing || !passwordHash) {
      return this.invitations.invite(actor, {
        workspaceId: input.workspaceId,
        organizationId: input.organizationId,
        role: input.role,
        email,
        displayName,
      });
    }

    try {
      const membership = await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(UserEntity, manager.create(UserEntity, { email, displayName, passwordHash }));
        await this.record(manager, actor, input.workspaceId, 'user.created', 'User', user.id, { email });
        const membership = await manager.save(
          MembershipEntity,
          manager.create(MembershipEntity, {
            userId: user.id,
            workspaceId: input.workspaceId,
            organizationId: input.organizationId,
            role: input.role,
            status: 'ACTIVE',
            deactivatedAt: null,
          }),
        );
        await this.record(manager, actor, input.workspaceId, 'member.added', 'Membership', membership.id, {
          userId: user.id,
          email,
          organizationId: input.organizationId,
          role: input.role,
        });
        return membership;
      });
      return membership;
    } catch (error) {
      // The account was created meanwhile (another workspace, or an accepted invitation): it is invited like any
      // existing account, so this answer too says nothing about it.
      if (isUniqueViolation(error, 'ux_users_email')) {
        return this.invitations.invite(actor, {
          workspaceId: input.workspaceId,
          organizationId: input.organizationId,
          role: input.role,
          email,
          displayName,
        });
      }
      throw error;
    }
  }

  async update(actor: Actor, input: UpdateMemberInput): Promise<MembershipEntity> {
    const membership = await this.findActive(actor, input.membershipId);
    await this.access.authorize(actor, 'updateMember', membership.workspaceId, 'Member');
    if (!input.role && input.organizationId == null) {
      throw new BadUserInputError('Give a new role or a new organisation.', 'role');
    }
    // An empty id names no organisation: NOT_FOUND, like any other unknown id (never written as is).
    if (input.organizationId != null) await this.requireOrganizationIn(membership.workspaceId, input.organizationId);
    const after = {
      role: input.role ?? membership.role,
      organizationId: input.organizationId ?? membership.organizationId,
    };
    return this.dataSource.transaction(async (manager) => {
      await this.lockWorkspaceMembers(manager, membership.workspaceId);
      if (membership.role === 'COORDINATOR' && after.role !== 'COORDINATOR') {
        await this.requireAnotherCoordinator(manager, membership);
      }
      await manager.update(MembershipEntity, { id: membership.id }, after);
      await this.record(manager, actor, membership.workspaceId, 'member.updated', 'Membership', membership.id, {
        before: { role: membership.role, organizationId: membership.organizationId },
        after,
      });
      return { ...membership, ...after };
    });
  }

  /**
   * Ends a membership: from the next request on, that person's calls to this workspace are refused and its live
   * events stop reaching them (access is checked per request and per event). Their sessions and their other
   * workspaces are untouched (ADR 0015, replacing ADR 0004's revoke-everything).
   */
  async deactivate(actor: Actor, membershipId: string): Promise<MembershipEntity> {
    const membership = await this.findActive(actor, membershipId);
    await this.access.authorize(actor, 'deactivateMember', membership.workspaceId, 'Member');
    const deactivated = await this.dataSource.transaction(async (manager) => {
      await this.lockWorkspaceMembers(manager, membership.workspaceId);
      if (membership.role === 'COORDINATOR') await this.requireAnotherCoordinator(manager, membership);
      const deactivatedAt = new Date();
      await manager.update(MembershipEntity, { id: membership.id }, { deactivatedAt, status: 'DEACTIVATED' });
      await this.record(manager, actor, membership.workspaceId, 'member.deactivated', 'Membership', membership.id, {
        userId: membership.userId,
        role: membership.role,
      });
      return { ...membership, deactivatedAt, status: 'DEACTIVATED' as const };
    });
    // Later fields of the same request must not go on with the access read before (a coordinator who left).
    actor.membershipCache.delete(membership.workspaceId);
    this.events.publish({
      type: 'MEMBER_DEACTIVATED',
      workspaceId: membership.workspaceId,
      membershipId: membership.id,
      userId: membership.userId!,
      actorId: actor.userId,
      at: new Date().toISOString(),
    });
    return deactivated;
  }

  private async findActive(actor: Actor, membershipId: string): Promise<MembershipEntity> {
    const membership = isUuid(membershipId)
      ? await this.dataSource
          .getRepository(MembershipEntity)
          .findOne({ where: { id: membershipId, status: 'ACTIVE' } })
      : null;
    if (!membership || !(await this.access.accessTo(actor, membership.workspaceId))) {
      throw new NotFoundError('Member');
    }
    return membership;
  }

  private isActiveMember(userId: string, workspaceId: string): Promise<boolean> {
    return this.dataSource.getRepository(MembershipEntity).exists({ where: { userId, workspaceId, status: 'ACTIVE' } });
  }

  private async requireOrganizationIn(workspaceId: string, organizationId: string): Promise<void> {
    const found =
      isUuid(organizationId) &&
      (await this.dataSource.getRepository(OrganizationEntity).exists({ where: { id: organizationId, workspaceId } }));
    if (!found) throw new NotFoundError('Organisation');
  }

  /** Serializes changes to one workspace's coordinators, so two demotions cannot both pass the check below. */
  private async lockWorkspaceMembers(manager: EntityManager, workspaceId: string): Promise<void> {
    await manager.query('SELECT id FROM workspaces WHERE id = $1 FOR UPDATE', [workspaceId]);
  }

  private async requireAnotherCoordinator(manager: EntityManager, membership: MembershipEntity): Promise<void> {
    const others = await manager.count(MembershipEntity, {
      where: {
        workspaceId: membership.workspaceId,
        role: 'COORDINATOR',
        status: 'ACTIVE',
        id: Not(membership.id),
      },
    });
    if (others === 0) {
      throw new FailedPreconditionError('A workspace must keep at least one coordinator.', [
        'This is the last active coordinator of the workspace: add another coordinator first.',
      ]);
    }
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    workspaceId: string,
    action: string,
    subjectType: string,
    subjectId: string,
    data: Record<string, unknown>,
  ) {
    return this.audit.record(manager, { actorId: actor.userId, workspaceId, action, subjectType, subjectId, data });
  }
}

function alreadyMember(email: string) {
  return new ConflictError(`${email} is already a member of this workspace.`, { field: 'email' });
}
