import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FIXTURE_PASSWORD, Fixtures } from '@mps/api-testing';
import type { OrganizationEntity, UserEntity, WorkspaceEntity } from '@mps/api-iam';
import { PASSWORD_MAX_LENGTH } from '@mps/shared-domain';
import { LOGIN, signIn } from './support/sign-in';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

/**
 * Sign-in, sessions and tokens (docs/domain.md "Settled details": revoking a
 * session also ends the access tokens issued to it, not only at expiry).
 */

const ME = /* GraphQL */ `query { me { id email } }`;
const LOGIN_FULL = /* GraphQL */ `
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken refreshToken
      user { id email displayName isPlatformAdmin memberships { role workspace { id } } }
    }
  }
`;
const REFRESH = /* GraphQL */ `
  mutation Refresh($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) { accessToken refreshToken user { id } }
  }
`;
const LOGOUT = /* GraphQL */ `mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }`;
const ADD_MEMBER = /* GraphQL */ `
  mutation AddMember($input: AddMemberInput!) { addMember(input: $input) { id role user { id email } } }
`;
const DEACTIVATE = /* GraphQL */ `mutation Deactivate($id: ID!) { deactivateMember(membershipId: $id) { id active } }`;
const WORKSPACE = /* GraphQL */ `query Ws($id: ID!) { workspace(id: $id) { id } }`;

// --- hand-made JWTs, to prove the server pins the algorithm and the key
const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');
function decodePart(token: string, index: 0 | 1): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[index]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}
function signJwt(header: Record<string, unknown>, payload: Record<string, unknown>, secret: string, hmac = 'sha256') {
  const body = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  return `${body}.${createHmac(hmac, secret).update(body).digest('base64url')}`;
}
const code = (res: { errors?: Array<{ extensions: { code: string } }> }) => res.errors?.[0]?.extensions.code;

