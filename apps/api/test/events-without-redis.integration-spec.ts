import { Logger } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DomainEvent, EventBus, RedisEventBus } from '@mps/api-core';
import { Fixtures } from '@mps/api-testing';
import { deadPort, proxyToRedis, REDIS_URL, redisAnswers } from './support/redis';
import { signIn } from './support/sign-in';
import { startTestApp, TestApp } from './support/test-app';

const SAVE = `mutation($s: ID!, $b: ID, $c: JSON!) { saveSection(input: { sectionId: $s, baseRevisionId: $b, content: $c }) { id number } }`;
const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

const until = async (check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

// The promise of docs/adr/0005-event-delivery.md: a committed change is never an error for the client because
// its announcement could not go out.
describe('events while Redis is down', () => {
  let t: TestApp;
  let redisPort: number;
  let token: string;
  let profileId: string;
  let sectionId: string;
  const onThisInstance: DomainEvent[] = [];

  beforeAll(async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    redisPort = await deadPort();
    t = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${redisPort}` });
    t.app.get(EventBus).subscribe((e) => onThisInstance.push(e));
    const f = new Fixtures(t.dataSource);
    const ws = await f.workspace();
    const coordinator = await f.member(ws.id, (await f.organization(ws.id)).id, 'COORDINATOR');
    token = (await signIn(t, coordinator.user.email)).accessToken;
    const created = await t.gql(`mutation($w: ID!) { createProfile(input: { workspaceId: $w, title: "Offline", edition: "1" }) { id } }`, { w: ws.id }, token);
    profileId = created.data!['createProfile'].id;
  });
  afterAll(async () => {
    await t?.close();
    jest.restoreAllMocks();
  });

  it('answers outline changes and saves with what was committed, and tells this instance at once', async () => {
    const added = await t.gql(`mutation($p: ID!) { addSection(input: { profileId: $p, title: "Kept" }) { id title } }`, { p: profileId }, token);
    expect(added.errors).toBeUndefined();
    sectionId = added.data!['addSection'].id;

    const first = await t.gql(SAVE, { s: sectionId, b: null, c: doc('first') }, token);
    expect(first.errors).toBeUndefined();
    expect(first.data!['saveSection'].number).toBe(1);
    const second = await t.gql(SAVE, { s: sectionId, b: first.data!['saveSection'].id, c: doc('second') }, token);
    expect(second.data!['saveSection'].number).toBe(2);

    const rows = await t.dataSource.query('SELECT current_revision_id FROM sections WHERE id = $1', [sectionId]);
    expect(rows[0].current_revision_id).toBe(second.data!['saveSection'].id);
    expect(onThisInstance.map((e) => e.type)).toEqual(['SECTION_ADDED', 'SECTION_SAVED', 'SECTION_SAVED']);
    expect((t.app.get(EventBus) as RedisEventBus).pending).toBe(3);
  });

  (redisAnswers ? it : it.skip)('hands the held events to other instances once Redis is back, in order (skipped without Redis)', async () => {
    // The other instance of the same deployment: the same Redis prefix as the app under test.
    const other = new RedisEventBus(REDIS_URL, { prefix: t.config.redisPrefix });
    let proxy: { stop(): Promise<void> } | undefined;
    try {
      await other.ready();
      const onOther: DomainEvent[] = [];
      // Other test files may use the same Redis at the same time: keep this profile's events.
      other.subscribe((e) => 'profileId' in e && e.profileId === profileId && onOther.push(e));
      proxy = await proxyToRedis(redisPort);
      await until(() => onOther.length === 3);
      expect(onOther.map((e) => e.type)).toEqual(['SECTION_ADDED', 'SECTION_SAVED', 'SECTION_SAVED']);
      expect((t.app.get(EventBus) as RedisEventBus).pending).toBe(0);
    } finally {
      await other.close();
      await proxy?.stop();
    }
  });
});
