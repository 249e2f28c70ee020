import { createRequest, type AnyVariables, type Client, type CombinedError, type OperationResult, type TypedDocumentNode } from '@urql/core';
import { useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Provider as UrqlProvider, useQuery as useUrqlQuery } from 'urql';
import { DataClientContext } from './data-client-context';
import { toRequestPolicy, type DataClient, type FetchPolicy, type RefetchTarget } from './graphql-client';

/**
 * The hooks screens read and write data with (ADR 0035). They sit on urql and its normalised cache, and keep the few
 * rules every screen relies on in one place: a mutation throws its failure (a screen awaits it and shows the problem),
 * queries named after a mutation are asked again, and `skip`, `fetchPolicy` and `refetch` mean what they say.
 */

/** Provides the app's GraphQL client, and the urql client of the moment (a new one after DataClient.reset()). */
export function DataProvider({ client, children }: { client: DataClient; children: ReactNode }) {
  const urql = useUrqlClientOf(client);
  return (
    <DataClientContext.Provider value={client}>
      <UrqlProvider value={urql}>{children}</UrqlProvider>
    </DataClientContext.Provider>
  );
}

export function useDataClient(): DataClient {
  const client = useContext(DataClientContext);
  if (!client) throw new Error('useDataClient() must be used inside <DataProvider>');
  return client;
}

/** The urql client of the moment: a new one after reset(). */
function useUrqlClientOf(client: DataClient): Client {
  const subscribe = useCallback((listener: () => void) => client.onReset(listener), [client]);
  return useSyncExternalStore(subscribe, () => client.urql);
}

/** A stable identity for variables that are equal in value (a fresh object literal on every render). */
function useStableVariables<TVariables>(variables: TVariables): TVariables {
  const key = JSON.stringify(variables ?? {});
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key is the value
  return useMemo(() => variables, [key]);
}

export interface QueryOptions<TVariables> {
  variables?: TVariables;
  /** Nothing is asked, and nothing is shown, while true. */
  skip?: boolean;
  /** cache-and-network by default: what the cache holds at once, and the server's answer after. */
  fetchPolicy?: FetchPolicy;
  /** `loading` is true during a refetch() too. */
  notifyOnNetworkStatusChange?: boolean;
}

export interface FetchMoreOptions<TData, TVariables> {
  variables: Partial<TVariables>;
  /** How the next page joins what is shown; it runs again whenever either part changes in the cache. */
  updateQuery(previous: TData, more: { fetchMoreResult: TData }): TData;
}

export interface QueryState<TData, TVariables> {
  data: TData | undefined;
  /** The data shown before the variables changed, while the new answer is on its way. */
  previousData: TData | undefined;
  loading: boolean;
  error: CombinedError | undefined;
  /** Asks the server again; rejects with the failure (the screen keeps what it showed). */
  refetch(variables?: Partial<TVariables>): Promise<{ data: TData }>;
  /** Asks for a further page (another cursor) and shows it after the others, as updateQuery joins them. */
  fetchMore(options: FetchMoreOptions<TData, TVariables>): Promise<{ data: TData }>;
}

/** The further pages of a query (fetchMore): their variables, and the latest answer of each from the cache. */
interface MorePages<TData, TVariables> {
  key: number;
  join: { updateQuery: FetchMoreOptions<TData, TVariables>['updateQuery'] } | null;
  pages: Array<{ variables: TVariables; data: TData | undefined }>;
}

