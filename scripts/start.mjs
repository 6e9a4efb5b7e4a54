#!/usr/bin/env node
// `npm start`: installs, builds the portal and the API, and starts Ascent on one port.
import { spawn } from 'node:child_process';
import { pnpm } from './pnpm.mjs';

const step = (title, args) => {
  console.log(`\n> ${title}`);
  const status = pnpm(args);
  if (status !== 0) {
    console.error(`\n${title} failed (exit ${status}).`);
    process.exit(status);
  }
};

step('Installing dependencies', ['install', '--frozen-lockfile']);
step('Building the portal', ['--filter', '@ascent/portal', 'build']);
step('Building the API', ['--filter', '@ascent/api', 'build']);

const server = spawn(process.execPath, ['api/dist/api/src/main.js'], {
  cwd: new URL('..', import.meta.url),
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
