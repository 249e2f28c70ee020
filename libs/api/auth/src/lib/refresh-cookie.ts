import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig, BadUserInputError } from '@mps/api-core';
import { REFRESH_TOKEN_TTL_MS } from '@mps/api-iam';
import { REFRESH_COOKIE_NAME, REFRESH_COOKIE_PATH, REFRESH_TOKEN_TRANSPORT_HEADER } from '@mps/shared-domain';

/**
 * The refresh token as an HttpOnly cookie, for the web app (libs/shared/domain
 * session-cookie.ts). Against cross-site request forgery the cookie is
 * SameSite=Strict, and it is only read when the request also carries the custom
 * header (which a cross-site page cannot send without a CORS preflight that this
 * server never grants) and a JSON body (Apollo refuses simple form posts).
 */
@Injectable()
export class RefreshCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** True when the client asked for the cookie transport (HTTP only: a WebSocket has no cookies to set). */
  requested(req: Request | undefined): boolean {
    return req?.headers?.[REFRESH_TOKEN_TRANSPORT_HEADER] === 'cookie';
  }

  /** The refresh token to use: the argument when given, else the cookie (cookie transport only). */
  token(req: Request | undefined, argument: string | null | undefined): string {
    if (typeof argument === 'string') return argument;
    if (!req || !this.requested(req)) {
      throw new BadUserInputError(
        `Give the refreshToken argument, or send the header ${REFRESH_TOKEN_TRANSPORT_HEADER}: cookie to use the session cookie.`,
        'refreshToken',
      );
    }
    if (!req.is('application/json')) {
      throw new BadUserInputError('The session cookie is only read from JSON requests.', 'refreshToken');
    }
    return readCookie(req.headers.cookie, REFRESH_COOKIE_NAME) ?? '';
  }

  set(req: Request, res: Response, refreshToken: string): void {
    res.cookie(REFRESH_COOKIE_NAME, refreshToken, { ...this.attributes(req), maxAge: REFRESH_TOKEN_TTL_MS });
  }

  clear(req: Request, res: Response): void {
    res.clearCookie(REFRESH_COOKIE_NAME, this.attributes(req));
  }

  private attributes(req: Request) {
    return sessionCookieAttributes(this.config, req, REFRESH_COOKIE_PATH);
  }
}

/** The attributes of the web app's session cookies (refresh and page): HttpOnly, SameSite=Strict, one path each. */
export function sessionCookieAttributes(config: AppConfig, req: Request, path: string) {
  return {
    httpOnly: true,
    // Outside production a developer may serve over plain http; over https (also behind a trusted proxy) always Secure.
    secure: config.isProduction || req.secure,
    sameSite: 'strict' as const,
    path,
  };
}

/** One cookie's value from a Cookie header (refresh tokens are base64url: nothing to decode). */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim() || null;
  }
  return null;
}
