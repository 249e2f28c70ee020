import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan, LessThan } from 'typeorm';
import { AuditService, parseInput, RateLimitedError, UnauthenticatedError } from '@mps/api-core';
import { Actor, LoginFailureEntity, PasswordService, SessionsService, UserEntity } from '@mps/api-iam';
import { signInSchema } from '@mps/shared-domain';
import { ACCESS_TOKEN_TTL_SECONDS, AccessTokenClaims, JWT_ALGORITHM } from './jwt.strategy';

export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60 * 1000;

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  user: UserEntity;
  actor: Actor;
}

const WRONG_CREDENTIALS = 'The e-mail or password is not correct.';
const SIGN_IN_LABELS = { email: 'your e-mail address', password: 'your password' };

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Unknown e-mail and wrong password answer alike (and take alike long).
   * After 10 failures for one e-mail within 15 minutes, attempts are refused
   * before the password is even checked.
   */
  async login(emailInput: string, passwordInput: string): Promise<SignedIn> {
    // A missing or malformed e-mail, or an over-long password, is refused before any lookup or hashing.
    const { email, password } = parseInput(signInSchema, { email: emailInput, password: passwordInput }, SIGN_IN_LABELS);
    const windowStart = new Date(Date.now() - LOGIN_FAILURE_WINDOW_MS);
    // Count, verify and record under one lock per e-mail: parallel attempts
    // cannot all slip in before the tenth failure is written.
    const outcome = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('login:' || $1))`, [email]);
      const recent = await manager.count(LoginFailureEntity, { where: { email, at: MoreThan(windowStart) } });
      if (recent >= LOGIN_FAILURE_LIMIT) return { kind: 'throttled' as const };
      const user = await manager.findOne(UserEntity, { where: { email } });
      const ok = await this.passwords.verify(user?.passwordHash ?? null, password);
      if (!user || !ok) {
        await manager.insert(LoginFailureEntity, { email });
        // Old failures are useless after the window; trim them as we go.
        await manager.delete(LoginFailureEntity, { at: LessThan(new Date(Date.now() - 24 * LOGIN_FAILURE_WINDOW_MS)) });
        return { kind: 'wrong' as const };
      }
      return { kind: 'ok' as const, user };
    });
    if (outcome.kind === 'throttled') {
      throw new RateLimitedError(
        'Too many failed sign-in attempts for this e-mail. Wait 15 minutes, or ask your coordinator to check your account.',
        LOGIN_FAILURE_WINDOW_MS / 1000,
      );
    }
    if (outcome.kind === 'wrong') throw new UnauthenticatedError(WRONG_CREDENTIALS);
    const user = outcome.user;
    const { sessionId, refreshToken } = await this.dataSource.transaction(async (manager) => {
      await manager.delete(LoginFailureEntity, { email });
      const started = await this.sessions.start(manager, user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        workspaceId: null,
        action: 'session.started',
        subjectType: 'Session',
        subjectId: started.sessionId,
      });
      return started;
    });
    return this.signedIn(user, sessionId, refreshToken);
  }

  async refresh(refreshToken: string): Promise<SignedIn> {
    const rotated = await this.sessions.rotate(refreshToken ?? '');
    return this.signedIn(rotated.user, rotated.sessionId, rotated.refreshToken);
  }

  async logout(refreshToken: string): Promise<boolean> {
    await this.sessions.logout(refreshToken ?? '');
    return true;
  }

  private async signedIn(user: UserEntity, sessionId: string, refreshToken: string): Promise<SignedIn> {
    const claims: AccessTokenClaims = { sub: user.id, sid: sessionId };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: JWT_ALGORITHM,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    });
    return {
      accessToken,
      refreshToken,
      user,
      actor: { userId: user.id, sessionId, isPlatformAdmin: user.isPlatformAdmin, membershipCache: new Map() },
    };
  }
}
