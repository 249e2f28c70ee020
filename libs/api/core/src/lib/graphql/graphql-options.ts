import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import { formatGraphQLError } from '../errors/error-mapping';
import { RequestLoaders } from '../loaders/loaders';

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
 * Apollo settings shared by the app and the schema generator. The schema is
 * built in memory at run time; `npm run schema:generate` writes the committed
 * copy (apps/api/schema.gql) and a test fails when that copy drifts.
 */
export function graphqlOptions(options: { production: boolean }): ApolloDriverConfig {
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    graphiql: !options.production,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Guards run once per operation, not per field: see docs/adr/0003-authorization.md.
    fieldResolverEnhancers: [],
    buildSchemaOptions: { dateScalarMode: 'isoDate', numberScalarMode: 'integer' },
    // Subscriptions over graphql-ws on the same path; the token comes in connection_init's payload.
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // graphql-ws sends results itself: shape their errors as Apollo's formatError does for HTTP.
        onNext: (_ctx: unknown, _id: unknown, _payload: unknown, _args: unknown, result: ExecutionResult) =>
          result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : result,
      },
    },
    context: (http: { req?: Request; res?: Response; connectionParams?: Record<string, unknown> }): GqlContext => ({
      req: http.req ?? webSocketRequest(http.connectionParams),
      res: http.res as Response,
      loaders: new RequestLoaders(),
    }),
    formatError,
  };
}
