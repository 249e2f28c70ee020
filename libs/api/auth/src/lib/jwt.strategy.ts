import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig, isUuid } from '@mps/api-core';
import { Actor, SessionsService } from '@mps/api-iam';

export const JWT_ALGORITHM = 'HS256';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

/**
 * Bearer access tokens: short-lived HS256 JWTs naming the user and session.
 * A token of a revoked session is refused even before it expires.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject made once: given the string, jsonwebtoken would build one per request.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as string,
      algorithms: [JWT_ALGORITHM],
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<Actor | false> {
    return (await sessionActor(this.sessions, claims)) ?? false;
  }
}

/**
 * The person a verified token names (`sub`, `sid`: an access token, or the page cookie), while that session is live;
 * null for claims of the wrong shape, a session that has ended, or a session of someone else.
 */
export async function sessionActor(sessions: SessionsService, claims: Partial<AccessTokenClaims> | null | undefined): Promise<Actor | null> {
  if (typeof claims?.sid !== 'string' || typeof claims?.sub !== 'string' || !isUuid(claims.sid)) return null;
  const active = await sessions.sessionPrincipal(claims.sid);
  if (!active || active.userId !== claims.sub) return null;
  return { userId: active.userId, sessionId: claims.sid, isPlatformAdmin: active.isPlatformAdmin, membershipCache: new Map() };
}
