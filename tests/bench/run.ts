/**
 * The benchmark: the project's built API against a minimal baseline server
 * (baseline-server.ts: node:http + graphql-js + pg), over the same generated data set,
 * under the same load, with every response checked.
 *
 *   bench [--duration 10] [--rounds 5] [--warmup 2] [--connections 10] [--case viewer] [--profile]
 *
 * Each server gets `duration` seconds of load per case, in `rounds` alternating slices.
 *
 * --profile writes a V8 CPU profile of the project's API process (its whole life, load
 * included) to results/, for a profiler such as Chrome DevTools.
 *
 * It builds nothing: the API must have been built first. It reports against the targets
 * but fails (exit 1) only when a response is wrong or the run cannot complete.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { cases, type BenchCase } from './cases.js';
import { loadFixture, type Fixture } from './fixture.js';
import {
  SESSION_COOKIE,
  addTally,
  checkResponse,
  emptyTally,
  percentile,
  requestsPerSecond,
  runLoad,
  type CheckedRequest,
  type LoadTally,
} from './load.js';
import {
  cpuMs,
  freePort,
  machineBusyMs,
  ownCpuMs,
  sampleRss,
  sleep,
  startChild,
  stopPostgres,
  stopChild,
  waitForReady,
  type Child,
} from './processes.js';
import { StatementTrace } from './sql-trace.js';

type DatabaseModule = typeof import('../../api/src/platform/database.js');
type EmbeddedDatabase = Awaited<ReturnType<DatabaseModule['startEmbeddedPostgres']>>;
type EmbeddedLogger = NonNullable<Parameters<DatabaseModule['startEmbeddedPostgres']>[0]['logger']>;

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(benchDir, '..', '..');
const builtApi = path.join(repositoryRoot, 'api', 'dist', 'api', 'src');
const apiMain = path.join(builtApi, 'main.js');
const resultsFile = path.join(benchDir, 'results', 'latest.json');

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    case: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});
const durationSeconds = positive(args.duration, 'duration');
const warmupSeconds = positive(args.warmup, 'warmup');
const connections = Math.round(positive(args.connections, 'connections'));
// Slices of at least a second each.
const rounds = Math.max(1, Math.min(Math.round(positive(args.rounds, 'rounds')), Math.floor(durationSeconds)));
const selectedCases = cases.filter((benchCase) => !args.case || benchCase.name === args.case);

function positive(value: string | undefined, name: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    console.error(`--${name} must be a positive number.`);
    process.exit(2);
  }
  return number;
}

// Cleanup runs once, in reverse order of setup, however the run ends.
const cleanups: Array<() => Promise<unknown>> = [];
let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      // No step may hold the exit up for long.
      await Promise.race([step(), sleep(15_000)]).catch((error: unknown) =>
        console.error('cleanup:', error instanceof Error ? error.message : error),
      );
    }
  })();
  return cleaning;
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping.`);
    void cleanup().finally(() => process.exit(130));
  });
}

interface Measured {
  /** The measured rounds, added up. */
  load: LoadTally;
  warmup: LoadTally;
  peakRssMb: number | null;
  /** CPU time of the server process over the measured rounds. */
  cpuMs: number | null;
  /** CPU time of the application role's PostgreSQL backends over the measured rounds. */
  databaseCpuMs: number;
  /** CPU time the rest of the machine used meanwhile: neither server, database nor load generator. */
  otherCpuMs: number | null;
}

interface CaseReport {
  name: string;
  project: Measured;
  baseline: Measured;
  statements: { project: string[]; baseline: string[] };
}

interface Server {
  label: string;
  url: string;
  child: Child;
}

