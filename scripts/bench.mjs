#!/usr/bin/env node
// `npm run bench`: installs, builds the API, and runs the benchmark (tests/bench): the API
// against a minimal baseline server on a generated data set. Arguments are passed on,
// e.g. `npm run bench -- --duration 5`.
import { pnpm } from './pnpm.mjs';

const step = (title, args) => {
  console.log(`\n> ${title}`);
  const status = pnpm(args);
  if (status !== 0) {
    console.error(`\n${title} failed (exit ${status}).`);
    process.exit(status || 1);
  }
};

step('Installing dependencies', ['install', '--frozen-lockfile']);
step('Building the API', ['--filter', '@ascent/api', 'build']);
step('Running the benchmark', ['--filter', '@ascent/tests', 'bench', ...process.argv.slice(2)]);
