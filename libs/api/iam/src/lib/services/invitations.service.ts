import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, MoreThan } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  AuditService,
  ConflictError,
  FailedPreconditionError,
  isUniqueViolation,
  isUuid,
  Mailer,
  NotFoundError,
  parseInput,
  RateLimitedError,
  UnauthenticatedError,
} from '@mps/api-core';
import {
  acceptInvitationSchema,
  INVITATION_MAX_SENDS,
  INVITATION_RESEND_INTERVAL_MS,
  INVITATION_TTL_MS,
  invitationLink,
  Role,
} from '@mps/shared-domain';
import { MembershipEntity } from '../entities/membership.entity';
import { OrganizationEntity } from '../entities/organization.entity';
import { UserEntity } from '../entities/user.entity';
import { WorkspaceEntity } from '../entities/workspace.entity';
import { InvitationModel } from '../models/invitation.model';
import { ACCOUNT_MAIL_WORDS, accountMailLocale, invitationMail } from './account-mails';
import { AccessService } from './access.service';
import type { Actor } from './actor';
import { hashLinkToken, MAX_LINK_TOKEN_LENGTH, newLinkToken, UnusableLinkError } from './link-tokens';
import { PasswordService } from './password.service';

export interface InvitationRequest {
  workspaceId: string;
  organizationId: string;
  role: Role;
  /** Normalized. */
  email: string;
  /** What the coordinator typed: all the invitation shows of the person until they accept. */
  displayName: string;
}

const LINK_EXPIRED = 'This invitation has expired. Ask the coordinator who invited you to send it again.';
const LINK_USED = 'This invitation was already accepted. Sign in to open the workspace.';
const SIGN_IN_TO_ACCEPT = 'This email address already has an account. Sign in with it, then accept the invitation.';
const ACCEPT_LABELS = { displayName: 'your name', password: 'the password' };

