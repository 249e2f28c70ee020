import { randomBytes, randomUUID } from 'node:crypto';
import { createClient, Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import WebSocket from 'ws';
import { EventBus } from '@mps/api-core';
import { PresenceStore } from '@mps/api-presence';
import { Fixtures } from '@mps/api-testing';
import { PRESENCE_LIMITS, PresenceEntry } from '@mps/shared-domain';
import { REDIS_URL, redisAnswers } from './support/redis';
import { openCycle, reviewTwg, ReviewTwg } from './support/reviews';
import { signIn } from './support/sign-in';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

const SUBSCRIBE = `subscription($s: ID!, $a: PresenceActivity!) {
  sectionPresence(sectionId: $s, activity: $a) { sectionId shown others { userId displayName organizationAcronym organizationName activity } }
}`;

interface Person {
  userId: string;
  displayName: string;
  organizationAcronym: string | null;
  organizationName: string | null;
  activity: 'VIEWING' | 'EDITING';
}
interface Presence {
  sectionId: string;
  shown: boolean;
  others: Person[];
}

/** Timeout of the test instances: renewals every second, so that expiry is seen in seconds. */
const TIMEOUT_SECONDS = '3';

/**
 * One browser tab with a section open: its own WebSocket, subscribed to the section's presence. `until` waits for
 * what the tab is shown; `close` leaves as closing the tab does (the socket goes).
 */
function tab(app: TestApp, token: string, sectionId: string, activity: 'VIEWING' | 'EDITING' = 'VIEWING') {
  const client: Client = createClient({
    url: app.baseUrl.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
  });
  const seen: Presence[] = [];
  const errors: Array<{ message: string; extensions?: { code?: string } }> = [];
  let completed = false;
  client.subscribe(
    { query: SUBSCRIBE, variables: { s: sectionId, a: activity } },
    {
      next: (value) => {
        if (value.data) seen.push((value.data as { sectionPresence: Presence }).sectionPresence);
        if (value.errors) errors.push(...(value.errors as typeof errors));
      },
      error: (error) => errors.push(...(Array.isArray(error) ? error : [{ message: String(error) }])),
      complete: () => (completed = true),
    },
  );
  const latest = () => seen.at(-1);
  const until = async (check: () => boolean, what: string, ms = 15_000) => {
    const end = Date.now() + ms;
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; seen ${JSON.stringify(seen)}, errors ${JSON.stringify(errors)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return {
    seen,
    errors,
    latest,
    isCompleted: () => completed,
    /** Waits until the latest list shows exactly these people (user id → activity). */
    sees: (expected: Record<string, 'VIEWING' | 'EDITING'>, what = JSON.stringify(expected)) =>
      until(() => {
        const now = latest();
        return (
          now !== undefined &&
          now.others.length === Object.keys(expected).length &&
          now.others.every((p) => expected[p.userId] === p.activity)
        );
      }, what),
    until,
    close: () => client.dispose(),
  };
}
type Tab = ReturnType<typeof tab>;

describe('section presence', () => {
  const tabs: Tab[] = [];
  const open = (...args: Parameters<typeof tab>) => {
    const t = tab(...args);
    tabs.push(t);
    return t;
  };
  afterAll(async () => {
    await Promise.all(tabs.map((t) => t.close()));
  });

  describe('without Redis, in one process', () => {
    let t: TestApp;
    let twg: ReviewTwg;
    let section: string;

    beforeAll(async () => {
      t = await startTestApp({ PRESENCE_TIMEOUT_SECONDS: TIMEOUT_SECONDS });
      twg = await reviewTwg(t);
      section = twg.sections['trends.emigration']!;
    }, BOOT_TIMEOUT);
    afterAll(async () => {
      await Promise.all(tabs.splice(0).map((x) => x.close()));
      await t?.close();
    });

    it('shows each reader the others with name, organisation and activity, never themselves, and a departure within seconds', async () => {
      const coordinator = open(t, twg.tokens.coordinator, section, 'VIEWING');
      await coordinator.sees({}, 'an empty section');
      expect(coordinator.latest()).toMatchObject({ sectionId: section, shown: true, others: [] });

      // The focal point's organisation (Labour) is assigned, so they may edit: shown editing.
      await t.gql(`mutation($s: ID!, $o: [ID!]!) { assignSection(sectionId: $s, organizationIds: $o) { id } }`, { s: section, o: [twg.orgs.labour] }, twg.tokens.coordinator);
      const focal = open(t, twg.tokens.focal, section, 'EDITING');
      await coordinator.sees({ [twg.userIds.focal]: 'EDITING' }, 'the focal point editing');
      await focal.sees({ [twg.userIds.coordinator]: 'VIEWING' }, 'the coordinator viewing');
      expect(coordinator.latest()!.others[0]).toMatchObject({ organizationAcronym: 'MOL', organizationName: 'Ministry of Labour' });
      expect(focal.latest()!.others[0]).toMatchObject({ organizationAcronym: 'LEAD' });

      await focal.close();
      await coordinator.sees({}, 'the focal point gone');
    });

    it('counts several tabs of one person once, editing if any tab edits, and keeps them shown until the last tab goes', async () => {
      const coordinator = open(t, twg.tokens.coordinator, section, 'VIEWING');
      const reading = open(t, twg.tokens.focal, section, 'VIEWING');
      await coordinator.sees({ [twg.userIds.focal]: 'VIEWING' });
      const editing = open(t, twg.tokens.focal, section, 'EDITING');
      await coordinator.sees({ [twg.userIds.focal]: 'EDITING' });
      expect(coordinator.latest()!.others).toHaveLength(1);
      // The person's own tabs do not see each other.
      await editing.sees({ [twg.userIds.coordinator]: 'VIEWING' });

      await editing.close();
      await coordinator.sees({ [twg.userIds.focal]: 'VIEWING' }, 'back to viewing once the editing tab closed');
      await reading.close();
      await coordinator.sees({}, 'gone with the last tab');
    });

    it('shows no one to those who may not read the section, and contributors only on the sections of their cycles', async () => {
      const reviewed = twg.sections['trends.immigration']!;
      const elsewhere = twg.sections['trends.internal']!;
      await openCycle(t, twg, { sections: [reviewed], participants: [twg.orgs.ngo] });

      const outsider = open(t, twg.tokens.outside, reviewed);
      const stranger = open(t, twg.tokens.stranger, reviewed);
      const participantElsewhere = open(t, twg.tokens.ngo, elsewhere);
      for (const refused of [outsider, stranger, participantElsewhere]) {
        await refused.until(() => refused.errors.length > 0 || refused.isCompleted(), 'a refusal');
        expect(refused.errors[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(refused.seen).toEqual([]);
      }

      const coordinator = open(t, twg.tokens.coordinator, reviewed, 'VIEWING');
      // A contributor may not edit: asking to be shown editing shows them viewing.
      const participant = open(t, twg.tokens.ngo, reviewed, 'EDITING');
      await coordinator.sees({ [twg.userIds.ngo]: 'VIEWING' }, 'the participant, viewing');
      await participant.sees({ [twg.userIds.coordinator]: 'VIEWING' }, 'the coordinator');
    });

    it('ends the stream of a session that ends, and the others see the person go', async () => {
      const coordinator = open(t, twg.tokens.coordinator, section, 'VIEWING');
      const f = new Fixtures(t.dataSource);
      const { user: observerUser } = await f.member(twg.workspaceId, twg.orgs.lead, 'OBSERVER');
      const observerSession = await signIn(t, observerUser.email);
      const observer = open(t, observerSession.accessToken, section, 'VIEWING');
      await coordinator.sees({ [observerUser.id]: 'VIEWING' });

      await t.gql(`mutation($r: String!) { logout(refreshToken: $r) }`, { r: observerSession.refreshToken });
      await observer.until(() => observer.isCompleted(), 'the stream to end');
      await coordinator.sees({}, 'the signed-out observer gone');
    });

    it('refuses a session that opens sections faster than allowed, and more at once than allowed', async () => {
      const f = new Fixtures(t.dataSource);
      const { user } = await f.member(twg.workspaceId, twg.orgs.lead, 'OBSERVER');
      const { accessToken } = await signIn(t, user.email);
      const held: Tab[] = [];
      for (let i = 0; i < PRESENCE_LIMITS.maxOpenPerSession; i++) held.push(open(t, accessToken, section));
      await Promise.all(held.map((h) => h.until(() => h.seen.length > 0, 'a held tab')));
      const tooMany = open(t, accessToken, section);
      await tooMany.until(() => tooMany.errors.length > 0, 'a refusal');
      expect(tooMany.errors[0]?.extensions?.code).toBe('RATE_LIMITED');
      await Promise.all(held.map((h) => h.close()));

      // The refused one counted as a start too; a window allows maxStartsPerMinute in all. Should the minute turn
      // during the test, the count starts again: one more window's worth is allowed for that.
      let started = PRESENCE_LIMITS.maxOpenPerSession + 1;
      let refusal: string | undefined;
      while (!refusal && started <= 2 * PRESENCE_LIMITS.maxStartsPerMinute + 2) {
        const next = open(t, accessToken, section);
        await next.until(() => next.seen.length > 0 || next.errors.length > 0, 'an answer');
        refusal = next.errors[0]?.extensions?.code;
        started++;
        await next.close();
      }
      expect(refusal).toBe('RATE_LIMITED');
      // Refused only past the allowance (a turning minute only lets more through).
      expect(started).toBeGreaterThan(PRESENCE_LIMITS.maxStartsPerMinute);
    });
  });

  (redisAnswers ? describe : describe.skip)('across two instances sharing Redis (skipped without Redis)', () => {
    let a: TestApp;
    let b: TestApp;
    let twg: ReviewTwg;
    let section: string;

    beforeAll(async () => {
      // One secret, as two instances of one deployment share it.
      const env = { REDIS_URL, PRESENCE_TIMEOUT_SECONDS: TIMEOUT_SECONDS, JWT_SECRET: randomBytes(32).toString('hex') };
      a = await startTestApp(env);
      b = await startTestApp(env, { sharedWith: a });
      twg = await reviewTwg(a);
      section = twg.sections['trends.emigration']!;
      await a.gql(`mutation($s: ID!, $o: [ID!]!) { assignSection(sectionId: $s, organizationIds: $o) { id } }`, { s: section, o: [twg.orgs.labour] }, twg.tokens.coordinator);
    }, BOOT_TIMEOUT);
    afterAll(async () => {
      await Promise.all(tabs.splice(0).map((x) => x.close()));
      await b?.close();
      await a?.close();
    });

    it('shows a person connected to one instance to a reader connected to the other, and their departure', async () => {
      const onA = open(a, twg.tokens.coordinator, section, 'VIEWING');
      await onA.sees({});
      const onB = open(b, twg.tokens.focal, section, 'EDITING');
      await onA.sees({ [twg.userIds.focal]: 'EDITING' }, 'the focal point on the other instance');
      await onB.sees({ [twg.userIds.coordinator]: 'VIEWING' }, 'the coordinator on the other instance');
      await onB.close();
      await onA.sees({}, 'the focal point gone');
      await onA.close();
    });

    it('lets an entry nobody renews (a crashed instance) expire by itself, with no departure announced', async () => {
      const reader = open(a, twg.tokens.coordinator, section, 'VIEWING');
      await reader.sees({});
      const ghost = randomUUID();
      const store = b.app.get(PresenceStore);
      const entry: PresenceEntry = {
        id: randomUUID(),
        userId: ghost,
        displayName: 'Crashed Tab',
        organizationAcronym: null,
        organizationName: null,
        activity: 'EDITING',
        expiresAt: Date.now() + Number(TIMEOUT_SECONDS) * 1000,
      };
      await store.upsert(section, entry, PRESENCE_LIMITS.maxEntriesPerSection, Date.now());
      // What the crashed instance announced before it went.
      b.app.get(EventBus).publish({ type: 'PRESENCE_CHANGED', workspaceId: twg.workspaceId, sectionId: section, actorId: ghost, at: new Date().toISOString() });
      await reader.sees({ [ghost]: 'EDITING' }, 'the entry of the crashed instance');
      await reader.sees({}, 'the entry expired');
      await reader.close();
    });

    it('lists at most a bounded number of people on a section; a newcomer beyond it sees the others but is not shown', async () => {
      const store = a.app.get(PresenceStore);
      const crowded = twg.sections['trends.return']!;
      for (let i = 0; i < PRESENCE_LIMITS.maxEntriesPerSection; i++) {
        await store.upsert(
          crowded,
          { id: randomUUID(), userId: randomUUID(), displayName: `Viewer ${i}`, organizationAcronym: null, organizationName: null, activity: 'VIEWING', expiresAt: Date.now() + 60_000 },
          PRESENCE_LIMITS.maxEntriesPerSection,
          Date.now(),
        );
      }
      const late = open(b, twg.tokens.coordinator, crowded, 'VIEWING');
      await late.until(() => late.seen.length > 0, 'the list');
      expect(late.latest()).toMatchObject({ shown: false });
      expect(late.latest()!.others).toHaveLength(PRESENCE_LIMITS.maxEntriesPerSection);
      expect((await store.list(crowded, Date.now())).some((e) => e.userId === twg.userIds.coordinator)).toBe(false);
      await late.close();
    });
  });
});