async function main(): Promise<number> {
  if (!existsSync(apiMain)) {
    const { packageManager } = JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as {
      packageManager: string;
    };
    console.error(
      `The API is not built (${path.relative(repositoryRoot, apiMain)} is missing). Build it first, from the repository root:`,
    );
    console.error(`  npx -y ${packageManager} --filter @ascent/api build`);
    console.error('or run `npm run bench` there, which installs, builds and runs this benchmark.');
    return 1;
  }
  if (selectedCases.length === 0) {
    console.error(`No case is named ${args.case}; there are: ${cases.map((benchCase) => benchCase.name).join(', ')}.`);
    return 2;
  }

  // Bounded in time whatever happens: about 40 s of setup plus the load itself.
  const budgetMs = 90_000 + selectedCases.length * 2 * (durationSeconds + warmupSeconds + 5) * 1000;
  const watchdog = setTimeout(() => {
    console.error(`The benchmark did not finish within ${Math.round(budgetMs / 1000)} s; stopping.`);
    void cleanup().finally(() => process.exit(1));
  }, budgetMs);
  cleanups.push(async () => clearTimeout(watchdog));

  const database = (await import(pathToFileURL(path.join(builtApi, 'platform', 'database.js')).href)) as DatabaseModule;

  step('PostgreSQL');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ascent-bench-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const trace = new StatementTrace();
  const logSink = {
    debug: (entry: { postgres?: string }) => trace.sink(entry.postgres ?? ''),
  } as unknown as EmbeddedLogger;
  // Registered first: a server that started but failed later is stopped as well.
  const started: { database?: EmbeddedDatabase } = {};
  cleanups.push(() => stopPostgres(dataDir, started.database?.stop));
  const embedded = await database.startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    database: 'ascent_bench',
    logger: logSink,
  });
  started.database = embedded;
  await database.migrate(embedded.ownerUrl);
  const appUrl = await database.prepareAppRole(embedded.ownerUrl);
  const owner = new pg.Client({ connectionString: embedded.ownerUrl });
  // The server going away (Ctrl-C reaches it too) is not an error worth a crash.
  owner.on('error', (error) => console.error('database connection:', error.message));
  await owner.connect();
  cleanups.push(() => owner.end());

  step('data set');
  const fixture = await loadFixture(owner);
  console.log(
    `  ${Object.entries(fixture.counts)
      .map(([table, count]) => `${count} ${table}`)
      .join(', ')}; ${fixture.customerSessions.length} signed-in customers in rotation`,
  );

  step('servers');
  const resultsDir = path.dirname(resultsFile);
  await mkdir(resultsDir, { recursive: true });
  const profileArgs = args.profile ? ['--cpu-prof', '--cpu-prof-dir', resultsDir] : [];
  const project = await startServer('project', apiMain, profileArgs, repositoryRoot, {
    NODE_ENV: 'production',
    DATABASE_URL: embedded.ownerUrl,
    HOST: '127.0.0.1',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
  });
  const baseline = await startServer(
    'baseline',
    path.join(benchDir, 'baseline-server.ts'),
    ['--import', 'tsx'],
    path.join(repositoryRoot, 'tests'),
    {
      DATABASE_URL: appUrl,
      HOST: '127.0.0.1',
    },
  );

  const reports: CaseReport[] = [];
  let failed = false;
  for (const benchCase of selectedCases) {
    const report = await runCase(
      benchCase,
      fixture,
      { project, baseline },
      { owner, appRole: database.APP_ROLE, trace },
    );
    reports.push(report);
    for (const [label, measured] of [
      ['project', report.project],
      ['baseline', report.baseline],
    ] as const) {
      // Wrong answers during the warm-up count as well.
      const load = emptyTally();
      addTally(load, measured.warmup);
      addTally(load, measured.load);
      if (load.mismatches || load.transportFailures || measured.load.checked === 0) {
        failed = true;
        console.error(
          `\n${benchCase.name}/${label}: ${load.mismatches} wrong responses, ${load.transportFailures} failed requests, ${load.checked} checked`,
        );
        for (const example of load.examples) console.error(`  - ${example}`);
      }
    }
  }

  printTable(reports);
  await writeFile(
    resultsFile,
    `${JSON.stringify(
      reports.map((report) => ({
        case: report.name,
        projectRps: round(rps(report.project), 1),
        baselineRps: round(rps(report.baseline), 1),
        ratio: round(ratio(report), 3),
        projectP99Ms: round(p99(report.project), 2),
        baselineP99Ms: round(p99(report.baseline), 2),
        projectPeakRssMb: report.project.peakRssMb === null ? null : round(report.project.peakRssMb, 1),
      })),
      null,
      2,
    )}\n`,
  );
  console.log(`\nResults written to ${path.relative(process.cwd(), resultsFile)}`);
  if (args.profile)
    console.log(`The project's CPU profile is written to ${path.relative(process.cwd(), resultsDir)} when it stops.`);
  if (failed) console.error('\nFAILED: some responses were wrong or failed (see above).');
  return failed ? 1 : 0;
}

function step(name: string): void {
  console.log(`> ${name}`);
}

