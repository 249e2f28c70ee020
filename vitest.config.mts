import { defineConfig } from 'vitest/config';

// Vitest runs the web's component tests (jsdom), as Nx's Vite setup does; the API's tests run on Jest
// (jest.config.mjs, docs/adr/0002-jest-for-the-api-vitest-for-the-web.md).
export default defineConfig({
  test: {
    projects: ['apps/web/vite.config.mts'],
  },
});
