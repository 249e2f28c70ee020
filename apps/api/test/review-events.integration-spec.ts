import { createClient, Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import WebSocket from 'ws';
import { EventBus } from '@mps/api-core';
import { currentRevisionId, gqlOk, openCycle, reviewTwg, ReviewTwg, saveText, SIGN_OFF } from './support/reviews';
import { BOOT_TIMEOUT, startTestApp, TestApp } from './support/test-app';

const SUBSCRIBE = `subscription($p: ID!) { profileEvents(profileId: $p) { type profileId sectionId reviewCycleId } }`;

type Event = { type: string; sectionId: string | null; reviewCycleId: string | null };

/**
 * Live events reach only people who may read the section they concern, when they are sent (docs/domain.md settled
 * details): contributors get the events of their cycles' sections and nothing else.
 */
describe('profileEvents for review participants', () => {
  let t: TestApp;
  let twg: ReviewTwg;
  const clients: Client[] = [];
  let baseline = 0;

  /** Subscribes as `token`; `subscribed()` resolves once the server listens on its event bus for it. */
  function listen(token: string) {
    const c = createClient({
      url: t.baseUrl.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(c);
    const bus = t.app.get(EventBus);
    // Clients subscribing together must not take each other's listener for their own: the n-th client waits for n
    // listeners more than there were before the first, so once the last one is subscribed, all are.
    if (clients.length === 1) baseline = bus.listenerCount;
    const wanted = baseline + clients.length;
    const events: Event[] = [];
    const errors: unknown[] = [];
    c.subscribe(
      { query: SUBSCRIBE, variables: { p: twg.profileId } },
      { next: (value) => void events.push((value.data as { profileEvents: Event }).profileEvents), error: (e) => void errors.push(e), complete: () => undefined },
    );
    const until = async (check: () => boolean, what: string, ms = 10_000) => {
      const end = Date.now() + ms;
      while (!check()) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}; received ${JSON.stringify(events)}, errors ${JSON.stringify(errors)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    return { events, errors, until, subscribed: () => until(() => bus.listenerCount >= wanted, 'the subscription') };
  }

  const has = (events: Event[], type: string, sectionId: string | null) => events.some((e) => e.type === type && e.sectionId === sectionId);
  /** The review's own events: the tasks they cause (TASK_*, docs/adr/0014) are checked on their own below. */
  const review = (events: Event[]) => events.filter((e) => !e.type.startsWith('TASK_'));

  beforeAll(async () => {
    t = await startTestApp();
    twg = await reviewTwg(t);
  }, BOOT_TIMEOUT);
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t?.close();
  });

  it('sends participants the events of their cycle, coordinators everything, and a contributor outside every cycle nothing', async () => {
    const emigration = twg.sections['trends.emigration']!;
    const unreviewed = twg.sections['trends.return']!;
    const marker = twg.sections['trends.internal']!;
    await saveText(t, twg.tokens.coordinator, emigration, 'Emigration');

    const coordinator = listen(twg.tokens.coordinator);
    const participant = listen(twg.tokens.ngo);
    const outsider = listen(twg.tokens.outside);
    await Promise.all([coordinator.subscribed(), participant.subscribed(), outsider.subscribed()]);

    const cycle = await openCycle(t, twg, { title: 'Live', sections: [emigration], participants: [twg.orgs.ngo], signatories: [twg.orgs.university] });
    await saveText(t, twg.tokens.coordinator, unreviewed, 'Not under review');
    await gqlOk(t, SIGN_OFF, { i: { sectionId: emigration, revisionId: await currentRevisionId(t, emigration), decision: 'APPROVE' } }, twg.tokens.university);
    await saveText(t, twg.tokens.coordinator, emigration, 'Emigration, revised');

    // The coordinator hears everything, in order.
    await coordinator.until(() => review(coordinator.events).length >= 7, "the coordinator's seven events");
    expect(review(coordinator.events).map((e) => [e.type, e.sectionId])).toEqual([
      ['REVIEW_CYCLE_OPENED', null],
      ['SECTION_STATUS_CHANGED', emigration],
      ['SECTION_SAVED', unreviewed],
      ['SIGNOFF_GIVEN', emigration],
      ['SECTION_STATUS_CHANGED', emigration],
      ['SECTION_SAVED', emigration],
      ['SECTION_STATUS_CHANGED', emigration],
    ]);
    expect(coordinator.events[0]!.reviewCycleId).toBe(cycle);
    // The signatory's task: created with the cycle, done with its sign-off, open again after the new revision.
    await coordinator.until(() => coordinator.events.filter((e) => e.type.startsWith('TASK_')).length >= 3, "the coordinator's task events");
    expect(coordinator.events.filter((e) => e.type.startsWith('TASK_')).map((e) => e.type)).toEqual(['TASK_CREATED', 'TASK_STATUS_CHANGED', 'TASK_STATUS_CHANGED']);

    // The participant hears their cycle and its section, never the save of a section they cannot read.
    await participant.until(() => review(participant.events).length >= 6, "the participant's six events");
    expect(review(participant.events).map((e) => [e.type, e.sectionId])).toEqual([
      ['REVIEW_CYCLE_OPENED', null],
      ['SECTION_STATUS_CHANGED', emigration],
      ['SIGNOFF_GIVEN', emigration],
      ['SECTION_STATUS_CHANGED', emigration],
      ['SECTION_SAVED', emigration],
      ['SECTION_STATUS_CHANGED', emigration],
    ]);

    // Events reach each subscriber in publish order: once the outsider hears the cycle that admits them, every
    // earlier event has been weighed for them, and none passed.
    await openCycle(t, twg, { title: 'Marker', sections: [marker], participants: [twg.orgs.outside] });
    await outsider.until(() => has(outsider.events, 'SECTION_STATUS_CHANGED', marker), "the outsider's first own event");
    expect(review(outsider.events).map((e) => [e.type, e.sectionId])).toEqual([
      ['REVIEW_CYCLE_OPENED', null],
      ['SECTION_STATUS_CHANGED', marker],
    ]);
    expect(outsider.errors).toEqual([]);
  });
});
