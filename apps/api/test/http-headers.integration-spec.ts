import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, TestApp } from './support/test-app';

/** Security headers on every response, and introspection only where it is allowed (issue 12, item 3). */

const INTROSPECT = /* GraphQL */ `{ __schema { queryType { name } } }`;

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const policy = (header: string | null) =>
    Object.fromEntries((header ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

  it.each([
    ['GET /health', () => fetch(`${t.baseUrl}/health`)],
    ['POST /graphql', () => fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })],
    ['an unknown path', () => fetch(`${t.baseUrl}/nowhere`)],
  ])('%s carries a strict CSP, nosniff, a referrer policy and no framing', async (_name, send) => {
    const res = await send();
    const csp = policy(res.headers.get('content-security-policy'));
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['script-src-attr']).toEqual(["'none'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(Object.values(csp).flat()).not.toContain("'unsafe-eval'");
    expect(csp['script-src']).not.toContain("'unsafe-inline'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('sends HSTS only over TLS, as told by the proxy in X-Forwarded-Proto', async () => {
    const plain = await fetch(`${t.baseUrl}/health`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    // The test client connects from loopback, which is a trusted proxy address.
    const behindTls = await fetch(`${t.baseUrl}/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(behindTls.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('allows introspection outside production', async () => {
    const res = await t.gql(INTROSPECT);
    expect(res.errors).toBeUndefined();
    expect(res.data!['__schema'].queryType.name).toBe('Query');
  });
});

describe('introspection in production', () => {
  const production = { NODE_ENV: 'production' };

  it('is refused by default, with BAD_USER_INPUT', async () => {
    const t = await startTestApp(production);
    try {
      const res = await t.gql(INTROSPECT);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/introspection/i);
      const typeProbe = await t.gql(`{ __type(name: "User") { fields { name } } }`);
      expect(typeProbe.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      // Ordinary queries still work, and field suggestions do not leak the schema either.
      const typo = await t.gql(`{ workspacez { id } }`);
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    } finally {
      await t.close();
    }
  });

  it('is served when GRAPHQL_INTROSPECTION=true', async () => {
    const t = await startTestApp({ ...production, GRAPHQL_INTROSPECTION: 'true' });
    try {
      const res = await t.gql(INTROSPECT);
      expect(res.errors).toBeUndefined();
      expect(res.data!['__schema'].queryType.name).toBe('Query');
    } finally {
      await t.close();
    }
  });
});
