import { Extensions } from '@nestjs/graphql';
import {
  BREAK,
  createSourceEventStream,
  type DocumentNode,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLField,
  type GraphQLSchema,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { DomainEvent } from '@mps/shared-domain';

/**
 * One event reaches hundreds of subscribers of a profile at once. graphql-js executes the subscription's selection
 * for each of them, although for most documents the answer cannot differ between them: the same event, the same
 * selection, fields that read only the event. Here an instance executes such a selection once per event and hands
 * every subscriber that same result (docs/adr/0036-one-execution-per-event.md).
 *
 * Sharing needs both sides to agree:
 * - the subscription's stream yields one payload object per event for all its subscribers (`SharedPayloads`), given
 *   only to subscribers allowed to receive it;
 * - every field the document selects answers the same for every viewer: a property of its parent (`isPropertyRead`)
 *   or a resolver marked `@SameForEveryViewer()`. One field that reads the caller (a `locale` that is
 *   only yours, `memberships` filtered by what you may see) makes the document execute per subscriber, as before.
 */

/** The field extension `@SameForEveryViewer()` sets. */
export const SAME_FOR_EVERY_VIEWER = 'sameForEveryViewer';

/**
 * Marks a field resolver whose answer depends only on its parent and arguments, never on who asks (no actor, no
 * context), so that one execution of a subscription event may serve every subscriber. Also needed on a
 * subscription's root field when it has a `resolve` option.
 */
export const SameForEveryViewer = () => Extensions({ [SAME_FOR_EVERY_VIEWER]: true });

/** Payloads that one subscription hands, as the same object, to every subscriber allowed to receive its event. */
const sharedPayloadObjects = new WeakSet<object>();

/**
 * One payload per event, built by the first subscriber that receives it and handed to every other. Each
 * subscription resolver keeps its own (a payload is that subscription's model of the event). Payloads and their
 * results are held only as long as the event is.
 */
export class SharedPayloads<T extends object> {
  private readonly byEvent = new WeakMap<DomainEvent, T>();

  of(event: DomainEvent, build: () => T): T {
    let payload = this.byEvent.get(event);
    if (!payload) {
      payload = build();
      sharedPayloadObjects.add(payload);
      this.byEvent.set(event, payload);
    }
    return payload;
  }
}

/** Whether every field `document` selects answers the same for every viewer (see the comment at the top). */
export function isSameForEveryViewer(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let same = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const field = typeInfo.getFieldDef();
        if (!field || !(field.name === '__typename' || isPropertyRead(field) || field.extensions?.[SAME_FOR_EVERY_VIEWER] === true)) {
          same = false;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return same;
}

/**
 * A field that only reads its parent's property: graphql-js's default (no resolver), or the one Nest's schema
 * builder gives every `@Field` without a resolver and without field middleware. Recognised by that function's name,
 * which Nest could rename one day: then nothing would be shared (never wrongly shared), and the profileEvents
 * integration spec, which expects the web's selection to be shareable, would fail.
 */
function isPropertyRead(field: GraphQLField<unknown, unknown>): boolean {
  return field.resolve === undefined || field.resolve.name === 'rootFieldResolver';
}

type Executed = ReturnType<typeof execute>;

/** Results by payload, then by request (document, operation, variables). */
const resultsByPayload = new WeakMap<object, Map<string, Executed>>();

/**
 * graphql-ws's `subscribe`: graphql-js's own `subscribe` (source stream, then one `execute` per event) except that
 * an event whose payload is shared, for a document that is the same for every viewer, is executed once per request
 * on this instance, and every subscriber of that request gets that one result.
 */
export async function subscribeSharingResults(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream;
  const request = isSameForEveryViewer(args.schema, args.document)
    ? [args.document.loc?.source.body ?? print(args.document), args.operationName ?? '', JSON.stringify(args.variableValues ?? {})].join('\u0000')
    : null;
  const executeEvent = (payload: unknown): Executed => {
    if (request === null || typeof payload !== 'object' || payload === null || !sharedPayloadObjects.has(payload)) {
      return execute({ ...args, rootValue: payload });
    }
    let results = resultsByPayload.get(payload);
    if (!results) resultsByPayload.set(payload, (results = new Map()));
    let result = results.get(request);
    if (!result) results.set(request, (result = withPlainData(execute({ ...args, rootValue: payload }))));
    return result;
  };
  return mapStream(stream, executeEvent);
}

/**
 * graphql-js builds its answers from `Object.create(null)` objects, which V8 keeps as dictionaries: JSON.stringify
 * writes them about 2.5 times slower than plain objects. A shared answer is written once per subscriber, so it is
 * copied into plain objects once. (Its data is JSON already: leaf values were serialised by their scalars.)
 */
function withPlainData(executed: Executed): Executed {
  const copy = (result: ExecutionResult): ExecutionResult => (result.data ? { ...result, data: plain(result.data) as ExecutionResult['data'] } : result);
  return executed instanceof Promise ? executed.then(copy) : copy(executed);
}

function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value !== 'object' || value === null) return value;
  // fromEntries defines each key as its own property, even an alias named __proto__.
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, plain(field)]));
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown>)?.[Symbol.asyncIterator] === 'function';
}

/**
 * Maps a stream as graphql-js's mapAsyncIterator does. Not an async generator: closing one that waits for its next
 * event would wait for that event, and the source stream (with its bus listener) would outlive the subscription.
 * `return` and `throw` go straight to the source.
 */
function mapStream<T, R>(source: AsyncIterable<T>, map: (value: T) => R | Promise<R>): AsyncIterableIterator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const mapResult = async (result: IteratorResult<T>): Promise<IteratorResult<R>> => {
    if (result.done) return { value: undefined, done: true };
    try {
      return { value: await map(result.value), done: false };
    } catch (error) {
      await iterator.return?.().catch(() => undefined);
      throw error;
    }
  };
  return {
    next: () => iterator.next().then(mapResult),
    return: () => (iterator.return ? iterator.return().then(mapResult) : Promise.resolve({ value: undefined, done: true })),
    throw: (error?: unknown) => (iterator.throw ? iterator.throw(error).then(mapResult) : Promise.reject(error)),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
