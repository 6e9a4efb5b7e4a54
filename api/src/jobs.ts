import type { JobSpec } from './platform/jobs.js';

/**
 * Every background job of the app, one line per module's jobs; the queue in
 * platform/jobs.ts runs them. Add a module's jobs (its `*.jobs.ts`) at the end.
 */
export const jobs: JobSpec<never>[] = [];
