import type { TestProject } from 'vitest/node';
import { ensureTemplate, startTestCluster } from './database.js';

import './provided-context.js';

/** Vitest global setup: one PostgreSQL and one migrated template for the run. */
export default async function setup(project: TestProject) {
  const cluster = await startTestCluster();
  const template = await ensureTemplate(cluster.adminUrl);
  project.provide('databaseAdminUrl', cluster.adminUrl);
  project.provide('databaseTemplate', template);
  return async () => {
    await cluster.stop();
  };
}
