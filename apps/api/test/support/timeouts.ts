import { jest } from '@jest/globals';

// Integration tests boot the app and talk to PostgreSQL: 30 s per test (and per hook, unless it passes BOOT_TIMEOUT).
// Set here because Jest reads `testTimeout` only from the top-level configuration, not per project.
jest.setTimeout(30_000);
