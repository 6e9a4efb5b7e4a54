import type pg from 'pg';
import { sleep } from './processes.js';

/**
 * Counts the SQL statements one request makes, from PostgreSQL's own statement log:
 * logging is switched on for the server briefly, one request is sent, and the statements
 * of the transaction that called `ascent_private.authenticate` are picked out of the log.
 * Each logged statement is one round trip (an extended-protocol query is one write).
 */
export class StatementTrace {
  private recorded: string[] = [];
  private recording = false;

  /** Give this to the embedded server as its log sink. */
  readonly sink = (message: string) => {
    if (this.recording) this.recorded.push(message);
  };

  async trace(owner: pg.Client, work: () => Promise<void>): Promise<string[]> {
    await owner.query(`ALTER SYSTEM SET log_statement = 'all'`);
    await owner.query(`ALTER SYSTEM SET log_line_prefix = '[%p] '`);
    await owner.query('SELECT pg_reload_conf()');
    await sleep(300);
    this.recorded = [];
    this.recording = true;
    try {
      await work();
      await sleep(300);
    } finally {
      this.recording = false;
      await owner.query('ALTER SYSTEM RESET log_statement');
      await owner.query('ALTER SYSTEM RESET log_line_prefix');
      await owner.query('SELECT pg_reload_conf()');
    }
    return requestStatements(this.recorded.join('\n').split('\n'));
  }
}

const STATEMENT = /^\[(\d+)\] LOG:\s+(?:statement|execute [^:]*): (.*)$/;
const OPENS = /^(BEGIN|START TRANSACTION)\b/i;
const CLOSES = /^(COMMIT|ROLLBACK)\b/i;

/** The statements, in order, of the logged transaction that authenticated a caller. */
export function requestStatements(lines: string[]): string[] {
  const byBackend = new Map<string, string[]>();
  for (const line of lines) {
    const match = STATEMENT.exec(line.trim());
    if (!match) continue;
    const [, pid, sql] = match as unknown as [string, string, string];
    byBackend.set(pid, [...(byBackend.get(pid) ?? []), sql.trim()]);
  }
  for (const statements of byBackend.values()) {
    const auth = statements.findIndex((sql) => sql.includes('ascent_private.authenticate'));
    if (auth < 0) continue;
    let first = auth;
    while (first > 0 && !OPENS.test(statements[first] ?? '')) first--;
    let last = auth;
    while (last < statements.length - 1 && !CLOSES.test(statements[last] ?? '')) last++;
    return statements.slice(first, last + 1);
  }
  return [];
}
