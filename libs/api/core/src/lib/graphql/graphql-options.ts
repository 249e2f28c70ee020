import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { formatGraphQLError } from '../errors/error-mapping';
import { RequestLoaders } from '../loaders/loaders';

/** What every resolver receives as its GraphQL context. */
export interface GqlContext {
  req: Request;
  res: Response;
  loaders: RequestLoaders;
}

const logger = new Logger('GraphQL');

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
    context: ({ req, res }: { req: Request; res: Response }): GqlContext => ({
      req,
      res,
      loaders: new RequestLoaders(),
    }),
    formatError: (formatted, error) =>
      formatGraphQLError(formatted, error, (internal) =>
        logger.error(internal instanceof Error ? (internal.stack ?? internal.message) : String(internal)),
      ),
  };
}