async function startServer(
  label: string,
  entry: string,
  nodeArgs: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<Server> {
  const port = await freePort();
  const child = startChild(label, process.execPath, [...nodeArgs, entry], {
    cwd,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), ...env },
  });
  cleanups.push(() => stopChild(child));
  const url = `http://127.0.0.1:${port}`;
  await waitForReady(child, `${url}/readyz`, 30_000);
  console.log(`  ${label} listening on port ${port} (pid ${child.pid})`);
  return { label, url, child };
}

async function runCase(
  benchCase: BenchCase,
  fixture: Fixture,
  servers: { project: Server; baseline: Server },
  database: { owner: pg.Client; appRole: string; trace: StatementTrace },
): Promise<CaseReport> {
  const { project, baseline } = servers;
  const { owner, appRole, trace } = database;
  step(`case ${benchCase.name}`);
  const body = JSON.stringify({
    query: benchCase.query,
    variables: benchCase.variables ?? {},
    operationName: benchCase.operationName ?? null,
  });
  const requests: CheckedRequest[] = benchCase.sessions(fixture).map((session) => ({
    token: session.token,
    expectedDataJson: JSON.stringify(benchCase.expectedData(session, fixture)),
  }));
  if (requests.length === 0) throw new Error(`case ${benchCase.name} has no sessions to rotate over`);

  // A first request to each, with a readable error before any load.
  const first = requests[0] as CheckedRequest;
  const sendOne = async (server: Server) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${first.token}` },
      body,
    });
    const problem = checkResponse(response.status, await response.text(), first.expectedDataJson);
    if (problem)
      throw new Error(`case ${benchCase.name}: ${server.label} answered wrongly: ${problem}\n${server.child.output()}`);
  };
  await sendOne(project);
  await sendOne(baseline);
  const statements = {
    project: await trace.trace(owner, () => sendOne(project)),
    baseline: await trace.trace(owner, () => sendOne(baseline)),
  };

  // Both servers are loaded in alternating rounds (A B, B A, ...), so that anything else
  // the machine does while the benchmark runs weighs on both alike.
  const measured = new Map<Server, Measured>();
  for (const server of [project, baseline]) {
    const warmup = await runLoad(server.url, body, requests, { connections, seconds: warmupSeconds });
    measured.set(server, { load: emptyTally(), warmup, peakRssMb: null, cpuMs: 0, databaseCpuMs: 0, otherCpuMs: 0 });
  }
  const samplers = new Map([project, baseline].map((server) => [server, sampleRss(server.child.pid)]));
  const seconds = durationSeconds / rounds;
  console.log(
    `  warm-up ${warmupSeconds} s each; then ${rounds} alternating rounds of ${seconds} s each, ${connections} connections`,
  );
  for (let round = 0; round < rounds; round++) {
    for (const server of round % 2 === 0 ? [project, baseline] : [baseline, project]) {
      const totals = measured.get(server) as Measured;
      const databaseBefore = await backendCpu(owner, appRole);
      const [cpuBefore, ownBefore, machineBefore] = [cpuMs(server.child.pid), ownCpuMs(), machineBusyMs()];
      addTally(totals.load, await runLoad(server.url, body, requests, { connections, seconds }));
      const [cpuAfter, ownAfter, machineAfter] = [cpuMs(server.child.pid), ownCpuMs(), machineBusyMs()];
      let databaseCpu = 0;
      for (const [pid, after] of await backendCpu(owner, appRole))
        databaseCpu += after - (databaseBefore.get(pid) ?? 0);
      totals.databaseCpuMs += databaseCpu;
      totals.otherCpuMs =
        totals.otherCpuMs === null ||
        machineBefore === null ||
        machineAfter === null ||
        cpuBefore === null ||
        cpuAfter === null
          ? null
          : totals.otherCpuMs +
            Math.max(0, machineAfter - machineBefore - (cpuAfter - cpuBefore) - databaseCpu - (ownAfter - ownBefore));
      totals.cpuMs =
        totals.cpuMs === null || cpuBefore === null || cpuAfter === null ? null : totals.cpuMs + cpuAfter - cpuBefore;
    }
  }
  for (const [server, sampler] of samplers) (measured.get(server) as Measured).peakRssMb = sampler.stop();
  return {
    name: benchCase.name,
    project: measured.get(project) as Measured,
    baseline: measured.get(baseline) as Measured,
    statements,
  };
}

/** CPU used so far by each PostgreSQL backend of the application role (both servers' pools). */
async function backendCpu(owner: pg.Client, role: string): Promise<Map<number, number>> {
  const { rows } = await owner.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE usename = $1', [role]);
  const used = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = cpuMs(pid);
    if (ms !== null) used.set(pid, ms);
  }
  return used;
}

const rps = (measured: Measured) => requestsPerSecond(measured.load);
const ratio = (report: CaseReport) => (rps(report.baseline) ? rps(report.project) / rps(report.baseline) : 0);
const p50 = (measured: Measured) => percentile(measured.load, 0.5);
const p99 = (measured: Measured) => percentile(measured.load, 0.99);
const perRequest = (ms: number | null, measured: Measured) =>
  ms === null || measured.load.requests === 0 ? 'n/a' : `${(ms / measured.load.requests).toFixed(3)} ms`;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function printTable(reports: CaseReport[]): void {
  const headers = [
    'case',
    'project req/s',
    'p50 ms',
    'p99 ms',
    'baseline req/s',
    'p50 ms',
    'p99 ms',
    'ratio (target)',
    'project peak RSS MB (target)',
  ];
  const rows = reports.map((report) => {
    const value = ratio(report);
    const rss = report.project.peakRssMb;
    const targets = cases.find((benchCase) => benchCase.name === report.name)!.targets;
    return [
      report.name,
      rps(report.project).toFixed(0),
      p50(report.project).toFixed(1),
      p99(report.project).toFixed(1),
      rps(report.baseline).toFixed(0),
      p50(report.baseline).toFixed(1),
      p99(report.baseline).toFixed(1),
      `${value.toFixed(2)} (≥ ${targets.ratio}) ${value >= targets.ratio ? 'PASS' : 'BELOW'}`,
      rss === null
        ? 'n/a'
        : targets.rssMb
          ? `${rss.toFixed(1)} (≤ ${targets.rssMb}) ${rss <= targets.rssMb ? 'PASS' : 'BELOW'}`
          : `${rss.toFixed(1)} (no target)`,
    ];
  });
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  console.log(`\n${line(headers)}`);
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));

  console.log(`\n${availableParallelism()} CPUs shared by PostgreSQL, the server under load and the load generator.`);
  const other = reports.flatMap((report) => [report.project, report.baseline]);
  if (other.every((measured) => measured.otherCpuMs !== null)) {
    const cpus = (measured: Measured) => (measured.otherCpuMs as number) / 1000 / (measured.load.seconds || 1);
    const busiest = Math.max(...other.map(cpus));
    console.log(
      `Other processes on the machine used up to ${busiest.toFixed(2)} CPUs meanwhile${busiest > 0.2 ? ': the figures are disturbed, run again on a quiet machine.' : '.'}`,
    );
  }
  for (const report of reports) {
    const { project, baseline } = report;
    const rss = (measured: Measured) => (measured.peakRssMb === null ? 'n/a' : `${measured.peakRssMb.toFixed(1)} MB`);
    const checked = (measured: Measured) => measured.load.checked + measured.warmup.checked;
    console.log(`${report.name}:`);
    console.log(
      `  server CPU per request      project ${perRequest(project.cpuMs, project)}, baseline ${perRequest(baseline.cpuMs, baseline)}`,
    );
    console.log(
      `  PostgreSQL CPU per request  project ${perRequest(project.databaseCpuMs, project)}, baseline ${perRequest(baseline.databaseCpuMs, baseline)}`,
    );
    console.log(`  peak RSS under load         project ${rss(project)}, baseline ${rss(baseline)}`);
    console.log(
      `  responses checked           project ${checked(project)}, baseline ${checked(baseline)} (warm-up included)`,
    );
    for (const [label, statements] of Object.entries(report.statements)) {
      console.log(
        `  SQL round trips, ${label.padEnd(10)} ${statements.length}${statements.length ? ':' : ' (not traced)'}`,
      );
      for (const sql of statements) console.log(`    ${sql.length > 110 ? `${sql.slice(0, 107)}...` : sql}`);
    }
  }
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  // After Ctrl-C, whatever was under way fails: that is no news.
  if (!interrupted) console.error(error instanceof Error ? (error.stack ?? error.message) : error);
} finally {
  await cleanup();
}
process.exit(exitCode);
