#!/usr/bin/env node
// `npm run dev`: the API with reload on the embedded database (port 4000) and the portal's
// Vite dev server (port 5173, forwarding /graphql to the API). Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pnpm } from './pnpm.mjs';

if (pnpm(['install', '--frozen-lockfile']) !== 0) process.exit(1);
const { packageManager } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const run = (filter, script) =>
  spawn('npx', ['-y', packageManager, '--filter', filter, script], {
    cwd: new URL('..', import.meta.url),
    stdio: 'inherit',
    env: { NODE_ENV: 'development', ...process.env },
  });
const children = [run('@ascent/api', 'dev'), run('@ascent/portal', 'dev')];
const stop = (signal) => children.forEach((child) => child.kill(signal));
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
for (const child of children) child.on('exit', (code) => (stop('SIGTERM'), process.exit(code ?? 0)));
