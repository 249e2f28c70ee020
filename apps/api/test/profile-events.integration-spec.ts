import { GraphQLSchemaHost } from '@nestjs/graphql';
import { parse } from 'graphql';
import { createClient, Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import WebSocket from 'ws';
import { EventBus, isSameForEveryViewer } from '@mps/api-core';
import { NotificationSweep } from '@mps/api-notifications';
import { Fixtures } from '@mps/api-testing';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

const SUBSCRIBE = `subscription($p: ID!) { profileEvents(profileId: $p) { type profileId sectionId at actor { email } } }`;

type Received = { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };

describe('profileEvents subscription (graphql-ws)', () => {
  let t: TestApp;
  const clients: Client[] = [];
  let coordinator: { token: string; refresh: string; email: string };
  let focal: { token: string; email: string };
  let outsiderToken: string;
  let profileId: string;
  let sectionId: string;
  /** The app's own listeners on the event bus (no subscription open). */
  let appListeners: number;

  const client = (token?: string) => {
    const c = createClient({
      url: t.baseUrl.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(c);
    return c;
  };

  /**
   * Subscribes and collects what arrives. `subscribed()` resolves once the server has registered the subscription
   * on its event bus (graphql-ws acknowledges the connection, not the subscription).
   */
  function listen(c: Client, query = SUBSCRIBE) {
    const bus = t.app.get(EventBus);
    const listenersBefore = bus.listenerCount;
    const received: Received[] = [];
    let completed = false;
    const waiters: Array<() => void> = [];
    const notify = () => waiters.splice(0).forEach((w) => w());
    c.subscribe(
      { query, variables: { p: profileId } },
      {
        next: (value) => (received.push(value as Received), notify()),
        error: (error) => (received.push({ errors: Array.isArray(error) ? error : [{ message: String(error) }] }), notify()),
        complete: () => ((completed = true), notify()),
      },
    );
    const until = async (check: () => boolean, ms = 5000) => {
      const end = Date.now() + ms;
      while (!check()) {
        if (Date.now() > end) throw new Error(`timed out; received ${JSON.stringify(received)}`);
        await new Promise<void>((r) => (waiters.push(r), setTimeout(r, 100)));
      }
    };
    const subscribed = () => until(() => bus.listenerCount > listenersBefore);
    return { received, until, subscribed, isCompleted: () => completed };
  }

  const save = (token: string, text: string, base: string | null) =>
    t.gql(`mutation($s: ID!, $b: ID, $c: JSON!) { saveSection(input: { sectionId: $s, baseRevisionId: $b, content: $c }) { id } }`, {
      s: sectionId,
      b: base,
      c: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    }, token);

  beforeAll(async () => {
    t = await startTestApp();
    const f = new Fixtures(t.dataSource);
    const ws = await f.workspace();
    const org = await f.organization(ws.id);
    const c = await f.member(ws.id, org.id, 'COORDINATOR');
    const fp = await f.member(ws.id, org.id, 'FOCAL_POINT');
    const other = await f.workspace();
    const o = await f.member(other.id, (await f.organization(other.id)).id, 'COORDINATOR');
    const cs = await signIn(t, c.user.email);
    coordinator = { token: cs.accessToken, refresh: cs.refreshToken, email: c.user.email };
    focal = { token: (await signIn(t, fp.user.email)).accessToken, email: fp.user.email };
    outsiderToken = (await signIn(t, o.user.email)).accessToken;
    const created = await t.gql(`mutation($w: ID!) { createProfile(input: { workspaceId: $w, title: "Live", edition: "1" }) { id } }`, { w: ws.id }, coordinator.token);
    profileId = created.data!['createProfile'].id;
    const added = await t.gql(`mutation($p: ID!) { addSection(input: { profileId: $p, title: "Live section" }) { id } }`, { p: profileId }, coordinator.token);
    sectionId = added.data!['addSection'].id;
    await t.gql(`mutation($s: ID!, $o: [ID!]!) { assignSection(sectionId: $s, organizationIds: $o) { id } }`, { s: sectionId, o: [org.id] }, coordinator.token);
    appListeners = t.app.get(EventBus).listenerCount;
  }, BOOT_TIMEOUT);
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t?.close();
  });

  it("tells a reader when someone else saves a section of the profile", async () => {
    const stream = listen(client(coordinator.token));
    await stream.subscribed();
    await save(focal.token, 'live text', null);
    await stream.until(() => stream.received.length > 0);
    expect(stream.received[0]!.data.profileEvents).toMatchObject({ type: 'SECTION_SAVED', profileId, sectionId, actor: { email: focal.email } });
  });

  it("executes the web app's selection once per event for all (ADR 0036), but a field that reads the caller per subscriber", async () => {
    // The web app's ProfileEvents selection reads only the event: one execution can serve every subscriber. If a
    // field of it lost its @SameForEveryViewer mark, this would fail and every subscriber would execute it again.
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const webSelection = 'subscription($p: ID!) { profileEvents(profileId: $p) { type profileId sectionId commentId reviewCycleId at actor { id displayName } } }';
    expect(isSameForEveryViewer(schema, parse(webSelection))).toBe(true);
    // A person's locale is only theirs to see: asked of the actor by the actor and by someone else, each gets their
    // own answer although the event and the selection are the same.
    const withLocale = 'subscription($p: ID!) { profileEvents(profileId: $p) { sectionId actor { email locale } } }';
    expect(isSameForEveryViewer(schema, parse(withLocale))).toBe(false);
    await t.gql(`mutation { setMyLocale(locale: "fr") { id } }`, {}, focal.token);
    const asFocal = listen(client(focal.token), withLocale);
    await asFocal.subscribed();
    const asCoordinator = listen(client(coordinator.token), withLocale);
    await asCoordinator.subscribed();
    const current = await t.dataSource.query('SELECT current_revision_id FROM sections WHERE id = $1', [sectionId]);
    await save(focal.token, 'seen by two', current[0].current_revision_id);
    await asFocal.until(() => asFocal.received.length > 0);
    await asCoordinator.until(() => asCoordinator.received.length > 0);
    expect(asFocal.received[0]!.data.profileEvents.actor).toEqual({ email: focal.email, locale: 'fr' });
    expect(asCoordinator.received[0]!.data.profileEvents.actor).toEqual({ email: focal.email, locale: null });
  });

  /** Polls until `check` holds (at most 5 s). */
  async function waitUntil(check: () => boolean): Promise<void> {
    const end = Date.now() + 5000;
    while (!check()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /**
   * The statements issued from a save until `count` new subscribers all have its event (the save's own included).
   * Its subscribers, and any left by earlier tests, are gone when it returns: each measure counts only its own.
   */
  async function statementsToDeliver(count: number, text: string): Promise<string[]> {
    const bus = t.app.get(EventBus);
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
    await waitUntil(() => bus.listenerCount === appListeners);
    const streams = Array.from({ length: count }, () => listen(client(coordinator.token)));
    await waitUntil(() => bus.listenerCount === appListeners + count);
    await t.app.get(NotificationSweep).settled();
    const logger = t.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    const statements: string[] = [];
    logger.logQuery = (sql, parameters, queryRunner) => (statements.push(sql), original(sql, parameters, queryRunner));
    try {
      const current = await t.dataSource.query('SELECT current_revision_id FROM sections WHERE id = $1', [sectionId]);
      await save(focal.token, text, current[0].current_revision_id);
      for (const stream of streams) await stream.until(() => stream.received.length > 0);
      await t.app.get(NotificationSweep).settled();
      return statements.filter((sql) => !sql.includes('current_revision_id FROM sections WHERE id = $1'));
    } finally {
      logger.logQuery = original;
      await Promise.all(clients.splice(0).map((c) => c.dispose()));
    }
  }

  it('reaches twelve subscribers with about the statements it takes for one (coalesced rechecks, ADR 0019)', async () => {
    // A first save takes other statements than the next ones (no base revision, no sign-offs to mark stale).
    await statementsToDeliver(0, 'warm-up');
    // The fewest of two runs each: background work only ever adds statements.
    const fewest = async (count: number, text: string) =>
      [await statementsToDeliver(count, text), await statementsToDeliver(count, `${text} again`)].sort((a, b) => a.length - b.length)[0]!;
    const saveAlone = (await fewest(0, 'for none')).length;
    const forOne = (await fewest(1, 'for one')).length - saveAlone;
    const forTwelve = await fewest(12, 'for twelve');
    // One subscriber's rechecks take a few statements (session, access, the actor); twelve subscribers' are read
    // together in one batch, or in two when a loaded machine hands the event to some of them a moment later.
    // Without coalescing it would take twelve.
    const sessionChecks = forTwelve.filter((sql) => sql.includes('FROM sessions WHERE id = ANY')).length;
    expect(sessionChecks === 1 || sessionChecks === 2).toBe(true);
    expect(forOne).toBeGreaterThan(0);
    expect(forTwelve.length - saveAlone).toBeLessThanOrEqual(2 * forOne);
  });

  it('refuses anonymous subscribers with UNAUTHENTICATED and other workspaces with NOT_FOUND', async () => {
    const anonymous = listen(client());
    await anonymous.until(() => anonymous.received.length > 0);
    expect(anonymous.received[0]!.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
    const outsider = listen(client(outsiderToken));
    await outsider.until(() => outsider.received.length > 0);
    expect(outsider.received[0]!.errors![0]!.extensions?.code).toBe('NOT_FOUND');
  });

  it('ends the stream once the session is revoked', async () => {
    const stream = listen(client(coordinator.token));
    await stream.subscribed();
    await t.gql(`mutation($r: String!) { logout(refreshToken: $r) }`, { r: coordinator.refresh });
    const current = await t.dataSource.query('SELECT current_revision_id FROM sections WHERE id = $1', [sectionId]);
    await save(focal.token, 'after logout', current[0].current_revision_id);
    await stream.until(() => stream.isCompleted());
    expect(stream.received).toEqual([]);
  });
});
