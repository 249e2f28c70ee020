import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, parseInput, RateLimitedError, UnauthenticatedError } from '@mps/api-core';
import { Actor, PasswordService, SessionsService, UserEntity } from '@mps/api-iam';
import { signInSchema } from '@mps/shared-domain';
import { ACCESS_TOKEN_TTL_SECONDS, AccessTokenClaims, JWT_ALGORITHM } from './jwt.strategy';
import { clientAddressKey } from './login-throttle.policy';
import { LoginThrottleService } from './login-throttle.service';

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  user: UserEntity;
  actor: Actor;
}

const WRONG_CREDENTIALS = 'The e-mail or password is not correct.';
const SIGN_IN_LABELS = { email: 'your email address', password: 'your password' };

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /**
   * Unknown e-mail and wrong password answer alike (and take alike long).
   * Throttled per (e-mail, client address) and per client address
   * (login-throttle.policy.ts): while either is locked, attempts are refused
   * before the password is even checked, and nobody waits on the server.
   */
  async login(emailInput: string, passwordInput: string, clientIp?: string | null): Promise<SignedIn> {
    // A missing, malformed or over-long e-mail, or an over-long password, is refused before any lookup,
    // throttling row or hashing.
    const { email, password } = parseInput(signInSchema, { email: emailInput, password: passwordInput }, SIGN_IN_LABELS);
    const decision = await this.throttle.admit(email, clientAddressKey(clientIp));
    if (!decision.admitted) {
      throw new RateLimitedError(
        `Too many failed sign-in attempts. Try again in ${waitInWords(decision.retryAfterSeconds)}, or ask your coordinator to check your account.`,
        decision.retryAfterSeconds,
      );
    }
    const user = email ? await this.dataSource.manager.findOne(UserEntity, { where: { email } }) : null;
    const ok = await this.passwords.verify(user?.passwordHash ?? null, password ?? '');
    if (!user || !ok) {
      await this.throttle.failed();
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    await this.throttle.succeeded(decision.attempt);
    return this.startSession(user);
  }

  /** Starts a session for a person who just proved who they are (a password, or an accepted invitation link). */
  async startSession(user: UserEntity): Promise<SignedIn> {
    const { sessionId, refreshToken } = await this.dataSource.transaction(async (manager) => {
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

function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
