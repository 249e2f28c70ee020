import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import WebSocket from 'ws';
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

describe('compressed GraphQL answers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  /** POST /graphql with node:http (fetch would decode the body): the raw bytes and the headers. */
  const post = (query: string, acceptEncoding?: string) =>
    new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
      const url = new URL(`${t.baseUrl}/graphql`);
      const req = httpRequest(
        { hostname: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', fail);
        },
      );
      req.on('error', fail);
      req.end(JSON.stringify({ query }));
    });
  // Every type and field of the schema: tens of KB of JSON.
  const LARGE = /* GraphQL */ `{ __schema { types { name description fields { name description } } } }`;

  it('gzips a large answer for a client that accepts gzip, which decodes to the same JSON', async () => {
    const plain = await post(LARGE);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(10_000);
    const zipped = await post(LARGE, 'gzip');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toMatch(/accept-encoding/i);
    expect(zipped.headers['content-type']).toMatch(/json/);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
  });

  it("sends brotli to a browser that also accepts it (its Accept-Encoding)", async () => {
    const plain = await post(LARGE);
    const br = await post(LARGE, 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(JSON.parse(plain.body.toString('utf8')));
  });

  it('leaves a small answer, and any answer to a client without Accept-Encoding, plain', async () => {
    const small = await post('{ __typename }', 'gzip, br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
    const identity = await post(LARGE, 'identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(identity.body.toString('utf8')).data.__schema.types.length).toBeGreaterThan(10);
  });

  it('leaves the graphql-ws WebSocket on /graphql as it was (plain JSON messages, no compression)', async () => {
    const socket = new WebSocket(`${t.baseUrl.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { headers: { 'accept-encoding': 'gzip, br' }, perMessageDeflate: false });
    const first = new Promise<string>((done, fail) => {
      socket.on('message', (data: Buffer) => done(data.toString('utf8')));
      socket.on('error', fail);
    });
    await new Promise<void>((done, fail) => {
      socket.on('open', () => done());
      socket.on('error', fail);
    });
    socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    expect(JSON.parse(await first)).toMatchObject({ type: 'connection_ack' });
    socket.close();
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
