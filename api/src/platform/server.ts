import { existsSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import { OutboxDelivery } from '../modules/outbox/outbox.delivery.js';
import type { Config } from './config.js';
import { RequestContext, type AppServices } from './context.js';
import { formatError } from './errors.js';
import { JobQueue, type JobSpec } from './jobs.js';
import { costLimitPlugin, limitRules } from './limits.js';
import type { Logger } from './logger.js';
import { buildAppSchema } from './schema.js';
import { jobs as appJobs } from '../jobs.js';

export interface AppServer {
  fastify: FastifyInstance;
  outbox: OutboxDelivery;
  services: AppServices;
  /** Stops accepting, lets requests in flight finish, stops jobs. The pool is the caller's. */
  close(): Promise<void>;
}

/** Closes each request's transaction: commit when it went well, roll back otherwise. */
const transactionPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response, operation, errors }) {
        const failedMutation =
          operation?.operation === 'mutation' &&
          (Boolean(errors?.length) || (response.body.kind === 'single' && Boolean(response.body.singleResult.errors)));
        await contextValue.close(!failedMutation);
      },
    };
  },
};

export async function createServer(options: {
  config: Config;
  logger: Logger;
  dataSource: DataSource;
  /** For /readyz: true once migrations ran. */
  isReady?: () => boolean;
  startJobs?: boolean;
  /** The tables' owner: the job queue's own tables are its. Without it, no jobs run here. */
  ownerUrl?: string;
  /** The background jobs to run; the app's own by default. */
  jobs?: readonly JobSpec<never>[];
}): Promise<AppServer> {
  const { config, logger, dataSource } = options;
  const fastify = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    return503OnClosing: true,
  });
  const outbox = new OutboxDelivery(dataSource, config, logger);
  const services: AppServices = { config, logger, dataSource, onOutboxWritten: () => outbox.kick() };
  const jobQueue =
    options.ownerUrl && options.startJobs !== false
      ? new JobQueue(options.ownerUrl, services, options.jobs ?? appJobs)
      : undefined;

  const openContexts = new WeakMap<object, RequestContext>();
  await fastify.register(fastifyCookie);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });

  const schema = buildAppSchema();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: !config.isProduction,
    // The process's own shutdown stops Apollo after the requests in flight and then the
    // database; Apollo's handler would re-raise the signal and end the process first.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.isDevelopment,
    parseOptions: { maxTokens: config.MAX_QUERY_TOKENS },
    validationRules: limitRules(config),
    formatError: (formatted, original) => formatError(formatted, original, { exposeInternals: config.isDevelopment }),
    logger: {
      debug: (message) => logger.debug(message),
      info: (message) => logger.info(message),
      warn: (message) => logger.warn(message),
      error: (message) => logger.error(message),
    },
    plugins: [
      fastifyApolloDrainPlugin(fastify),
      transactionPlugin,
      costLimitPlugin(schema, config),
      // No HTTP cache hints: every answer is per caller. Its per-field hook costs time.
      ApolloServerPluginCacheControlDisabled(),
      config.isProduction
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue }) {
              for (const error of errors) {
                if (!error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR') {
                  logger.error(
                    { err: error.originalError ?? error, requestId: contextValue.requestId },
                    'resolver failed',
                  );
                }
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  // Set before the GraphQL plugin is registered, so that it inherits this handler.
  fastify.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const message =
      status === 413
        ? `The request body is larger than ${config.BODY_LIMIT_BYTES} bytes.`
        : status === 415
          ? 'Send GraphQL requests as application/json.'
          : status < 500
            ? error.message
            : 'Something went wrong on our side. It has been logged.';
    const code =
      status === 413
        ? 'PAYLOAD_TOO_LARGE'
        : status === 415
          ? 'UNSUPPORTED_MEDIA_TYPE'
          : status < 500
            ? 'BAD_REQUEST'
            : 'INTERNAL_SERVER_ERROR';
    void reply.status(status).send({ errors: [{ message, extensions: { code } }] });
  });

  // GraphQL only accepts JSON bodies; anything else is a clear 415.
  await fastify.register(async (api) => {
    api.removeAllContentTypeParsers();
    api.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
      try {
        done(null, body === '' ? {} : JSON.parse(body as string));
      } catch {
        const error = new Error('The request body is not valid JSON.') as Error & { statusCode: number };
        error.statusCode = 400;
        done(error, undefined);
      }
    });
    await api.register(fastifyApollo(apollo), {
      context: async (request, reply) => {
        const context = await RequestContext.open(services, request, reply);
        openContexts.set(request, context);
        return context;
      },
    });
    // Requests Apollo rejects before running them never reach the transaction plugin.
    api.addHook('onResponse', async (request) => {
      await openContexts.get(request)?.close(false);
    });
  });

  fastify.get('/healthz', async () => ({ status: 'ok' }));
  fastify.get('/readyz', async (_request, reply) => {
    try {
      await dataSource.query('SELECT 1');
      if (options.isReady && !options.isReady()) throw new Error('not migrated');
      return { status: 'ready' };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });

  // The built portal, with client-side routes falling back to index.html.
  if (existsSync(config.PORTAL_DIST_DIR)) {
    await fastify.register(fastifyStatic, { root: config.PORTAL_DIST_DIR, wildcard: false, index: 'index.html' });
    fastify.setNotFoundHandler((request, reply) => {
      if (
        request.method === 'GET' &&
        !request.url.startsWith('/graphql') &&
        request.headers.accept?.includes('text/html')
      ) {
        return reply.sendFile('index.html');
      }
      return reply.status(404).send({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
    });
  }

  if (options.startJobs !== false) outbox.start();
  await jobQueue?.start();

  return {
    fastify,
    outbox,
    services,
    async close() {
      // Keep-alive sockets that finish their last request while we wait are idle then: close them too.
      const sweeper = setInterval(() => fastify.server.closeIdleConnections(), 100);
      try {
        await fastify.close();
      } finally {
        clearInterval(sweeper);
      }
      await Promise.all([outbox.stop(), jobQueue?.stop()]);
    },
  };
}
