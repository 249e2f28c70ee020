import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { AuditService, coalescingLoader, oneByKeys, UnauthenticatedError } from '@mps/api-core';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { SessionEntity } from '../entities/session.entity';
import { UserEntity } from '../entities/user.entity';

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Why a session ended ('member-deactivated' only on sessions ended before ADR 0015 scoped deactivation). */
export type RevokeReason = 'logout' | 'refresh-token-reuse' | 'password-changed' | 'password-reset';

export interface SessionUser {
  sessionId: string;
  user: UserEntity;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Sessions and their refresh tokens. A refresh token is random, stored only
 * as a hash, and good for one use: each use rotates it. Presenting a token
 * that was already used means it leaked, so the whole session ends.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async start(manager: EntityManager, userId: string): Promise<{ sessionId: string; refreshToken: string }> {
    const session = await manager.save(SessionEntity, manager.create(SessionEntity, { userId }));
    const refreshToken = await this.issueRefreshToken(manager, session.id);
    return { sessionId: session.id, refreshToken };
  }

  /** Uses a refresh token once and returns the session's user with a fresh token. */
  async rotate(refreshToken: string): Promise<SessionUser & { refreshToken: string }> {
    const tokenHash = hashToken(refreshToken);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const used: Array<{ session_id: string; expires_at: Date }> = await manager.query(
        `UPDATE refresh_tokens SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL
          RETURNING session_id, expires_at`,
        [tokenHash],
      );
      // TypeORM returns [rows, count] for UPDATE ... RETURNING on postgres.
      const rows = Array.isArray(used[0]) ? (used[0] as unknown as typeof used) : used;
      const row = rows[0];
      if (!row) {
        const known = await manager.findOne(RefreshTokenEntity, { where: { tokenHash } });
        if (known?.usedAt) {
          await this.revokeSession(manager, known.sessionId, 'refresh-token-reuse');
          return { kind: 'reused' as const };
        }
        return { kind: 'unknown' as const };
      }
      if (new Date(row.expires_at).getTime() < Date.now()) return { kind: 'expired' as const };
      const active = await this.activeSessionUser(row.session_id, manager);
      if (!active) return { kind: 'revoked' as const };
      const next = await this.issueRefreshToken(manager, row.session_id);
      return { kind: 'ok' as const, ...active, refreshToken: next };
    });
    if (outcome.kind !== 'ok') {
      throw new UnauthenticatedError('Your session has ended. Please sign in again.');
    }
    return outcome;
  }

  /** Ends the session the refresh token belongs to; unknown tokens are ignored (logout is idempotent). */
  async logout(refreshToken: string): Promise<void> {
    const token = await this.dataSource
      .getRepository(RefreshTokenEntity)
      .findOne({ where: { tokenHash: hashToken(refreshToken) } });
    if (!token) return;
    await this.dataSource.transaction((manager) => this.revokeSession(manager, token.sessionId, 'logout'));
  }

  /** Ends every session of a person, but `keepSessionId` when given (the one changing the password); returns how many. */
  async revokeAllForUser(manager: EntityManager, userId: string, reason: RevokeReason, keepSessionId?: string): Promise<number> {
    const result = await manager.update(
      SessionEntity,
      { userId, revokedAt: IsNull(), ...(keepSessionId ? { id: Not(keepSessionId) } : {}) },
      { revokedAt: () => 'now()', revokedReason: reason },
    );
    return result.affected ?? 0;
  }

  /**
   * Whether a session is live, asked by many at once (every subscriber of a profile when an event arrives): the
   * sessions asked in the same turn of the event loop are read in one statement, each time afresh.
   */
  isSessionActive(sessionId: string): Promise<boolean> {
    return this.activeSessions.load(sessionId);
  }

  private readonly activeSessions = coalescingLoader<string, boolean>(async (ids) => {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      'SELECT id FROM sessions WHERE id = ANY($1::uuid[]) AND revoked_at IS NULL',
      [[...new Set(ids)]],
    );
    return oneByKeys(ids, rows, (r) => r.id).map((row) => row !== null);
  });

  /**
   * Who is signed in with a live session, as every authenticated request asks it: one statement of two columns by
   * primary key, without building a user entity. Null when the session was revoked (its access tokens stop working).
   */
  async sessionPrincipal(sessionId: string): Promise<{ userId: string; isPlatformAdmin: boolean } | null> {
    const rows: Array<{ userId: string; isPlatformAdmin: boolean }> = await this.dataSource.query(
      'SELECT u.id AS "userId", u.is_platform_admin AS "isPlatformAdmin" FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1 AND s.revoked_at IS NULL',
      [sessionId],
    );
    return rows[0] ?? null;
  }

  /** The user of a live session, or null when the session was revoked (its access tokens stop working). */
  async activeSessionUser(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<SessionUser | null> {
    // One statement: this runs on every authenticated request.
    const user = await manager
      .createQueryBuilder(UserEntity, 'u')
      .innerJoin(SessionEntity, 's', 's.user_id = u.id')
      .where('s.id = :sessionId AND s.revoked_at IS NULL', { sessionId })
      .getOne();
    return user ? { sessionId, user } : null;
  }

  private async revokeSession(manager: EntityManager, sessionId: string, reason: RevokeReason): Promise<void> {
    const session = await manager.findOne(SessionEntity, { where: { id: sessionId } });
    if (!session || session.revokedAt) return;
    await manager.update(SessionEntity, { id: sessionId }, { revokedAt: () => 'now()', revokedReason: reason });
    await this.audit.record(manager, {
      actorId: session.userId,
      workspaceId: null,
      action: 'session.revoked',
      subjectType: 'Session',
      subjectId: sessionId,
      data: { reason },
    });
  }

  private async issueRefreshToken(manager: EntityManager, sessionId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.insert(RefreshTokenEntity, {
      sessionId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
    });
    return token;
  }
}
