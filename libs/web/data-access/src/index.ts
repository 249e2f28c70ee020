export { getFragmentData, graphql, makeFragmentData, type FragmentType } from './gql';
/** Types of the schema and of every typed document (generated). */
export type * from './gql/graphql';
export * from './lib/storage-keys';
export * from './lib/errors';
export * from './lib/session-manager';
export * from './lib/session-documents';
export * from './lib/graphql-client';
export * from './lib/graphql-hooks';
export * from './lib/auth-context';
export * from './lib/authorized-fetch';
export * from './lib/current-workspace';
export * from './lib/live-transport';
export * from './lib/file-download';
