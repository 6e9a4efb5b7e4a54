/**
 * The baseline the project is measured against: node:http, graphql-js and pg, nothing else.
 * It does the same security work per request as the project: reads the session cookie,
 * hashes it, resolves the caller with `ascent_private.authenticate` (which sets the caller's
 * scope on the transaction), and reads the data as the non-owner application role, so that
 * row-level security applies. It parses and validates each distinct query once, as Apollo does.
 *
 * Settings: DATABASE_URL (the application role's URL), PORT, HOST.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { GraphQLError, GraphQLObjectType, GraphQLSchema, execute, parse, validate, type DocumentNode } from 'graphql';
import pg from 'pg';
import type { BaselineCaller, BaselineContext } from './baseline-schema.js';
import { cases } from './cases.js';

const SESSION_COOKIE = 'ascent_session';
const BODY_LIMIT_BYTES = 256 * 1024;
const MAX_QUERY_TOKENS = 2000;

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is required.');
  process.exit(1);
}

const schema = new GraphQLSchema({
  query: new GraphQLObjectType<unknown, BaselineContext>({
    name: 'Query',
    fields: () => Object.assign({}, ...cases.map((benchCase) => benchCase.baseline.queryFields)),
  }),
});

const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, idleTimeoutMillis: 30_000 });
pool.on('error', (error) => console.error('database pool error', error));

function sessionToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT_BYTES) {
        reject(Object.assign(new Error('too large'), { status: 413 }));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  response.end(json);
}

const failure = (message: string) => ({ errors: [{ message }] });

/** Valid documents by query text, as any server worth measuring against keeps them. */
const preparedDocuments = new Map<string, DocumentNode>();

/** Parses and validates (once per query text); returns the document, or the errors to answer with. */
function prepare(query: unknown): DocumentNode | readonly GraphQLError[] {
  if (typeof query !== 'string' || !query) return [new GraphQLError('The request has no query.')];
  const known = preparedDocuments.get(query);
  if (known) return known;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: MAX_QUERY_TOKENS });
  } catch (error) {
    return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
  }
  const errors = validate(schema, document);
  if (errors.length) return errors;
  if (preparedDocuments.size < 1000) preparedDocuments.set(query, document);
  return document;
}

async function handleGraphQL(request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (!request.headers['content-type']?.startsWith('application/json')) {
    return send(response, 415, failure('Send GraphQL requests as application/json.'));
  }
  let body: { query?: unknown; variables?: Record<string, unknown> | null; operationName?: string | null };
  try {
    body = JSON.parse(await readBody(request)) as typeof body;
  } catch (error) {
    const status = (error as { status?: number }).status ?? 400;
    return send(
      response,
      status,
      failure(status === 413 ? 'The request body is too large.' : 'The request body is not valid JSON.'),
    );
  }
  const prepared = prepare(body?.query);
  if (!('kind' in prepared)) return send(response, 400, { errors: prepared.map((error) => error.toJSON()) });

  const token = sessionToken(request.headers.cookie);
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    // One round trip opens the transaction and resolves the caller. The hash is hex digits
    // from sha256, and escaped all the same.
    const opening = token
      ? `BEGIN; SELECT * FROM ascent_private.authenticate(${pg.escapeLiteral(createHash('sha256').update(token).digest('hex'))})`
      : 'BEGIN';
    const opened = (await client.query(opening)) as unknown as pg.QueryResult[] | pg.QueryResult;
    const callerRow = Array.isArray(opened)
      ? (opened[1]?.rows[0] as
          | {
              user_id: string;
              user_name: string;
              user_email: string;
              role: string;
              account_id: string | null;
              account_ids: string[];
            }
          | undefined)
      : undefined;
    const caller: BaselineCaller | null = callerRow
      ? {
          userId: callerRow.user_id,
          userName: callerRow.user_name,
          userEmail: callerRow.user_email,
          role: callerRow.role,
          accountId: callerRow.account_id,
          accountIds: callerRow.account_ids,
        }
      : null;
    const memo = new Map<string, Promise<unknown>>();
    const context: BaselineContext = {
      caller,
      query: async <Row>(text: string, values: unknown[]) => (await client.query(text, values)).rows as Row[],
      once: <T>(key: string, load: () => Promise<T>) => {
        let promise = memo.get(key) as Promise<T> | undefined;
        if (!promise) {
          promise = load();
          memo.set(key, promise);
        }
        return promise;
      },
    };
    const result = await execute({
      schema,
      document: prepared,
      variableValues: body.variables ?? undefined,
      operationName: body.operationName ?? undefined,
      contextValue: context,
    });
    await client.query(result.errors ? 'ROLLBACK' : 'COMMIT');
    send(response, 200, result);
  } catch (error) {
    broken = error as Error;
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release(broken);
  }
}

const server = createServer((request, response) => {
  const path = request.url?.split('?')[0];
  if (request.method === 'GET' && path === '/readyz') {
    pool
      .query('SELECT 1')
      .then(() => send(response, 200, { status: 'ready' }))
      .catch(() => send(response, 503, { status: 'unavailable' }));
    return;
  }
  if (request.method === 'POST' && path === '/graphql') {
    handleGraphQL(request, response).catch((error: unknown) => {
      console.error('request failed', error);
      if (!response.headersSent) send(response, 500, failure('Something went wrong on our side.'));
    });
    return;
  }
  send(response, 404, failure('Not found.'));
});
server.keepAliveTimeout = 72_000;

server.listen(Number(process.env.PORT ?? 4100), process.env.HOST ?? '127.0.0.1');

const stop = () => {
  server.close();
  server.closeAllConnections();
  void pool.end().finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
