import { globalState } from './global-setup';

/** Drops the template and stops an embedded server, once all test files are done. */
export default async function teardown(): Promise<void> {
  await globalState.mpsTestTeardown?.();
}
