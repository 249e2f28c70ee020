import { describe, expect, it } from '@jest/globals';
import { ExecutionResult, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { InProcessEventBus } from '../events/event-bus';
import { eventStream } from '../events/event-stream';
import { isSameForEveryViewer, SAME_FOR_EVERY_VIEWER, SharedPayloads, subscribeSharingResults } from './shared-subscription-results';
import { sampleSectionSaved as saved } from '../events/sample-events';

interface Payload {
  sectionId: string;
}
interface Viewer {
  name: string;
}

/**
 * A schema shaped like profileEvents: `title` reads only the event (marked), `seenBy` reads the caller, `raw` is a
 * plain property. Resolver calls are counted to see how often each subscriber's selection was executed.
 */
function harness(options: { share: boolean }) {
  const calls = { title: 0, seenBy: 0 };
  const bus = new InProcessEventBus();
  const payloads = new SharedPayloads<Payload>();
  const Event = new GraphQLObjectType<Payload, Viewer>({
    name: 'Event',
    fields: {
      raw: { type: GraphQLString, resolve: undefined },
      title: {
        type: GraphQLString,
        extensions: { [SAME_FOR_EVERY_VIEWER]: true },
        resolve: (event) => (calls.title++, `Section ${event.sectionId}`),
      },
      seenBy: { type: GraphQLString, resolve: (_event, _args, viewer) => (calls.seenBy++, viewer.name) },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        events: {
          type: Event,
          extensions: { [SAME_FOR_EVERY_VIEWER]: true },
          subscribe: () =>
            eventStream<Payload>(bus, async (event) => {
              if (event.type !== 'SECTION_SAVED') return null;
              const build = () => ({ sectionId: event.sectionId, raw: event.revisionId });
              return options.share ? payloads.of(event, build) : build();
            }),
          resolve: (payload: Payload) => payload,
        },
      },
    }),
  });
  const subscribe = async (query: string, viewer: Viewer) => {
    const stream = await subscribeSharingResults({ schema, document: parse(query), contextValue: viewer });
    if (!(Symbol.asyncIterator in stream)) throw new Error(JSON.stringify(stream));
    return stream;
  };
  return { bus, calls, schema, subscribe };
}

const next = async (stream: AsyncIterator<ExecutionResult>) => (await stream.next()).value as ExecutionResult;

describe('isSameForEveryViewer', () => {
  const { schema } = harness({ share: true });

  it('holds when every selected field is a plain property or marked as the same for everyone', () => {
    expect(isSameForEveryViewer(schema, parse('subscription { events { raw title __typename } }'))).toBe(true);
    expect(isSameForEveryViewer(schema, parse('subscription { events { ...F } } fragment F on Event { title }'))).toBe(true);
  });

  it('fails when any field, even in a fragment, reads who is asking', () => {
    expect(isSameForEveryViewer(schema, parse('subscription { events { title seenBy } }'))).toBe(false);
    expect(isSameForEveryViewer(schema, parse('subscription { events { ...F } } fragment F on Event { seenBy }'))).toBe(false);
    expect(isSameForEveryViewer(schema, parse('subscription { events { nosuchfield } }'))).toBe(false);
  });
});

describe('subscribeSharingResults', () => {
  it('executes a shared event once for every subscriber of the same request', async () => {
    const { bus, calls, subscribe } = harness({ share: true });
    const query = 'subscription { events { title raw } }';
    const streams = await Promise.all(['Ana', 'Ben', 'Chloé'].map((name) => subscribe(query, { name })));
    const results = streams.map((stream) => next(stream));
    bus.publish(saved(1));
    expect(await Promise.all(results)).toEqual(Array(3).fill({ data: { events: { title: 'Section s1', raw: 'r1' } } }));
    expect(calls.title).toBe(1);
  });

  it('hands out plain objects (quicker to write to each socket), keeping every key', async () => {
    const { bus, subscribe } = harness({ share: true });
    const stream = await subscribe('subscription { events { title __proto__: raw } }', { name: 'Ana' });
    const result = next(stream);
    bus.publish(saved(1));
    const events = (await result).data?.['events'] as object;
    expect(Object.getPrototypeOf(events)).toBe(Object.prototype);
    expect(JSON.stringify(events)).toBe('{"title":"Section s1","__proto__":"r1"}');
  });

  it('executes per subscriber when the selection reads who is asking, and each gets their own answer', async () => {
    const { bus, calls, subscribe } = harness({ share: true });
    const query = 'subscription { events { title seenBy } }';
    const streams = await Promise.all(['Ana', 'Ben'].map((name) => subscribe(query, { name })));
    const results = streams.map((stream) => next(stream));
    bus.publish(saved(1));
    expect((await Promise.all(results)).map((r) => r.data?.['events'])).toEqual([
      { title: 'Section s1', seenBy: 'Ana' },
      { title: 'Section s1', seenBy: 'Ben' },
    ]);
    expect(calls.seenBy).toBe(2);
  });

  it('executes per subscriber when the payload is not shared, and per request when variables differ', async () => {
    const unshared = harness({ share: false });
    const streams = await Promise.all(['Ana', 'Ben'].map((name) => unshared.subscribe('subscription { events { title } }', { name })));
    const results = streams.map((stream) => next(stream));
    unshared.bus.publish(saved(1));
    await Promise.all(results);
    expect(unshared.calls.title).toBe(2);

    const shared = harness({ share: true });
    const [withTitle, withoutTitle] = await Promise.all([
      shared.subscribe('subscription { events { raw title } }', { name: 'Ana' }),
      shared.subscribe('subscription { events { raw } }', { name: 'Ben' }),
    ]);
    const both = [next(withTitle), next(withoutTitle)];
    shared.bus.publish(saved(2));
    expect((await Promise.all(both)).map((r) => r.data?.['events'])).toEqual([{ raw: 'r2', title: 'Section s2' }, { raw: 'r2' }]);
  });

  it('closing a subscription that waits for its next event unsubscribes it from the bus at once', async () => {
    const { bus, subscribe } = harness({ share: true });
    const stream = await subscribe('subscription { events { title } }', { name: 'Ana' });
    const pending = stream.next();
    expect(bus.listenerCount).toBe(1);
    await stream.return!();
    expect(bus.listenerCount).toBe(0);
    expect(await pending).toEqual({ value: undefined, done: true });
  });
});
