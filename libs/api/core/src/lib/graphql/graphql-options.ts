import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { ServerOptions, SubscribePayload } from 'graphql-ws';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { formatGraphQLError } from '../errors/error-mapping';
import { RequestLoaders } from '../loaders/loaders';
import { ApolloPlugin, inputErrors, inputGuardPlugin } from './input-guard';
import { apolloQueryLimits, parseWithLimits, validateWithLimits } from './query-limits';
import { subscribeSharingResults } from './shared-subscription-results';

/** What every resolver receives as its GraphQL context. */
export interface GqlContext {
  req: Request;
  res: Response;
  loaders: RequestLoaders;
}

const logger = new Logger('GraphQL');

const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
  formatGraphQLError(formatted, error, (internal) =>
    logger.error(internal instanceof Error ? (internal.stack ?? internal.message) : String(internal)),
  );

/** A WebSocket subscription has no HTTP request: give the guard one with the connection's token. */
function webSocketRequest(connectionParams: Record<string, unknown> = {}): Request {
  const authorization = connectionParams['authorization'] ?? connectionParams['Authorization'];
  return { headers: typeof authorization === 'string' ? { authorization } : {} } as Request;
}

/**
 * graphql-ws gets the same limits and input checks as HTTP. Its own parse step
 * cannot answer with an error (a throw closes the socket), so the query is
 * parsed here first: within the token limit, this is cheap.
 */
function checkSubscribe(payload: SubscribePayload): GraphQLError[] | undefined {
  try {
    const errors = inputErrors(parseWithLimits(payload.query), payload.variables ?? undefined);
    return errors.length ? errors : undefined;
  } catch (error) {
    return [error instanceof GraphQLError ? error : new GraphQLError('The query could not be parsed.')];
  }
}

/**
 * graphql-ws options. Nest passes all of them to graphql-ws's useServer
 * (GqlSubscriptionService spreads them) but its type names only some, hence
 * the graphql-ws type here.
 */
function graphqlWsOptions(): Partial<ServerOptions> & { path: string } {
  return {
    path: '/graphql',
    onSubscribe: (_ctx, _id, payload) => checkSubscribe(payload),
    parse: (source) => parseWithLimits(source),
    validate: (schema, document) => validateWithLimits(schema, document),
    // One execution per event for every subscriber whose answer cannot differ (shared-subscription-results.ts).
    subscribe: subscribeSharingResults,
    // graphql-ws sends results and errors itself: shape them as Apollo's formatError does for HTTP.
    onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : result,
  };
}

/**
 * Apollo settings shared by the app and the schema generator. The schema is
 * built in memory at run time; `npm run schema:generate` writes the committed
 * copy (apps/api/schema.gql) and a test fails when that copy drifts.
 */
export function graphqlOptions(options: { production: boolean; introspection: boolean }): ApolloDriverConfig {
  const limits = apolloQueryLimits();
  return {
    ...limits,
    // Apollo's cache-control plugin (on by default) hooks every field of every response to compute an HTTP cache
    // policy we never use (responses are per user): that per-field work is a large share of the profile screen.
    // (Nest's config types Apollo's ESM build, this import resolves to the CommonJS types: same object, hence the cast.)
    plugins: [...limits.plugins, inputGuardPlugin, ApolloServerPluginCacheControlDisabled() as unknown as ApolloPlugin],
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    graphiql: options.introspection && !options.production,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    // Guards run once per operation, not per field: see docs/adr/0003-authorization.md.
    fieldResolverEnhancers: [],
    buildSchemaOptions: { dateScalarMode: 'isoDate', numberScalarMode: 'integer' },
    // Subscriptions over graphql-ws on the same path; the token comes in connection_init's payload.
    subscriptions: { 'graphql-ws': graphqlWsOptions() as GraphQLWsSubscriptionsConfig },
    context: (http: { req?: Request; res?: Response; connectionParams?: Record<string, unknown> }): GqlContext => ({
      req: http.req ?? webSocketRequest(http.connectionParams),
      res: http.res as Response,
      loaders: new RequestLoaders(),
    }),
    formatError,
  };
}
