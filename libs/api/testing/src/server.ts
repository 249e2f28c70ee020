// The PostgreSQL helpers alone, without the fixtures (which load the domain libraries): Jest's global setup imports
// this entry point, because it runs in Jest's own process, where loading the GraphQL models of the domain libraries
// natively breaks a test file later run in that same process (`--runInBand`, or a single file): its Nest no longer
// recognises the `ID` scalar.
export * from './lib/postgres';
export * from './lib/test-server';
