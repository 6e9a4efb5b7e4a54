import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Resolve from the api package: the server under test must share its copies of these.
const apiRequire = createRequire(new URL('../api/package.json', import.meta.url));

export default defineConfig({
  // type-graphql loads graphql's CommonJS build; the tests must use that same copy.
  resolve: { alias: [{ find: /^graphql$/, replacement: apiRequire.resolve('graphql') }] },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    globalSetup: ['../api/src/testing/global-setup.ts'],
    setupFiles: [apiRequire.resolve('reflect-metadata')],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