export function useQuery<TData, TVariables extends AnyVariables = AnyVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  options: QueryOptions<NoInfer<TVariables>> = {},
): QueryState<TData, TVariables> {
  const client = useDataClient();
  const variables = useStableVariables((options.variables ?? {}) as TVariables);
  const [result] = useUrqlQuery<TData, TVariables>({
    query: document,
    variables,
    pause: options.skip === true,
    ...(options.fetchPolicy ? { requestPolicy: toRequestPolicy(options.fetchPolicy) } : {}),
  } as Parameters<typeof useUrqlQuery<TData, TVariables>>[0]);
  const [refetching, setRefetching] = useState(0);

  // On screen: a mutation's refetchQueries can name it.
  useEffect(() => {
    if (options.skip) return;
    return client.track(document as TypedDocumentNode<unknown, AnyVariables>, variables);
  }, [client, document, variables, options.skip]);

  const refetch = useCallback(
    async (more?: Partial<TVariables>) => {
      setRefetching((n) => n + 1);
      try {
        return await client.query({ query: document, variables: { ...variables, ...more } as TVariables, fetchPolicy: 'network-only' });
      } finally {
        setRefetching((n) => n - 1);
      }
    },
    [client, document, variables],
  );

  // The request's identity (document and variables): further pages and previousData belong to one request.
  const key = useMemo(() => createRequest(document, variables).key, [document, variables]);

  // Further pages: each one followed in the cache like the first, and joined to it by the screen's updateQuery.
  const [more, setMore] = useState<MorePages<TData, TVariables>>({ key, join: null, pages: [] });
  const pages = useMemo(() => (more.key === key ? more.pages : []), [more, key]);
  const pageKeys = JSON.stringify(pages.map((page) => page.variables));
  useEffect(() => {
    const subscriptions = pages.map((page, index) =>
      client.urql.query(document, page.variables, { requestPolicy: 'cache-first' }).subscribe((answer: OperationResult<TData, TVariables>) => {
        if (answer.data === undefined) return;
        setMore((current) =>
          current.key !== key || current.pages[index]?.data === answer.data
            ? current
            : { ...current, pages: current.pages.map((p, i) => (i === index ? { ...p, data: answer.data } : p)) },
        );
      }),
    );
    return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the pages' variables (pageKeys) decide what to follow
  }, [client, document, key, pageKeys]);

  const fetchMore = useCallback(
    async ({ variables: next, updateQuery }: FetchMoreOptions<TData, TVariables>) => {
      const pageVariables = { ...variables, ...next } as TVariables;
      const answer = await client.query({ query: document, variables: pageVariables, fetchPolicy: 'network-only' });
      setMore((current) => ({
        key,
        join: { updateQuery },
        pages: [...(current.key === key ? current.pages : []), { variables: pageVariables, data: answer.data }],
      }));
      return answer;
    },
    [client, document, key, variables],
  );

  // urql keeps showing the last answer while other variables are asked; here data is always these variables' own,
  // and the other answer is previousData.
  const own = !options.skip && result.operation?.key === key;
  const first = own ? result.data : undefined;
  const join = more.key === key ? more.join : null;
  const data = useMemo(() => {
    if (first === undefined || pages.length === 0 || !join) return first;
    return pages.reduce<TData>((shown, page) => (page.data === undefined ? shown : join.updateQuery(shown, { fetchMoreResult: page.data })), first);
  }, [first, pages, join]);

  return {
    data,
    previousData: own || options.skip ? undefined : result.data,
    loading: !options.skip && (result.fetching || (options.notifyOnNetworkStatusChange === true && refetching > 0)),
    error: own ? result.error : undefined,
    refetch,
    fetchMore,
  };
}

export interface LazyQueryState<TData> {
  called: boolean;
  data: TData | undefined;
  loading: boolean;
  error: CombinedError | undefined;
}

/** A query asked when the screen says so (a button), not when it appears. */
export function useLazyQuery<TData, TVariables extends AnyVariables = AnyVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  options: { fetchPolicy?: FetchPolicy } = {},
): [(run?: { variables?: NoInfer<TVariables> }) => Promise<{ data: TData | undefined; error: CombinedError | undefined }>, LazyQueryState<TData>] {
  const client = useDataClient();
  const [state, setState] = useState<LazyQueryState<TData>>({ called: false, data: undefined, loading: false, error: undefined });
  const fetchPolicy = options.fetchPolicy ?? 'cache-first';
  const run = useCallback(
    async (run: { variables?: TVariables } = {}) => {
      setState((current) => ({ ...current, called: true, loading: true }));
      try {
        const { data } = await client.query({ query: document, variables: run.variables, fetchPolicy });
        setState({ called: true, data, loading: false, error: undefined });
        return { data, error: undefined };
      } catch (error) {
        const failure = error as CombinedError;
        setState((current) => ({ ...current, called: true, loading: false, error: failure }));
        return { data: undefined, error: failure };
      }
    },
    [client, document, fetchPolicy],
  );
  return [run, state];
}

