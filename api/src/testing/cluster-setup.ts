import { startTestCluster, TEST_DATABASE_ENV } from './database.js';

/** Root global setup: starts the run's one PostgreSQL, which every project's setup then uses. */
export default async function setup() {
  if (process.env[TEST_DATABASE_ENV]) return;
  const cluster = await startTestCluster();
  process.env[TEST_DATABASE_ENV] = cluster.adminUrl;
  return async () => {
    await cluster.stop();
    delete process.env[TEST_DATABASE_ENV];
  };
}
