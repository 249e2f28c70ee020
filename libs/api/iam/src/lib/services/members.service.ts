import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
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
import { memberSchema, PASSWORD_MIN_LENGTH } from '@mps/shared-domain';
import { MembershipEntity } from '../entities/membership.entity';
import { OrganizationEntity } from '../entities/organization.entity';
import { UserEntity } from '../entities/user.entity';
import { AddMemberInput, UpdateMemberInput } from '../inputs/iam.inputs';
import { AccessService } from './access.service';
import type { Actor } from './actor';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';

/** How BAD_USER_INPUT messages name each argument. */
const MEMBER_LABELS = {
  email: 'the e-mail address',
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
    private readonly sessions: SessionsService,
    private readonly events: EventBus,
  ) {}

  /** Adds a person to a workspace, creating their account when the e-mail is new (settled details, docs/domain.md). */
  async add(actor: Actor, input: AddMemberInput): Promise<MembershipEntity> {
    if (!isUuid(input.workspaceId)) throw new NotFoundError('Workspace');
    await this.access.authorize(actor, 'addMember', input.workspaceId);
    // The password is checked only when an account is created (PasswordService.hash): for an existing account it is ignored.
    const { email, displayName } = parseInput(memberSchema, input, MEMBER_LABELS);
    await this.requireOrganizationIn(input.workspaceId, input.organizationId);

    const existing = await this.dataSource.getRepository(UserEntity).findOne({ where: { email } });
    let passwordHash: string | null = null;
    if (!existing) {
      if (!input.password) {
        throw new BadUserInputError(`${email} has no account yet: give a password (at least ${PASSWORD_MIN_LENGTH} characters) to create it.`, 'password');
      }
      passwordHash = await this.passwords.hash(input.password);
    }

    try {
      const membership = await this.dataSource.transaction(async (manager) => {
        let user = existing;
        if (!user) {
          user = await manager.save(UserEntity, manager.create(UserEntity, { email, displayName, passwordHash: passwordHash! }));
          await this.record(manager, actor, input.workspaceId, 'user.created', 'User', user.id, { email });
        }
        const membership = await manager.save(
          MembershipEntity,
          manager.create(MembershipEntity, {
            userId: user.id,
            workspaceId: input.workspaceId,
            organizationId: input.organizationId,
            role: input.role,
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
      if (isUniqueViolation(error)) {
        throw new ConflictError(`${email} is already a member of this workspace.`, { field: 'email' });
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

  /** Ends a membership and, at once, every session of that person (their access tokens stop working). */
  async deactivate(actor: Actor, membershipId: string): Promise<MembershipEntity> {
    const membership = await this.findActive(actor, membershipId);
    await this.access.authorize(actor, 'deactivateMember', membership.workspaceId, 'Member');
    const deactivated = await this.dataSource.transaction(async (manager) => {
      await this.lockWorkspaceMembers(manager, membership.workspaceId);
      if (membership.role === 'COORDINATOR') await this.requireAnotherCoordinator(manager, membership);
      const deactivatedAt = new Date();
      await manager.update(MembershipEntity, { id: membership.id }, { deactivatedAt });
      await this.sessions.revokeAllForUser(manager, membership.userId, 'member-deactivated');
      await this.record(manager, actor, membership.workspaceId, 'member.deactivated', 'Membership', membership.id, {
        userId: membership.userId,
        role: membership.role,
      });
      return { ...membership, deactivatedAt };
    });
    this.events.publish({
      type: 'MEMBER_DEACTIVATED',
      workspaceId: membership.workspaceId,
      membershipId: membership.id,
      userId: membership.userId,
      actorId: actor.userId,
      at: new Date().toISOString(),
    });
    return deactivated;
  }

  private async findActive(actor: Actor, membershipId: string): Promise<MembershipEntity> {
    const membership = isUuid(membershipId)
      ? await this.dataSource
          .getRepository(MembershipEntity)
          .findOne({ where: { id: membershipId, deactivatedAt: IsNull() } })
      : null;
    if (!membership || !(await this.access.accessTo(actor, membership.workspaceId))) {
      throw new NotFoundError('Member');
    }
    return membership;
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
        deactivatedAt: IsNull(),
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
