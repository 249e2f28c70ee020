import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@mps/api-core';
import { Actor, REFRESH_TOKEN_TTL_MS, SessionsService } from '@mps/api-iam';
import { readCookie, sessionCookieAttributes } from './refresh-cookie';
import { AccessTokenClaims, JWT_ALGORITHM, sessionActor } from './jwt.strategy';

export const PAGE_COOKIE_NAME = 'mps_page';
/** Sent with page loads under /profiles only: never to /graphql, assets or other pages (docs/adr/0031). */
export const PAGE_COOKIE_PATH = '/profiles';

/**
 * Who is reading, for the server's first paint of a section page (docs/adr/0031): the web app's session as an
 * HttpOnly, SameSite=Strict cookie scoped to `/profiles`, set and cleared with the refresh cookie. Its value is a
 * JWT naming the user and the session, signed with a key of its own (derived from JWT_SECRET), so it can never pass
 * as an access token, nor an access token as it. It only lets the server render what the person could read anyway,
 * and it dies with the session: every use checks that the session is live, as an access token's does.
 */
@Injectable()
export class PageCookie {
  private readonly key: Buffer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly sessions: SessionsService,
  ) {
    this.key = createHmac('sha256', config.jwtSecret).update('mps page cookie v1').digest();
  }

  async set(req: Request, res: Response, actor: Pick<Actor, 'userId' | 'sessionId'>): Promise<void> {
    const claims: AccessTokenClaims = { sub: actor.userId, sid: actor.sessionId };
    const token = await this.jwt.signAsync(claims, { secret: this.key, algorithm: JWT_ALGORITHM, expiresIn: REFRESH_TOKEN_TTL_MS / 1000 });
    res.cookie(PAGE_COOKIE_NAME, token, { ...this.attributes(req), maxAge: REFRESH_TOKEN_TTL_MS });
  }

  clear(req: Request, res: Response): void {
    res.clearCookie(PAGE_COOKIE_NAME, this.attributes(req));
  }

  /** The reader of a page request, or null (no cookie, a forged or expired one, or a session that has ended). */
  async reader(req: Request): Promise<Actor | null> {
    const token = readCookie(req.headers.cookie, PAGE_COOKIE_NAME);
    if (!token) return null;
    let claims: Partial<AccessTokenClaims>;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { secret: this.key, algorithms: [JWT_ALGORITHM] });
    } catch {
      return null;
    }
    return sessionActor(this.sessions, claims);
  }

  private attributes(req: Request) {
    return sessionCookieAttributes(this.config, req, PAGE_COOKIE_PATH);
  }
}
