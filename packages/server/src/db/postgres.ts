import { createHash } from 'node:crypto';
import pg from 'pg';
import { isUnavailable } from './errors.js';
import type { Db, Row, SqlValue } from './types.js';

// BIGINT comes back as a string by default; our ids and counts fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/** `?` → `$1, $2, …` (our SQL never puts a question mark inside a string literal). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/**
 * Every query as a named prepared statement, named by its text: each connection parses and
 * plans it once and PostgreSQL can keep a generic plan, where an unnamed statement is planned
 * on every call (a map view's list page spent ~0.5 ms of its ~1 ms there).
 */
const statementNames = new Map<string, string>();
const statementName = (text: string) => {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `q${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`));
  return name;
};

function handle(client: Queryable): Omit<Db, 'transaction' | 'close'> {
  const query = async (sql: string, params: readonly SqlValue[] = [], rowMode?: 'array') =>
    client.query({
      name: statementName(sql),
      text: numberPlaceholders(sql),
      // Booleans live in integer columns on both databases.
      values: params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p)),
      ...(rowMode ? { rowMode } : {}),
    });
  return {
    dialect: 'postgres',
    async all<T = Row>(sql: string, params?: readonly SqlValue[]) {
      return (await query(sql, params)).rows as T[];
    },
    async get<T = Row>(sql: string, params?: readonly SqlValue[]) {
      return (await query(sql, params)).rows[0] as T | undefined;
    },
    async values<T extends unknown[] = unknown[]>(sql: string, params?: readonly SqlValue[]) {
      return (await query(sql, params, 'array')).rows as T[];
    },
    async run(sql: string, params?: readonly SqlValue[]) {
      return { changes: (await query(sql, params)).rowCount ?? 0 };
    },
  };
}

export function openPostgres(url: string): Db {
  // A connection attempt gives up after 5 s: with the database away, requests fail fast (503), never hang.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  pool.on('error', () => {
    /* an idle client lost its connection; the pool replaces it */
  });
  return {
    ...handle(pool),
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const tx: Db = { ...handle(client), transaction: (inner) => inner(tx), close: async () => {} };
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that died mid-transaction is dropped from the pool, not handed out again.
        if (isUnavailable(error)) broken = error as Error;
        else await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
