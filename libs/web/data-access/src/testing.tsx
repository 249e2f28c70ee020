/**
 * Component tests' GraphQL server (imported as '@mps/web-data-access/testing', never by the app): a DataProvider whose
 * client has the app's real cache and hooks, and answers each request from a list of expected requests with their
 * answers. A request nobody expected is answered with an error naming it, which the test then shows.
 */
export { gql } from '@urql/core';
import { Client, CombinedError, makeErrorResult, makeResult, stringifyDocument, formatDocument, type Exchange, type Operation } from '@urql/core';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { useState, type ReactNode } from 'react';
import { filter, fromPromise, mergeMap, pipe } from 'wonka';
import { createCacheExchange, DataClient, writeExchange } from './lib/graphql-client';
import { DataProvider } from './lib/graphql-hooks';

export interface MockedResponse {
  request: { query: DocumentNode; variables?: Record<string, unknown> };
  /** The answer; a function is called for each use. */
  result?: { data?: unknown; errors?: ReadonlyArray<GraphQLFormattedError> } | (() => { data?: unknown; errors?: ReadonlyArray<GraphQLFormattedError> });
  /** A failure to reach the server, in place of an answer. */
  error?: Error;
  /** How many requests this answers (1 by default; Infinity for any number). */
  maxUsageCount?: number;
  /** Milliseconds before the answer arrives. */
  delay?: number;
}

/** A request's failure as the client throws it when the server answers with these GraphQL errors. */
export function graphQLFailure(errors: ReadonlyArray<GraphQLFormattedError>): CombinedError {
  return new CombinedError({ graphQLErrors: errors as never });
}

/** Values equal in JSON terms, keys in any order, an undefined key the same as a missing one. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const defined = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const left = defined(a);
  const right = new Map(defined(b));
  return left.length === right.size && left.every(([k, v]) => right.has(k) && sameValue(v, right.get(k)));
}

function mockExchange(mocks: readonly MockedResponse[]): Exchange {
  const remaining = mocks.map((mock) => ({ mock, uses: mock.maxUsageCount ?? 1, text: stringifyDocument(formatDocument(mock.request.query)) }));
  const answer = async (operation: Operation) => {
    const text = stringifyDocument(operation.query);
    const entry = remaining.find((m) => m.uses > 0 && m.text === text && sameValue(m.mock.request.variables ?? {}, operation.variables ?? {}));
    await new Promise((resolve) => setTimeout(resolve, entry?.mock.delay ?? 0));
    if (!entry) {
      const name = operation.query.definitions.map((d) => ('name' in d ? d.name?.value : '')).join(' ');
      return makeErrorResult(operation, new Error(`No mocked response for ${name} with variables ${JSON.stringify(operation.variables)}`));
    }
    entry.uses -= 1;
    if (entry.mock.error) return makeErrorResult(operation, entry.mock.error);
    const result = typeof entry.mock.result === 'function' ? entry.mock.result() : entry.mock.result;
    return makeResult(operation, { data: (result?.data ?? null) as Record<string, unknown> | null, errors: result?.errors as never });
  };
  return () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap((operation) => fromPromise(answer(operation))),
    );
}

/** A DataClient answering from `mocks`, with the app's normalised cache. */
export function createMockedDataClient(mocks: readonly MockedResponse[]): DataClient {
  const exchange = mockExchange(mocks);
  return new DataClient(() => new Client({ url: '/graphql', requestPolicy: 'cache-and-network', exchanges: [createCacheExchange(), writeExchange, exchange] }));
}

export function MockedProvider({ mocks = [], children }: { mocks?: readonly MockedResponse[]; children: ReactNode }) {
  const [client] = useState(() => createMockedDataClient(mocks));
  return <DataProvider client={client}>{children}</DataProvider>;
}