describe('auth', () => {
  let t: TestApp;
  let fx: Fixtures;
  let ws: WorkspaceEntity;
  let org: OrganizationEntity;
  let coordinatorToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    fx = new Fixtures(t.dataSource);
    ws = await fx.workspace();
    org = await fx.organization(ws.id);
    const coordinator = await fx.member(ws.id, org.id, 'COORDINATOR');
    coordinatorToken = (await signIn(t, coordinator.user.email)).accessToken;
  }, BOOT_TIMEOUT);
  afterAll(async () => {
    await t?.close();
  });

  const newUser = (): Promise<UserEntity> => fx.user();

  it('login returns an access token, a refresh token and the user with their memberships', async () => {
    const { user } = await fx.member(ws.id, org.id, 'OBSERVER');
    const res = await t.gql(LOGIN_FULL, { email: user.email, password: FIXTURE_PASSWORD });
    expect(res.errors).toBeUndefined();
    const login = res.data!['login'];
    expect(login.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(typeof login.refreshToken).toBe('string');
    expect(login.refreshToken.length).toBeGreaterThanOrEqual(32);
    expect(login.user).toEqual({
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      isPlatformAdmin: false,
      memberships: [{ role: 'OBSERVER', workspace: { id: ws.id } }],
    });
  });

  it('accepts the e-mail in any case and with surrounding spaces', async () => {
    const user = await newUser();
    const res = await t.gql(LOGIN, { email: `  ${user.email.toUpperCase()} `, password: FIXTURE_PASSWORD });
    expect(res.errors).toBeUndefined();
    expect(res.data!['login'].user.id).toBe(user.id);
  });

  it('refuses a malformed e-mail or an over-long password as BAD_USER_INPUT on that field, without counting a failure', async () => {
    const malformed = await t.gql(LOGIN, { email: 'not-an-email', password: FIXTURE_PASSWORD });
    expect(code(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors![0]!.extensions['field']).toBe('email');
    expect(malformed.errors![0]!.message).toBe('Enter an email address in the correct format, like name@ministry.gov.');
    const user = await newUser();
    const long = await t.gql(LOGIN, { email: user.email, password: 'x'.repeat(PASSWORD_MAX_LENGTH + 1) });
    expect(code(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0]!.extensions['field']).toBe('password');
    const throttled = await t.dataSource.query(`SELECT count(*)::int AS n FROM login_throttles WHERE email = $1`, [user.email]);
    expect(throttled).toEqual([{ n: 0 }]);
  });

  it('answers an unknown e-mail and a wrong password with the same UNAUTHENTICATED message', async () => {
    const user = await newUser();
    const unknown = await t.gql(LOGIN, { email: `nobody-${Date.now()}@example.test`, password: FIXTURE_PASSWORD });
    const wrong = await t.gql(LOGIN, { email: user.email, password: 'not-the-password-at-all' });
    expect(unknown.data).toBeNull();
    expect(wrong.data).toBeNull();
    expect(code(unknown)).toBe('UNAUTHENTICATED');
    expect(code(wrong)).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
    expect(unknown.errors![0]!.extensions).toEqual(wrong.errors![0]!.extensions);
  });

  it('answers `me` with the access token, and refuses it without one', async () => {
    const user = await newUser();
    const { accessToken } = await signIn(t, user.email);
    const res = await t.gql(ME, {}, accessToken);
    expect(res.errors).toBeUndefined();
    expect(res.data!['me']).toEqual({ id: user.id, email: user.email });
    expect(code(await t.gql(ME))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(ME, {}, 'not-a-jwt'))).toBe('UNAUTHENTICATED');
  });

  describe('access token', () => {
    let user: UserEntity;
    let accessToken: string;
    beforeAll(async () => {
      user = await newUser();
      accessToken = (await signIn(t, user.email)).accessToken;
    });

    it('is an HS256 JWT naming the user and the session, valid for 15 minutes', () => {
      expect(decodePart(accessToken, 0)).toMatchObject({ alg: 'HS256', typ: 'JWT' });
      const claims = decodePart(accessToken, 1);
      expect(claims['sub']).toBe(user.id);
      expect(typeof claims['sid']).toBe('string');
      expect(Number(claims['exp']) - Number(claims['iat'])).toBe(15 * 60);
    });

    it('is refused when re-signed with alg "none"', async () => {
      const payload = decodePart(accessToken, 1);
      const none = `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64url(JSON.stringify(payload))}.`;
      expect(code(await t.gql(ME, {}, none))).toBe('UNAUTHENTICATED');
      // Same, without the trailing dot.
      expect(code(await t.gql(ME, {}, none.slice(0, -1)))).toBe('UNAUTHENTICATED');
    });

    it('is refused when signed with another secret', async () => {
      const forged = signJwt({ alg: 'HS256', typ: 'JWT' }, decodePart(accessToken, 1), randomBytes(32).toString('hex'));
      expect(code(await t.gql(ME, {}, forged))).toBe('UNAUTHENTICATED');
    });

    it('is refused when signed with the right secret but another algorithm (HS512)', async () => {
      const other = signJwt({ alg: 'HS512', typ: 'JWT' }, decodePart(accessToken, 1), t.config.jwtSecret, 'sha512');
      expect(code(await t.gql(ME, {}, other))).toBe('UNAUTHENTICATED');
    });

    it('is refused once expired, and accepted while not (control)', async () => {
      const claims = decodePart(accessToken, 1);
      const now = Math.floor(Date.now() / 1000);
      const header = { alg: 'HS256', typ: 'JWT' };
      const valid = signJwt(header, { ...claims, iat: now, exp: now + 60 }, t.config.jwtSecret);
      expect((await t.gql(ME, {}, valid)).data?.['me']?.id).toBe(user.id);
      const expired = signJwt(header, { ...claims, iat: now - 1000, exp: now - 100 }, t.config.jwtSecret);
      expect(code(await t.gql(ME, {}, expired))).toBe('UNAUTHENTICATED');
    });

    it('is refused when its subject is not the user of its session', async () => {
      const other = await newUser();
      const claims = decodePart(accessToken, 1);
      const now = Math.floor(Date.now() / 1000);
      const token = signJwt({ alg: 'HS256', typ: 'JWT' }, { ...claims, sub: other.id, iat: now, exp: now + 60 }, t.config.jwtSecret);
      expect(code(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    });
  });

  it('refreshSession rotates: a new, different refresh token and a working access token; the old one is refused', async () => {
    const user = await newUser();
    const first = await signIn(t, user.email);
    const res = await t.gql(REFRESH, { refreshToken: first.refreshToken });
    expect(res.errors).toBeUndefined();
    const second = res.data!['refreshSession'];
    expect(second.user.id).toBe(user.id);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await t.gql(ME, {}, second.accessToken)).data?.['me']?.id).toBe(user.id);
    const again = await t.gql(REFRESH, { refreshToken: first.refreshToken });
    expect(code(again)).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(REFRESH, { refreshToken: 'never-issued' }))).toBe('UNAUTHENTICATED');
  });

  it('reusing a rotated refresh token revokes the whole session: the newest refresh token and its access tokens stop working', async () => {
    const user = await newUser();
    const first = await signIn(t, user.email);
    const second = (await t.gql(REFRESH, { refreshToken: first.refreshToken })).data!['refreshSession'];
    const third = (await t.gql(REFRESH, { refreshToken: second.refreshToken })).data!['refreshSession'];
    expect((await t.gql(ME, {}, third.accessToken)).data?.['me']?.id).toBe(user.id);

    // Someone replays the first (already used) refresh token.
    expect(code(await t.gql(REFRESH, { refreshToken: first.refreshToken }))).toBe('UNAUTHENTICATED');

    expect(code(await t.gql(REFRESH, { refreshToken: third.refreshToken }))).toBe('UNAUTHENTICATED');
    for (const accessToken of [first.accessToken, second.accessToken, third.accessToken]) {
      expect(code(await t.gql(ME, {}, accessToken))).toBe('UNAUTHENTICATED');
    }
    // Another session of the same person is not affected.
    const other = await signIn(t, user.email);
    expect((await t.gql(ME, {}, other.accessToken)).data?.['me']?.id).toBe(user.id);
  });

  it('logout revokes the session: its access token is refused at once, and its refresh token too', async () => {
    const user = await newUser();
    const session = await signIn(t, user.email);
    const otherSession = await signIn(t, user.email);
    expect((await t.gql(ME, {}, session.accessToken)).data?.['me']?.id).toBe(user.id);
    const res = await t.gql(LOGOUT, { refreshToken: session.refreshToken });
    expect(res.errors).toBeUndefined();
    expect(res.data!['logout']).toBe(true);
    expect(code(await t.gql(ME, {}, session.accessToken))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(REFRESH, { refreshToken: session.refreshToken }))).toBe('UNAUTHENTICATED');
    // Only that session ends.
    expect((await t.gql(ME, {}, otherSession.accessToken)).data?.['me']?.id).toBe(user.id);
    // Logout is idempotent, also for tokens it never issued.
    expect((await t.gql(LOGOUT, { refreshToken: session.refreshToken })).data?.['logout']).toBe(true);
    expect((await t.gql(LOGOUT, { refreshToken: 'never-issued' })).data?.['logout']).toBe(true);
  });

  describe('refresh token in an HttpOnly cookie (the web app)', () => {
    const COOKIE = { 'x-refresh-token-transport': 'cookie' };
    const REFRESH_BY_COOKIE = /* GraphQL */ `mutation { refreshSession { accessToken refreshToken user { id } } }`;
    const LOGOUT_BY_COOKIE = /* GraphQL */ `mutation { logout }`;
    const setCookie = (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith('mps_refresh='));
    const cookieValue = (header: string | undefined) => /^mps_refresh=([^;]*)/.exec(header ?? '')?.[1] ?? '';

    async function cookieSignIn(email: string) {
      const { response, body } = await t.post(LOGIN, { email, password: FIXTURE_PASSWORD }, COOKIE);
      expect(body.errors).toBeUndefined();
      return { response, body, cookie: setCookie(response) };
    }

    it('login sets the refresh token as an HttpOnly, SameSite=Strict cookie scoped to /graphql, and keeps it out of the body', async () => {
      const user = await newUser();
      const { body, cookie } = await cookieSignIn(user.email);
      expect(cookie).toBeDefined();
      const attributes = cookie!.split(';').map((a) => a.trim().toLowerCase());
      expect(cookieValue(cookie).length).toBeGreaterThanOrEqual(32);
      expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/graphql', 'max-age=2592000']));
      // Plain http outside production (the test server): not Secure, or the browser would drop it.
      expect(attributes).not.toContain('secure');
      expect(body.data!['login'].refreshToken).toBe('');
      expect((await t.gql(ME, {}, body.data!['login'].accessToken)).data?.['me']?.id).toBe(user.id);
      // Refreshing with the cookie's value works: it is the real token.
      expect((await t.gql(REFRESH, { refreshToken: cookieValue(cookie) })).errors).toBeUndefined();
    });

    it('is Secure over https (X-Forwarded-Proto from a trusted proxy)', async () => {
      const user = await newUser();
      const { response } = await t.post(LOGIN, { email: user.email, password: FIXTURE_PASSWORD }, { ...COOKIE, 'x-forwarded-proto': 'https' });
      expect(setCookie(response)!.toLowerCase()).toContain('; secure');
    });

    it('refreshSession without an argument rotates the cookie; the old value is then refused and ends the session', async () => {
      const user = await newUser();
      const first = cookieValue((await cookieSignIn(user.email)).cookie);
      const { response, body } = await t.post(REFRESH_BY_COOKIE, {}, { ...COOKIE, cookie: `other=1; mps_refresh=${first}` });
      expect(body.errors).toBeUndefined();
      expect(body.data!['refreshSession'].user.id).toBe(user.id);
      expect(body.data!['refreshSession'].refreshToken).toBe('');
      const second = cookieValue(setCookie(response));
      expect(second).not.toBe(first);
      expect(second.length).toBeGreaterThanOrEqual(32);
      expect((await t.gql(ME, {}, body.data!['refreshSession'].accessToken)).data?.['me']?.id).toBe(user.id);
      // A replayed (already rotated) cookie is refused and revokes the session, as with the argument.
      const replay = await t.post(REFRESH_BY_COOKIE, {}, { ...COOKIE, cookie: `mps_refresh=${first}` });
      expect(code(replay.body)).toBe('UNAUTHENTICATED');
      expect(code((await t.post(REFRESH_BY_COOKIE, {}, { ...COOKIE, cookie: `mps_refresh=${second}` })).body)).toBe('UNAUTHENTICATED');
      // No cookie at all: the session is over.
      expect(code((await t.post(REFRESH_BY_COOKIE, {}, COOKIE)).body)).toBe('UNAUTHENTICATED');
    });

    it('reads the cookie only with the custom header and a JSON body (against cross-site request forgery)', async () => {
      const user = await newUser();
      const token = cookieValue((await cookieSignIn(user.email)).cookie);
      // What a forged cross-site form or fetch without the header could send:
      const noHeader = await t.post(REFRESH_BY_COOKIE, {}, { cookie: `mps_refresh=${token}` });
      expect(code(noHeader.body)).toBe('BAD_USER_INPUT');
      expect(setCookie(noHeader.response)).toBeUndefined();
      const form = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', ...COOKIE, cookie: `mps_refresh=${token}` },
        body: JSON.stringify({ query: REFRESH_BY_COOKIE }),
      });
      expect(form.status).toBeGreaterThanOrEqual(400);
      expect(form.status).toBeLessThan(500);
      expect(setCookie(form)).toBeUndefined();
      // None of them used the token: it still works.
      expect((await t.post(REFRESH_BY_COOKIE, {}, { ...COOKIE, cookie: `mps_refresh=${token}` })).body.errors).toBeUndefined();
    });

    it('logout without an argument ends the cookie\'s session and clears the cookie', async () => {
      const user = await newUser();
      const { body, cookie } = await cookieSignIn(user.email);
      const token = cookieValue(cookie);
      const { response, body: out } = await t.post(LOGOUT_BY_COOKIE, {}, { ...COOKIE, cookie: `mps_refresh=${token}` });
      expect(out.data!['logout']).toBe(true);
      const cleared = setCookie(response)!;
      expect(cookieValue(cleared)).toBe('');
      expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
      expect(cleared.toLowerCase()).toContain('path=/graphql');
      expect(code(await t.gql(ME, {}, body.data!['login'].accessToken))).toBe('UNAUTHENTICATED');
      expect(code(await t.gql(REFRESH, { refreshToken: token }))).toBe('UNAUTHENTICATED');
    });

    it('API clients that pass the token as an argument work as before and get no cookie', async () => {
      const user = await newUser();
      const login = await t.post(LOGIN, { email: user.email, password: FIXTURE_PASSWORD });
      expect(setCookie(login.response)).toBeUndefined();
      const refreshToken = login.body.data!['login'].refreshToken;
      const refreshed = await t.post(REFRESH, { refreshToken });
      expect(setCookie(refreshed.response)).toBeUndefined();
      expect(refreshed.body.data!['refreshSession'].refreshToken.length).toBeGreaterThanOrEqual(32);
      expect((await t.post(LOGOUT, { refreshToken: refreshed.body.data!['refreshSession'].refreshToken })).body.data!['logout']).toBe(true);
    });
  });

  describe('login throttling', () => {
    // Each test signs in from its own addresses (X-Forwarded-For, trusted from the loopback test client).
    let nextAddress = 0;
    const newAddress = () => `203.0.113.${(nextAddress += 1)}`;
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const attempt = (email: string, password: string, address: string) => t.gql(LOGIN, { email, password }, undefined, from(address));
    const retryAfter = (res: { errors?: Array<{ extensions: Record<string, unknown> }> }) =>
      Number(res.errors?.[0]?.extensions['retryAfterSeconds']);
    const endLock = (email: string, address: string) =>
      t.dataSource.query(
        `UPDATE login_throttles SET locked_until = now() - interval '1 second' WHERE email = $1 AND address = $2`,
        [email, address],
      );

    it('after 5 failures for one e-mail from one address, the next attempt there is RATE_LIMITED at once even with the right password; other e-mails are unaffected', async () => {
      const victim = await newUser();
      const bystander = await newUser();
      const address = newAddress();
      for (let i = 0; i < 5; i++) {
        const res = await attempt(victim.email, `wrong-password-${i}`, address);
        expect({ attempt: i + 1, code: code(res) }).toEqual({ attempt: i + 1, code: 'UNAUTHENTICATED' });
      }
      const limited = await attempt(victim.email, FIXTURE_PASSWORD, address);
      expect(code(limited)).toBe('RATE_LIMITED');
      expect(limited.data).toBeNull();
      // A hint for when to try again, in the error's extensions: the first lock-out lasts a minute.
      expect(retryAfter(limited)).toBeGreaterThan(50);
      expect(retryAfter(limited)).toBeLessThanOrEqual(60);
      // The e-mail is matched after normalisation: case does not get around it.
      expect(code(await attempt(victim.email.toUpperCase(), FIXTURE_PASSWORD, address))).toBe('RATE_LIMITED');
      const other = await attempt(bystander.email, FIXTURE_PASSWORD, address);
      expect(other.errors).toBeUndefined();
      expect(other.data!['login'].user.id).toBe(bystander.id);

      // Once the lock-out is over, the right password works again, and the failures are forgotten.
      await endLock(victim.email, address);
      const later = await attempt(victim.email, FIXTURE_PASSWORD, address);
      expect(later.errors).toBeUndefined();
      for (let i = 0; i < 4; i++) expect(code(await attempt(victim.email, `wrong-again-${i}`, address))).toBe('UNAUTHENTICATED');
      expect(code(await attempt(victim.email, FIXTURE_PASSWORD, address))).toBeUndefined();
    });

    it('lock-outs grow: every failure after a lock-out locks for twice as long', async () => {
      const victim = await newUser();
      const address = newAddress();
      for (let i = 0; i < 5; i++) await attempt(victim.email, `wrong-${i}`, address);
      const periods = [retryAfter(await attempt(victim.email, FIXTURE_PASSWORD, address))];
      for (let round = 0; round < 3; round++) {
        await endLock(victim.email, address);
        expect(code(await attempt(victim.email, `wrong-after-lock-${round}`, address))).toBe('UNAUTHENTICATED');
        periods.push(retryAfter(await attempt(victim.email, FIXTURE_PASSWORD, address)));
      }
      // About 1, 2, 4 and 8 minutes (a few seconds pass between the lock and the question).
      expect(periods.map((seconds) => Math.round(seconds / 60))).toEqual([1, 2, 4, 8]);
    });

    it('failures from one address never stop the owner signing in from another', async () => {
      const owner = await newUser();
      const attacker = newAddress();
      for (let i = 0; i < 8; i++) {
        await endLock(owner.email, attacker);
        await attempt(owner.email, `attacker-guess-${i}`, attacker);
      }
      expect(code(await attempt(owner.email, FIXTURE_PASSWORD, attacker))).toBe('RATE_LIMITED');
      const atHome = await attempt(owner.email, FIXTURE_PASSWORD, newAddress());
      expect(atHome.errors).toBeUndefined();
      expect(atHome.data!['login'].user.id).toBe(owner.id);
    });

    it('limits one address across accounts: after 20 failures with different e-mails, every sign-in from it is RATE_LIMITED; other addresses are not', async () => {
      const address = newAddress();
      const user = await newUser();
      const codes: Array<string | undefined> = [];
      for (let i = 0; i < 40; i++) {
        codes.push(code(await attempt(`sprayed-${i}-${Date.now()}@example.test`, 'Password-2024!', address)));
      }
      expect(codes.slice(0, 20).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
      expect(codes.slice(20).every((c) => c === 'RATE_LIMITED')).toBe(true);
      const refused = await attempt(user.email, FIXTURE_PASSWORD, address);
      expect(code(refused)).toBe('RATE_LIMITED');
      expect(retryAfter(refused)).toBeGreaterThan(0);
      expect((await attempt(user.email, FIXTURE_PASSWORD, newAddress())).errors).toBeUndefined();
    });

    it('successful sign-ins do not count against an address (an office behind one address)', async () => {
      const address = newAddress();
      const users = await Promise.all(Array.from({ length: 3 }, () => newUser()));
      for (let i = 0; i < 25; i++) {
        const res = await attempt(users[i % users.length]!.email, FIXTURE_PASSWORD, address);
        expect({ signIn: i + 1, errors: res.errors }).toEqual({ signIn: i + 1, errors: undefined });
      }
      const [row] = await t.dataSource.query(`SELECT failures FROM login_throttles WHERE scope = 'address' AND address = $1`, [address]);
      expect(row.failures).toBe(0);
    });

    it('also holds for attempts sent in parallel: exactly 5 guesses are checked, and counted', async () => {
      const victim = await newUser();
      const address = newAddress();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => attempt(victim.email, `parallel-wrong-${i}`, address)),
      );
      const codes = results.map(code);
      expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
      expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(15);
      const [row] = await t.dataSource.query(
        `SELECT failures FROM login_throttles WHERE scope = 'account-address' AND email = $1 AND address = $2`,
        [victim.email, address],
      );
      expect(row.failures).toBe(5);
      expect(code(await attempt(victim.email, FIXTURE_PASSWORD, address))).toBe('RATE_LIMITED');
    });

    it('also holds across accounts in parallel: exactly 20 guesses from one address are checked', async () => {
      const address = newAddress();
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => attempt(`parallel-${i}-${Date.now()}@example.test`, 'Password-2024!', address)),
      );
      expect(results.map(code).filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(20);
    });

    it('ignores X-Forwarded-For from a client that is not a trusted proxy (as with TRUST_PROXY=false)', async () => {
      // Two apps in one process would share Passport's strategy, so this one changes its own setting for a moment.
      t.app.set('trust proxy', false);
      try {
        const victim = await newUser();
        for (let i = 0; i < 5; i++) {
          // A forged address per attempt does not make a new key: the connection's address counts.
          await attempt(victim.email, `wrong-${i}`, newAddress());
        }
        expect(code(await attempt(victim.email, FIXTURE_PASSWORD, newAddress()))).toBe('RATE_LIMITED');
      } finally {
        t.app.set('trust proxy', t.config.trustProxy);
      }
      expect(t.config.trustProxy).toBe('loopback, linklocal, uniquelocal');
    });
  });

  describe('passwords and deactivation', () => {
    it('addMember for a new user with a password shorter than 12 characters is BAD_USER_INPUT, and no account is made', async () => {
      const email = `short-${Date.now()}@example.test`;
      const res = await t.gql(
        ADD_MEMBER,
        { input: { workspaceId: ws.id, organizationId: org.id, email, displayName: 'Short', password: 'elevenchars', role: 'OBSERVER' } },
        coordinatorToken,
      );
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(/12/);
      expect(await t.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email])).toEqual([]);
      // Exactly 12 characters is enough, and the new member can sign in with it.
      const ok = await t.gql(
        ADD_MEMBER,
        { input: { workspaceId: ws.id, organizationId: org.id, email, displayName: 'Short', password: 'twelve-chars', role: 'OBSERVER' } },
        coordinatorToken,
      );
      expect(ok.errors).toBeUndefined();
      expect((await signIn(t, email, 'twelve-chars')).user.id).toBe(ok.data!['addMember'].user.id);
    });

    it('deactivating a member ends their access to the workspace at once, but not their session', async () => {
      const { user, membership } = await fx.member(ws.id, org.id, 'FOCAL_POINT');
      const session = await signIn(t, user.email);
      expect((await t.gql(WORKSPACE, { id: ws.id }, session.accessToken)).data?.['workspace']?.id).toBe(ws.id);

      const res = await t.gql(DEACTIVATE, { id: membership.id }, coordinatorToken);
      expect(res.errors).toBeUndefined();
      expect(res.data!['deactivateMember']).toEqual({ id: membership.id, active: false });

      // ADR 0015: the same access token is refused in that workspace, and still signed in (other workspaces work).
      expect(code(await t.gql(WORKSPACE, { id: ws.id }, session.accessToken))).toBe('NOT_FOUND');
      expect(code(await t.gql(ME, {}, session.accessToken))).toBeUndefined();
      expect(code(await t.gql(REFRESH, { refreshToken: session.refreshToken }))).toBeUndefined();
    });

    it('ends access even within one document: after deactivating themselves, a coordinator cannot go on', async () => {
      const other = await fx.workspace();
      const otherOrg = await fx.organization(other.id);
      const leaving = await fx.member(other.id, otherOrg.id, 'COORDINATOR');
      await fx.member(other.id, otherOrg.id, 'COORDINATOR');
      const { accessToken } = await signIn(t, leaving.user.email);
      const name = `After leaving ${Date.now()}`;
      const res = await t.gql(
        /* GraphQL */ `
          mutation ($id: ID!, $org: CreateOrganizationInput!) {
            leave: deactivateMember(membershipId: $id) { id active }
            after: createOrganization(input: $org) { id }
          }
        `,
        { id: leaving.membership.id, org: { workspaceId: other.id, name, kind: 'OTHER' } },
        accessToken,
      );
      // Both fields are non-null, so the refused second one nulls `data`: check the first in the database.
      expect(res.errors?.map((e) => [e.path?.[0], e.extensions.code])).toEqual([['after', 'NOT_FOUND']]);
      const [membership] = await t.dataSource.query(`SELECT deactivated_at FROM memberships WHERE id = $1`, [
        leaving.membership.id,
      ]);
      expect(membership.deactivated_at).not.toBeNull();
      expect(await t.dataSource.query(`SELECT id FROM organizations WHERE name = $1`, [name])).toEqual([]);
    });
  });
});