/**
 * Invitations: memberships that wait for their person (status INVITED). They name the e-mail invited, not an
 * account, until accepted; the e-mailed link carries a random token stored only as a hash, good once and for
 * INVITATION_TTL_MS (ADR 0015). Mails are sent after the change is committed; a mail that fails is logged and the
 * coordinator can resend it.
 */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger('Invitations');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly passwords: PasswordService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates the pending membership and mails its link. The caller has authorized `addMember` and checked the input. */
  async invite(actor: Actor, request: InvitationRequest): Promise<MembershipEntity> {
    const { token, tokenHash } = newLinkToken();
    const sentAt = new Date();
    let membership: MembershipEntity;
    try {
      membership = await this.dataSource.transaction(async (manager) => {
        const created = await manager.save(
          MembershipEntity,
          manager.create(MembershipEntity, {
            userId: null,
            workspaceId: request.workspaceId,
            organizationId: request.organizationId,
            role: request.role,
            status: 'INVITED',
            deactivatedAt: null,
            invitedEmail: request.email,
            invitedDisplayName: request.displayName,
            invitedBy: actor.userId,
            invitationTokenHash: tokenHash,
            invitationExpiresAt: new Date(sentAt.getTime() + INVITATION_TTL_MS),
            invitationSentAt: sentAt,
            invitationSendCount: 1,
          }),
        );
        // The e-mail, never an account id: the audit log must not reveal whether the e-mail has an account either.
        await this.record(manager, actor.userId, created, 'member.invited', {
          email: request.email,
          organizationId: request.organizationId,
          role: request.role,
        });
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_memberships_pending_invitation')) throw alreadyInvited(request.email);
      throw error;
    }
    await this.mail(membership, token, actor.userId);
    return membership;
  }

  /** A pending invitation of the workspace with this e-mail, if any (addMember refuses a second one). */
  pendingFor(workspaceId: string, email: string): Promise<boolean> {
    return this.dataSource
      .getRepository(MembershipEntity)
      .exists({ where: { workspaceId, invitedEmail: email, status: 'INVITED' } });
  }

  /** Sends a pending invitation again with a new link (the old one stops working) and a new validity period. */
  async resend(actor: Actor, membershipId: string): Promise<MembershipEntity> {
    const pending = await this.findPending(actor, membershipId);
    await this.access.authorize(actor, 'resendInvitation', pending.workspaceId, 'Invitation');
    const { token, tokenHash } = newLinkToken();
    const resent = await this.dataSource.transaction(async (manager) => {
      // One conditional update: two coordinators clicking at once cannot both send.
      const result = await manager
        .createQueryBuilder()
        .update(MembershipEntity)
        .set({
          invitationTokenHash: tokenHash,
          invitationSentAt: () => 'now()',
          invitationExpiresAt: () => `now() + make_interval(secs => ${INVITATION_TTL_MS / 1000})`,
          invitationSendCount: () => 'invitation_send_count + 1',
        })
        .where(`id = :id AND status = 'INVITED'`, { id: pending.id })
        .andWhere('invitation_send_count < :max', { max: INVITATION_MAX_SENDS })
        .andWhere(`invitation_sent_at <= now() - make_interval(secs => :interval)`, { interval: INVITATION_RESEND_INTERVAL_MS / 1000 })
        .execute();
      if (result.affected !== 1) return null;
      const after = await manager.findOneByOrFail(MembershipEntity, { id: pending.id });
      await this.record(manager, actor.userId, after, 'member.invitation-resent', { email: after.invitedEmail, sendCount: after.invitationSendCount });
      return after;
    });
    if (!resent) {
      const now = await this.findPending(actor, membershipId);
      if (now.invitationSendCount >= INVITATION_MAX_SENDS) {
        throw new FailedPreconditionError(`This invitation was sent ${INVITATION_MAX_SENDS} times already.`, [
          'Cancel it and check the email address with the person before inviting them again.',
        ]);
      }
      const waitMs = (now.invitationSentAt?.getTime() ?? 0) + INVITATION_RESEND_INTERVAL_MS - Date.now();
      const seconds = Math.max(1, Math.ceil(waitMs / 1000));
      throw new RateLimitedError(`The invitation was sent moments ago. You can send it again in ${Math.ceil(seconds / 60)} minutes.`, seconds);
    }
    await this.mail(resent, token, actor.userId);
    return resent;
  }

  /** Withdraws a pending invitation: its link stops working; the row stays for history. */
  async cancel(actor: Actor, membershipId: string): Promise<MembershipEntity> {
    const pending = await this.findPending(actor, membershipId);
    await this.access.authorize(actor, 'cancelInvitation', pending.workspaceId, 'Invitation');
    return this.dataSource.transaction(async (manager) => {
      const ended = await this.endPending(manager, pending.id, 'CANCELLED');
      if (!ended) throw new NotFoundError('Invitation');
      await this.record(manager, actor.userId, ended, 'member.invitation-cancelled', { email: ended.invitedEmail });
      return ended;
    });
  }

  /** What a link invites to, for whoever holds it. */
  async preview(token: string): Promise<InvitationModel> {
    const membership = await this.byToken(this.dataSource.manager, token);
    this.requireUsable(membership);
    return (await this.describe([membership]))[0]!;
  }

  /** Pending invitations addressed to the signed-in person's e-mail (not expired). */
  async mine(actor: Actor): Promise<InvitationModel[]> {
    const user = await this.userOf(actor);
    const pending = await this.dataSource.getRepository(MembershipEntity).find({
      where: { invitedEmail: user.email, status: 'INVITED', invitationExpiresAt: MoreThan(new Date()) },
      order: { createdAt: 'ASC' },
    });
    return this.describe(pending);
  }

  /**
   * Accepts a link by creating the account it was sent to: the person chooses their name and password. Returns
   * the new user (the caller signs them in). When the e-mail has an account, they sign in and accept instead.
   */
  async acceptWithNewAccount(token: string, input: { displayName: string; password: string }): Promise<UserEntity> {
    const { displayName, password } = parseInput(acceptInvitationSchema, input, ACCEPT_LABELS);
    const tokenHash = hashOf(token);
    const passwordHash = await this.passwords.hash(password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const membership = tokenHash ? await manager.findOne(MembershipEntity, { where: { invitationTokenHash: tokenHash }, lock: { mode: 'pessimistic_write' } }) : null;
        this.requireUsable(membership);
        if (await manager.exists(UserEntity, { where: { email: membership.invitedEmail! } })) {
          throw new UnusableLinkError('SIGN_IN', SIGN_IN_TO_ACCEPT);
        }
        const user = await manager.save(
          UserEntity,
          manager.create(UserEntity, { email: membership.invitedEmail!, displayName, passwordHash }),
        );
        await this.record(manager, user.id, membership, 'user.created', { email: user.email }, 'User', user.id);
        await this.activate(manager, membership, user.id);
        return user;
      });
    } catch (error) {
      // Someone created the account at the same moment (another invitation's link): they sign in instead.
      if (isUniqueViolation(error, 'ux_users_email')) throw new UnusableLinkError('SIGN_IN', SIGN_IN_TO_ACCEPT);
      throw error;
    }
  }

  /** The signed-in owner of the invited e-mail joins the workspace. */
  async acceptMine(actor: Actor, membershipId: string): Promise<MembershipEntity> {
    const user = await this.userOf(actor);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const membership = await this.lockOwnPending(manager, user, membershipId);
        return this.activate(manager, membership, user.id);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'ux_memberships_active_user_workspace')) {
        throw new ConflictError('You are already a member of this workspace.');
      }
      throw error;
    }
  }

  async declineMine(actor: Actor, membershipId: string): Promise<MembershipEntity> {
    const user = await this.userOf(actor);
    return this.dataSource.transaction(async (manager) => {
      const membership = await this.lockOwnPending(manager, user, membershipId, { allowExpired: true });
      const ended = await this.endPending(manager, membership.id, 'DECLINED');
      if (!ended) throw new NotFoundError('Invitation');
      await this.record(manager, user.id, ended, 'member.invitation-declined', {});
      return ended;
    });
  }

  /** The invitation becomes the person's membership: one conditional update, so a link works exactly once. */
  private async activate(manager: EntityManager, membership: MembershipEntity, userId: string): Promise<MembershipEntity> {
    const result = await manager
      .createQueryBuilder()
      .update(MembershipEntity)
      .set({ status: 'ACTIVE', userId, acceptedAt: () => 'now()' })
      .where(`id = :id AND status = 'INVITED' AND invitation_expires_at > now()`, { id: membership.id })
      .execute();
    if (result.affected !== 1) throw new UnusableLinkError('USED', LINK_USED);
    const accepted = await manager.findOneByOrFail(MembershipEntity, { id: membership.id });
    await this.record(manager, userId, accepted, 'member.invitation-accepted', { userId });
    return accepted;
  }

  private async endPending(manager: EntityManager, id: string, status: 'CANCELLED' | 'DECLINED'): Promise<MembershipEntity | null> {
    const result = await manager
      .createQueryBuilder()
      .update(MembershipEntity)
      .set({ status, deactivatedAt: () => 'now()' })
      .where(`id = :id AND status = 'INVITED'`, { id })
      .execute();
    return result.affected === 1 ? manager.findOneByOrFail(MembershipEntity, { id }) : null;
  }

  private async lockOwnPending(
    manager: EntityManager,
    user: UserEntity,
    membershipId: string,
    { allowExpired = false } = {},
  ): Promise<MembershipEntity> {
    const membership = isUuid(membershipId)
      ? await manager.findOne(MembershipEntity, {
          where: { id: membershipId, invitedEmail: user.email, status: 'INVITED' },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    // Someone else's invitation is as unknown as a made-up id.
    if (!membership) throw new NotFoundError('Invitation');
    if (!allowExpired && membership.invitationExpiresAt!.getTime() <= Date.now()) throw new UnusableLinkError('EXPIRED', LINK_EXPIRED);
    return membership;
  }

  private async byToken(manager: EntityManager, token: string): Promise<MembershipEntity | null> {
    const tokenHash = hashOf(token);
    return tokenHash ? manager.findOne(MembershipEntity, { where: { invitationTokenHash: tokenHash } }) : null;
  }

  /** Unknown, replaced (resent), cancelled or declined links are NOT_FOUND; accepted and expired ones say so. */
  private requireUsable(membership: MembershipEntity | null): asserts membership is MembershipEntity {
    if (!membership || membership.status === 'CANCELLED' || membership.status === 'DECLINED') throw new NotFoundError('Invitation');
    if (membership.status !== 'INVITED') throw new UnusableLinkError('USED', LINK_USED);
    if (membership.invitationExpiresAt!.getTime() <= Date.now()) throw new UnusableLinkError('EXPIRED', LINK_EXPIRED);
  }

  /** A pending invitation of a workspace the caller is admitted to; anything else is NOT_FOUND (docs/domain.md rule 1). */
  private async findPending(actor: Actor, membershipId: string): Promise<MembershipEntity> {
    const membership = isUuid(membershipId)
      ? await this.dataSource.getRepository(MembershipEntity).findOne({ where: { id: membershipId, status: 'INVITED' } })
      : null;
    if (!membership || !(await this.access.accessTo(actor, membership.workspaceId))) throw new NotFoundError('Invitation');
    return membership;
  }

  private async describe(memberships: MembershipEntity[]): Promise<InvitationModel[]> {
    if (memberships.length === 0) return [];
    const [workspaces, organizations, accounts] = await Promise.all([
      this.dataSource.getRepository(WorkspaceEntity).findBy({ id: In(memberships.map((m) => m.workspaceId)) }),
      this.dataSource.getRepository(OrganizationEntity).findBy({ id: In(memberships.map((m) => m.organizationId)) }),
      this.dataSource.getRepository(UserEntity).findBy({ email: In(memberships.map((m) => m.invitedEmail!)) }),
    ]);
    return memberships.map((m) => ({
      id: m.id,
      email: m.invitedEmail!,
      workspaceName: workspaces.find((w) => w.id === m.workspaceId)?.name ?? '',
      organizationName: organizations.find((o) => o.id === m.organizationId)?.name ?? '',
      role: m.role,
      expiresAt: m.invitationExpiresAt!,
      hasAccount: accounts.some((u) => u.email === m.invitedEmail),
    }));
  }

  private async mail(membership: MembershipEntity, token: string, inviterId: string): Promise<void> {
    try {
      const [invitation] = await this.describe([membership]);
      const inviter = await this.dataSource.getRepository(UserEntity).findOneBy({ id: inviterId });
      const invitee = await this.dataSource.getRepository(UserEntity).findOneBy({ email: membership.invitedEmail! });
      const locale = accountMailLocale(invitee?.locale, inviter?.locale);
      await this.mailer.send(
        invitationMail({
          to: membership.invitedEmail!,
          link: invitationLink(this.config.publicUrl, token),
          workspaceName: invitation!.workspaceName,
          organizationName: invitation!.organizationName,
          role: membership.role,
          inviterName: inviter?.displayName ?? ACCOUNT_MAIL_WORDS[locale].aCoordinator,
          expiresAt: membership.invitationExpiresAt!,
          hasAccount: invitation!.hasAccount,
          locale,
        }),
      );
    } catch (error) {
      // The invitation stands; the members screen offers to send it again.
      this.logger.error(`Could not send the invitation mail of membership ${membership.id}: ${(error as Error).message}`);
    }
  }

  private async userOf(actor: Actor): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: actor.userId });
    if (!user) throw new UnauthenticatedError();
    return user;
  }

  private record(
    manager: EntityManager,
    actorId: string,
    membership: MembershipEntity,
    action: string,
    data: Record<string, unknown>,
    subjectType = 'Membership',
    subjectId = membership.id,
  ) {
    return this.audit.record(manager, { actorId, workspaceId: membership.workspaceId, action, subjectType, subjectId, data });
  }
}

function alreadyInvited(email: string) {
  return new ConflictError(`${email} is already invited to this workspace: send the invitation again or cancel it.`, { field: 'email' });
}

/** The stored hash of a token as given, or null when it cannot be one of ours (never looked up). */
function hashOf(token: string): string | null {
  return typeof token === 'string' && token.length > 0 && token.length <= MAX_LINK_TOKEN_LENGTH ? hashLinkToken(token) : null;
}

export { alreadyInvited };
