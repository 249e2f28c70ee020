import { createClient, Client } from 'graphql-ws';
import type { Logger } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import WebSocket from 'ws';
import { QUERY_LIMITS } from '@mps/api-core';
import { FIXTURE_PASSWORD, Fixtures } from '@mps/api-testing';
import { signIn } from './support/sign-in';
import { GqlResponse, startTestApp, TestApp } from './support/test-app';

/**
 * Denial-of-service regressions (issue 12, item 1): each hostile request is
 * refused with BAD_USER_INPUT before any resolver runs (no SQL at all), the
 * body limit answers 413, one request signs in once, and /health keeps
 * answering meanwhile. How fast they are refused is measured by `npm run bench`.
 */

type Refusal = { status: number; body: GqlResponse };

// (a) members -> user -> memberships -> workspace, nested several times (12 s and 1.9 GB for 5 levels before).
const nestedMembers = (levels: number) => {
  let inner = 'id';
  for (let i = 0; i < levels; i += 1) inner = `members { user { memberships { workspace { ${inner} } } } }`;
  return `query($id: ID!) { workspace(id: $id) { ${inner} } }`;
};
// (b) a chain of 500 fragments, each one level deeper.
const fragmentChain = (count: number) => {
  const fragments = Array.from({ length: count }, (_, i) =>
    i === count - 1 ? `fragment F${i} on User { id }` : `fragment F${i} on User { id memberships { user { ...F${i + 1} } } }`,
  );
  return `query { me { ...F0 } } ${fragments.join(' ')}`;
};
// (c) one field repeated under many aliases.
const aliased = (count: number, field: string) =>
  `query { ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
// (d) about 3 MB of `id`, still under the body limit.
const hugeMe = () => `{ me { ${'id '.repeat(1_040_000)}} }`;

describe('query limits (denial of service)', () => {
  let t: TestApp;
  let observerToken: string;
  let workspaceId: string;
  let revisionIds: [string, string];
  let sectionId: string;
  const clients: Client[] = [];

  /** Records the SQL the app sends while `run` is in flight (TypeORM reports every query to its logger). */
  async function sqlDuring<T>(run: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
    const sql: string[] = [];
    const original = t.dataSource.logger;
    const recording: Logger = {
      logQuery: (query, parameters, runner) => (sql.push(query), original.logQuery(query, parameters, runner)),
      logQueryError: (...args) => original.logQueryError(...args),
      logQuerySlow: (...args) => original.logQuerySlow(...args),
      logSchemaBuild: (...args) => original.logSchemaBuild(...args),
      logMigration: (...args) => original.logMigration(...args),
      log: (...args) => original.log(...args),
    };
    Object.assign(t.dataSource, { logger: recording });
    try {
      return { result: await run(), sql };
    } finally {
      Object.assign(t.dataSource, { logger: original });
    }
  }

  async function post(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Refusal> {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as GqlResponse };
  }

  /** Sends a hostile request and checks it was refused with the limit's code before any resolver (no SQL). */
  async function expectRefused(query: string, variables: Record<string, unknown>, token: string | undefined, limits: string[]) {
    const { result, sql } = await sqlDuring(() => post(query, variables, token));
    expect(result.status).toBe(400);
    expect(result.body.data ?? null).toBeNull();
    expect(result.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    for (const error of result.body.errors ?? []) expect(limits).toContain(error.extensions['limit']);
    expect(sql).toEqual([]);
    return result.body.errors!;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const fx = new Fixtures(t.dataSource);
    const ws = await fx.workspace();
    workspaceId = ws.id;
    const org = await fx.organization(ws.id);
    const coordinator = await fx.member(ws.id, org.id, 'COORDINATOR');
    const observer = await fx.member(ws.id, org.id, 'OBSERVER');
    const coordinatorToken = (await signIn(t, coordinator.user.email)).accessToken;
    observerToken = (await signIn(t, observer.user.email)).accessToken;
    const profile = await t.gql(
      `mutation($w: ID!) { createProfile(input: { workspaceId: $w, title: "Limits", edition: "1" }) { id } }`,
      { w: ws.id },
      coordinatorToken,
    );
    const section = await t.gql(
      `mutation($p: ID!) { addSection(input: { profileId: $p, title: "Limits" }) { id } }`,
      { p: profile.data!['createProfile'].id },
      coordinatorToken,
    );
    sectionId = section.data!['addSection'].id;
    const ids: string[] = [];
    for (const text of ['one', 'two']) {
      const saved = await t.gql(
        `mutation($s: ID!, $b: ID, $c: JSON!) { saveSection(input: { sectionId: $s, baseRevisionId: $b, content: $c }) { id } }`,
        { s: sectionId, b: ids.at(-1) ?? null, c: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } },
        coordinatorToken,
      );
      ids.push(saved.data!['saveSection'].id);
    }
    revisionIds = [ids[0]!, ids[1]!];
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t?.close();
  });

  it('answers the same queries within the limits (the probes below are not refused for other reasons)', async () => {
    const shallow = await post(nestedMembers(1), { id: workspaceId }, observerToken);
    expect(shallow.body.errors).toBeUndefined();
    const fewAliases = await post(aliased(QUERY_LIMITS.maxAliases, `section(id: "${sectionId}") { revisions { id } }`), {}, observerToken);
    expect(fewAliases.body.errors).toBeUndefined();
  });

  it('(a) refuses members/memberships nested several levels, sent by an observer', async () => {
    for (const levels of [5, 3]) {
      const errors = await expectRefused(nestedMembers(levels), { id: workspaceId }, observerToken, ['depth', 'cost']);
      expect(errors.map((e) => e.message)).toContainEqual(expect.stringMatching(/depth limit of 7 exceeded/));
    }
  });

  it('(b) refuses a chain of 500 fragments', async () => {
    await expectRefused(fragmentChain(500), {}, observerToken, ['tokens']);
    // Within the token limit the chain is still too deep.
    await expectRefused(fragmentChain(12), {}, observerToken, ['depth', 'cost']);
  });

  it('(c) refuses 1,000 aliases of diffRevisions, and of a revisions list', async () => {
    const diff = `diffRevisions(fromId: "${revisionIds[0]}", toId: "${revisionIds[1]}") { hunks { op text } }`;
    await expectRefused(aliased(1000, diff), {}, observerToken, ['length', 'tokens', 'aliases']);
    await expectRefused(aliased(1000, `section(id: "${sectionId}") { revisions { id } }`), {}, observerToken, ['length', 'tokens', 'aliases']);
    const [error] = await expectRefused(aliased(QUERY_LIMITS.maxAliases + 1, diff), {}, observerToken, ['aliases']);
    expect(error!.message).toMatch(/Aliases limit of 10/);
  });

  it('(d) refuses an anonymous ~3 MB `{ me { id id id ... } }` before parsing it, and a shorter one while parsing', async () => {
    const query = hugeMe();
    expect(query.length).toBeGreaterThan(3_000_000);
    const [tooLong] = await expectRefused(query, {}, undefined, ['length']);
    expect(tooLong!.message).toMatch(/more than 100000 characters/);
    const [tooManyTokens] = await expectRefused(`{ me { ${'id '.repeat(30_000)}} }`, {}, undefined, ['tokens']);
    expect(tooManyTokens!.message).toMatch(/more th\w+ 1000 tokens/);
  });

  it('(e) answers a body over 3 MB with 413 and a JSON error, not 500', async () => {
    const { result, sql } = await sqlDuring(() => post(`{ me { ${'id '.repeat(1_100_000)}} }`));
    expect(result.status).toBe(413);
    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'body' });
    expect(sql).toEqual([]);
  });

  it('answers a body that is not JSON with 400 BAD_USER_INPUT', async () => {
    const res = await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as GqlResponse).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('signs in once per request: aliased logins are refused before any session starts', async () => {
    const fx = new Fixtures(t.dataSource);
    const user = await fx.user();
    const sessionsBefore = await t.dataSource.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [user.id]);
    const logins = Array.from(
      { length: 50 },
      (_, i) => `l${i}: login(email: $email, password: $password) { accessToken }`,
    ).join(' ');
    const [error] = await expectRefused(
      `mutation($email: String!, $password: String!) { ${logins} }`,
      { email: user.email, password: FIXTURE_PASSWORD },
      undefined,
      ['oncePerRequest', 'aliases'],
    );
    expect(error!.extensions.code).toBe('BAD_USER_INPUT');
    const [two] = await expectRefused(
      `mutation($email: String!, $password: String!) { a: login(email: $email, password: $password) { accessToken } b: login(email: $email, password: $password) { accessToken } }`,
      { email: user.email, password: FIXTURE_PASSWORD },
      undefined,
      ['oncePerRequest'],
    );
    expect(two!.message).toMatch(/login may appear only once/);
    const sessionsAfter = await t.dataSource.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [user.id]);
    expect(sessionsAfter[0].n).toBe(sessionsBefore[0].n);
    // One login still works.
    await signIn(t, user.email);
  });

  it('applies the same limits to graphql-ws subscriptions', async () => {
    const client = createClient({
      url: t.baseUrl.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${observerToken}` },
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(client);
    const firstError = (query: string) =>
      new Promise<Array<{ message: string; extensions?: Record<string, unknown> }>>((resolve, reject) => {
        client.subscribe({ query }, {
          next: (value) => reject(new Error(`unexpected result ${JSON.stringify(value)}`)),
          error: (error) => (Array.isArray(error) ? resolve(error) : reject(error)),
          complete: () => reject(new Error('completed without an error')),
        });
      });
    const deep = `subscription { profileEvents(profileId: "${sectionId}") { actor { memberships { workspace { members { user { memberships { workspace { id } } } } } } } } }`;
    expect((await firstError(deep))[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'depth' });
    const tooManyTokens = `subscription { profileEvents(profileId: "${sectionId}") { ${'type '.repeat(2000)}} }`;
    expect((await firstError(tooManyTokens))[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'tokens' });
  });

  it('keeps /health answering while large hostile requests are in flight', async () => {
    let hostileDone = 0;
    const hostile = Array.from({ length: 6 }, (_, i) =>
      post(i % 2 ? hugeMe() : fragmentChain(500), {}, i % 3 ? observerToken : undefined).then((r) => {
        hostileDone += 1;
        return r;
      }),
    );
    const health = await fetch(`${t.baseUrl}/health`);
    const answeredWhileInFlight = hostileDone < hostile.length;
    expect(health.status).toBe(200);
    const results = await Promise.all(hostile);
    expect(results.map((r) => r.body.errors?.[0]?.extensions.code)).toEqual(Array(6).fill('BAD_USER_INPUT'));
    expect(answeredWhileInFlight).toBe(true);
    expect((await fetch(`${t.baseUrl}/health`)).status).toBe(200);
  });
});