export interface MutationOptions {
  /** Queries to ask again once the mutation succeeded (by operation name, document, or document with variables). */
  refetchQueries?: readonly RefetchTarget[];
  /** The mutation's promise waits for those answers too. */
  awaitRefetchQueries?: boolean;
}

export interface MutationState<TData> {
  data: TData | undefined;
  loading: boolean;
  error: CombinedError | undefined;
  reset(): void;
}

/**
 * A mutation: `[mutate, state]`. mutate({ variables }) resolves with the answer's data, and throws the failure (a
 * CombinedError: describeError in errors.ts reads its code) so that the screen's own try/catch decides what to say.
 */
export function useMutation<TData, TVariables extends AnyVariables = AnyVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  options: MutationOptions = {},
): [(run?: { variables?: NoInfer<TVariables> } & MutationOptions) => Promise<{ data: TData }>, MutationState<TData>] {
  const client = useDataClient();
  const defaults = useRef(options);
  useEffect(() => {
    defaults.current = options;
  });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const [state, setState] = useState<{ data: TData | undefined; loading: boolean; error: CombinedError | undefined }>({
    data: undefined,
    loading: false,
    error: undefined,
  });
  const update = useCallback((next: { data: TData | undefined; loading: boolean; error: CombinedError | undefined }) => {
    if (mounted.current) setState(next);
  }, []);

  const mutate = useCallback(
    async (run: { variables?: TVariables } & MutationOptions = {}) => {
      update({ data: undefined, loading: true, error: undefined });
      try {
        const answer = await client.mutate({
          mutation: document,
          variables: run.variables,
          refetchQueries: run.refetchQueries ?? defaults.current.refetchQueries,
          awaitRefetchQueries: run.awaitRefetchQueries ?? defaults.current.awaitRefetchQueries,
        });
        update({ data: answer.data, loading: false, error: undefined });
        return answer;
      } catch (error) {
        update({ data: undefined, loading: false, error: error as CombinedError });
        throw error;
      }
    },
    [client, document, update],
  );
  const reset = useCallback(() => update({ data: undefined, loading: false, error: undefined }), [update]);
  return [mutate, { ...state, reset }];
}

export interface SubscriptionOptions<TData, TVariables> {
  variables?: TVariables;
  skip?: boolean;
  /** Called with each event (the hook's own data is then not kept when ignoreResults is set). */
  onData?: (event: { data: { data: TData | undefined; error: CombinedError | undefined } }) => void;
  ignoreResults?: boolean;
  /** Accepted for symmetry with queries: events are never cached as queries are. */
  fetchPolicy?: FetchPolicy;
}

/** Follows a subscription while the screen shows it: its latest event, and onData for each. */
export function useSubscription<TData, TVariables extends AnyVariables = AnyVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  options: SubscriptionOptions<TData, NoInfer<TVariables>> = {},
): { data: TData | undefined; error: CombinedError | undefined } {
  const client = useDataClient();
  const variables = useStableVariables((options.variables ?? {}) as TVariables);
  const onData = useRef(options.onData);
  useEffect(() => {
    onData.current = options.onData;
  });
  const keep = options.ignoreResults !== true;
  const [state, setState] = useState<{ data: TData | undefined; error: CombinedError | undefined }>({ data: undefined, error: undefined });
  const urql = useUrqlClientOf(client);

  useEffect(() => {
    if (options.skip) return;
    const subscription = urql.subscription(document, variables).subscribe((answer: OperationResult<TData, TVariables>) => {
      const event = { data: answer.data ?? undefined, error: answer.error };
      if (keep) setState(event);
      onData.current?.({ data: event });
    });
    return () => {
      subscription.unsubscribe();
      if (keep) setState({ data: undefined, error: undefined });
    };
  }, [urql, document, variables, options.skip, keep]);

  return state;
}
