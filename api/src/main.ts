import 'reflect-metadata';
import { ConfigError, loadConfig } from './platform/config.js';
import { createOwnerDataSource, openDatabase } from './platform/database.js';
import { createLogger } from './platform/logger.js';
import { createServer } from './platform/server.js';
import { DEMO_PASSWORD, DEMO_SIGN_INS, seedDemoData } from './modules/demo/demo.seed.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config);
  const database = await openDatabase(config, logger);

  if (config.DEMO_DATA) {
    const owner = createOwnerDataSource(database.ownerUrl);
    await owner.initialize();
    try {
      if (await seedDemoData(owner)) logger.info('demo data loaded');
    } finally {
      await owner.destroy();
    }
  }

  const server = await createServer({
    config,
    logger,
    dataSource: database.dataSource,
    ownerUrl: database.ownerUrl,
  });
  await server.fastify.listen({ port: config.PORT, host: config.HOST });
  const address = server.fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://localhost:${port}`;

  const lines = ['', `  Ascent is running at ${url}`, `  GraphQL API:         ${url}/graphql`];
  if (config.DEMO_DATA) {
    lines.push('', `  Demo sign-ins (password: ${DEMO_PASSWORD}):`);
    for (const signIn of DEMO_SIGN_INS) lines.push(`    ${signIn.email.padEnd(30)} ${signIn.note}`);
  }
  console.log(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timeout = setTimeout(() => process.exit(1), 15_000);
    timeout.unref();
    // Each step runs even if one before it failed: the embedded database must stop too.
    const steps: Array<[string, () => Promise<unknown>]> = [
      ['server', () => server.close()],
      ['database pool', () => database.dataSource.destroy()],
      ['embedded PostgreSQL', async () => database.embedded?.stop()],
    ];
    let failed = false;
    for (const [name, step] of steps) {
      try {
        await step();
      } catch (error) {
        failed = true;
        logger.error({ err: error }, `shutdown: the ${name} did not stop cleanly`);
      }
    }
    process.exit(failed ? 1 : 0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : `Start failed: ${String(error)}`);
  process.exit(1);
});
