import { Injectable, Logger, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  AuditService,
  BadUserInputError,
  Mailer,
  NotFoundError,
  parseInput,
  RateLimitedError,
  UnauthenticatedError,
} from '@mps/api-core';
import {
  Actor,
  hashLinkToken,
  MAX_LINK_TOKEN_LENGTH,
  newLinkToken,
  PasswordResetTokenEntity,
  PasswordService,
  accountMailLocale,
  passwordResetMail,
  SessionsService,
  UnusableLinkError,
  UserEntity,
} from '@mps/api-iam';
import {
  changePasswordSchema,
  isLocale,
  LOCALES,
  PASSWORD_RESET_TTL_MS,
  passwordResetLink,
  passwordResetRequestSchema,
  resetPasswordSchema,
} from '@mps/shared-domain';
import { clientAddressKey } from './login-throttle.policy';
import { LoginThrottleService } from './login-throttle.service';

const RESET_LINK_USED = 'This password reset link was already used. If you still cannot sign in, ask for a new link.';
const RESET_LINK_EXPIRED = 'This password reset link has expired (links work for 30 minutes). Ask for a new one.';

/**
 * Passwords people manage themselves (ADR 0015): changing it while signed in, and resetting a forgotten one by an
 * e-mailed single-use link. Both end sessions: a change every other session of the person, a reset all of them
 * (ADR 0004: a revoked session's access tokens stop working at once).
 */
@Injectable()
export class AccountService {
  private readonly logger = new Logger('Accounts');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottleService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The current password must be right: a borrowed access token alone cannot take the account over. Wrong guesses
   * count against the sign-in throttle of that e-mail and address, as failed sign-ins do.
   */
  async changePassword(actor: Actor, input: { currentPassword: string; newPassword: string }, clientIp?: string | null): Promise<void> {
    const { currentPassword, newPassword } = parseInput(changePasswordSchema, input, {
      currentPassword: 'your current password',
      newPassword: 'the new password',
    });
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: actor.userId });
    if (!user) throw new UnauthenticatedError();
    const decision = await this.throttle.admit(user.email, clientAddressKey(clientIp));
    if (!decision.admitted) {
      throw new RateLimitedError('Too many wrong passwords. Wait a few minutes before you try again.', decision.retryAfterSeconds);
    }
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      await this.throttle.failed();
      throw new BadUserInputError('Your current password is not correct.', 'currentPassword');
    }
    await this.throttle.succeeded(decision.attempt);
    const passwordHash = await this.passwords.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      const otherSessionsEnded = await this.sessions.revokeAllForUser(manager, user.id, 'password-changed', actor.sessionId);
      await this.audit.record(manager, {
        actorId: user.id,
        workspaceId: null,
        action: 'user.password-changed',
        subjectType: 'User',
        subjectId: user.id,
        data: { otherSessionsEnded },
      });
    });
  }

  /**
   * Remembers the person's interface language: their screens on every device, and the e-mails and downloads the
   * API makes for them, use it. Choosing the language already set changes nothing and records nothing.
   */
  async setMyLocale(actor: Actor, locale: unknown): Promise<UserEntity> {
    if (!isLocale(locale)) {
      throw new BadUserInputError(`Choose one of the interface languages: ${LOCALES.join(', ')}.`, 'locale');
    }
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id: actor.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new UnauthenticatedError();
      if (user.locale === locale) return user;
      const previous = user.locale;
      await manager.update(UserEntity, { id: user.id }, { locale });
      await this.audit.record(manager, {
        actorId: user.id,
        workspaceId: null,
        action: 'user.locale-changed',
        subjectType: 'User',
        subjectId: user.id,
        data: { locale, previous },
      });
      return { ...user, locale };
    });
  }

  /**
   * Mails a reset link when the e-mail has an account, and nothing otherwise. The answer is the same either way, and
   * so is its timing: the mail is handed over after the answer. Throttled per e-mail and per client address.
   */
  async requestPasswordReset(emailInput: string, clientIp?: string | null): Promise<void> {
    const { email } = parseInput(passwordResetRequestSchema, { email: emailInput }, { email: 'your email address' });
    const decision = await this.throttle.admitResetRequest(email, clientAddressKey(clientIp));
    if (!decision.admitted) {
      throw new RateLimitedError('Too many password reset requests. Wait a few minutes, then check your mailbox (and its spam folder) first.', decision.retryAfterSeconds);
    }
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    if (!user) return;
    const { token, tokenHash } = newLinkToken();
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.save(
        PasswordResetTokenEntity,
        manager.create(PasswordResetTokenEntity, { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS), usedAt: null }),
      );
      // Nobody is signed in: the subject is the account, and the event names the link, never the token.
      await this.audit.record(manager, {
        actorId: null,
        workspaceId: null,
        action: 'user.password-reset-requested',
        subjectType: 'User',
        subjectId: user.id,
        data: { resetLinkId: row.id },
      });
    });
    void this.mailer.send(passwordResetMail(user.email, passwordResetLink(this.config.publicUrl, token), accountMailLocale(user.locale))).catch((error: unknown) => {
      this.logger.error(`Could not send a password reset mail: ${(error as Error).message}`);
    });
  }

  /**
   * Sets a new password with a reset link. The link is spent by one conditional update (two tabs cannot both use
   * it); the person's other open links are spent too, every session ends, and sign-in lock-outs of the e-mail lift.
   */
  async resetPassword(token: string, newPasswordInput: string): Promise<void> {
    const { newPassword } = parseInput(resetPasswordSchema, { newPassword: newPasswordInput }, { newPassword: 'the new password' });
    const tokenHash = typeof token === 'string' && token.length > 0 && token.length <= MAX_LINK_TOKEN_LENGTH ? hashLinkToken(token) : null;
    if (!tokenHash) throw new NotFoundError('Password reset link');
    const passwordHash = await this.passwords.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      const result: unknown = await manager.query(
        `UPDATE password_reset_tokens SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
          RETURNING user_id`,
        [tokenHash],
      );
      // TypeORM answers [rows, count] for UPDATE ... RETURNING on postgres.
      const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as Array<{ user_id: string }>;
      const userId = rows[0]?.user_id;
      if (!userId) {
        const known = await manager.findOneBy(PasswordResetTokenEntity, { tokenHash });
        if (!known) throw new NotFoundError('Password reset link');
        if (known.usedAt) throw new UnusableLinkError('USED', RESET_LINK_USED);
        throw new UnusableLinkError('EXPIRED', RESET_LINK_EXPIRED);
      }
      await manager.update(UserEntity, { id: userId }, { passwordHash });
      await manager.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
      const sessionsEnded = await this.sessions.revokeAllForUser(manager, userId, 'password-reset');
      const user = await manager.findOneByOrFail(UserEntity, { id: userId });
      await manager.query(`DELETE FROM login_throttles WHERE scope = 'account-address' AND email = $1`, [user.email]);
      await this.audit.record(manager, {
        actorId: userId,
        workspaceId: null,
        action: 'user.password-reset',
        subjectType: 'User',
        subjectId: userId,
        data: { sessionsEnded },
      });
    });
  }
}
