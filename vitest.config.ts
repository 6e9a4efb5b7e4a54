import { defineConfig } from 'vitest/config';

// One run for every package; one PostgreSQL for the whole run (started here, shared
// by each project's own setup through ASCENT_TEST_DATABASE_URL).
export default defineConfig({
  test: {
    projects: ['api', 'portal', 'tests'],
    globalSetup: ['api/src/testing/cluster-setup.ts'],
  },
});
