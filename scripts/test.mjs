#!/usr/bin/env node
// `npm test`: installs what the tests need, checks lint, types and builds, then runs every
// test (API, portal, browser end-to-end) in one vitest run on one PostgreSQL.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { pnpm } from './pnpm.mjs';

const step = (title, args) => {
  console.log(`\n> ${title}`);
  const status = pnpm(args);
  if (status !== 0) {
    console.error(`\n${title} failed (exit ${status}).`);
    console.log('Tests: 0 passed, 1 failed');
    process.exit(status || 1);
  }
};

step('Installing dependencies', ['install', '--frozen-lockfile']);
if (!ensureChromium()) {
  console.log('Tests: 0 passed, 1 failed');
  process.exit(1);
}
step('Linting', ['exec', 'eslint', '.', '--max-warnings=0']);
step('Checking formatting', ['exec', 'prettier', '--check', '.']);
step('Type-checking the API', ['--filter', '@ascent/api', 'typecheck']);
step('Building the API', ['--filter', '@ascent/api', 'build']);
step('Building the portal (type-checks it too)', ['--filter', '@ascent/portal', 'build']);
step('Type-checking the cross-package tests', ['--filter', '@ascent/tests', 'typecheck']);

const reportDir = path.join(tmpdir(), `ascent-test-report-${process.pid}`);
mkdirSync(reportDir, { recursive: true });
const reportFile = path.join(reportDir, 'report.json');
console.log('\n> Running the tests');
const status = pnpm([
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportFile}`,
  ...process.argv.slice(2),
]);

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed = report.numPassedTests;
  failed =
    report.numFailedTests +
    (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
} catch {
  failed = 1;
}
rmSync(reportDir, { recursive: true, force: true });
if (status !== 0 && failed === 0) failed = 1;
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || status !== 0 ? 1 : 0);
