import { createHash } from 'node:crypto';
import pg from 'pg';
import { CommitWatch } from './commits.js';
import { isUnavailable } from './errors.js';
import { TABLES } from './migrations.js';
import { schemaQualifier } from './qualify.js';
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

const qualify = schemaQualifier(TABLES);

/**
 * Each schema's statements as sent, by our SQL text: qualified, numbered and named once. A
 * query looks its SQL (a literal, its hash kept by V8) up in its own schema's map, where one
 * map for every schema took a key made per query (schema + SQL) and a search through fifty
 * municipalities' entries.
 */
const sentForms = new Map<string, Map<string, { name: string; text: string; reads: boolean }>>();

/** A statement that only reads (our SQL: a write never starts with SELECT). */
const READS = /^\s*SELECT\b/i;

function formsOf(schema: string) {
  let forms = sentForms.get(schema);
  if (!forms) sentForms.set(schema, (forms = new Map()));
  return forms;
}

/**
 * Statements on `schema`'s tables, whatever the connection's `search_path` (see `qualify.ts`).
 * `wrote` is told after each statement that is not a SELECT (it may have changed public data).
 */
function handle(client: Queryable, schema: string, wrote?: () => void): Omit<Db, 'transaction' | 'close'> {
  const forms = formsOf(schema);
  const query = async (sql: string, params: readonly SqlValue[] = [], rowMode?: 'array') => {
    let form = forms.get(sql);
    if (!form) {
      const text = qualify(schema, sql);
      forms.set(sql, (form = { name: statementName(text), text: numberPlaceholders(text), reads: READS.test(sql) }));
    }
    const result = await client.query({
      name: form.name,
      text: form.text,
      // Booleans live in integer columns on both databases.
      values: params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p)),
      ...(rowMode ? { rowMode } : {}),
    });
    if (!form.reads) wrote?.();
    return result;
  };
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

/**
 * One pool per database URL, shared by its tenants' schemas: fifty municipalities on one
 * PostgreSQL must not open fifty pools (its default allows 100 connections in all).
 */
const pools = new Map<string, { pool: pg.Pool; users: number; watch: CommitWatch }>();

function sharedPool(url: string): { pool: pg.Pool; watch: CommitWatch } {
  let entry = pools.get(url);
  if (!entry) {
    // A connection attempt gives up after 5 s: with the database away, requests fail fast (503), never hang.
    // Connections search no schema (pg_catalog only): every statement names its schema, and a
    // table name it missed fails instead of finding another tenant's (or the default install's).
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      connectionTimeoutMillis: 5000,
      options: '-c search_path=pg_catalog',
    });
    pool.on('error', () => {
      /* an idle client lost its connection; the pool replaces it */
    });
    pools.set(url, (entry = { pool, users: 0, watch: new CommitWatch(url) }));
  }
  entry.users++;
  return entry;
}

async function releasePool(url: string) {
  const entry = pools.get(url)!;
  if (--entry.users > 0) return;
  pools.delete(url);
  await Promise.all([entry.pool.end(), entry.watch.close()]);
}

/**
 * A connection PostgreSQL cut off while it was checked out but between statements (a restart,
 * an administrator's terminate): the pool listens only to idle ones, and an `error` event
 * nobody hears would end the process. Released with its error, the pool drops it.
 */
const lostConnection = new WeakMap<pg.PoolClient, Error>();
const listened = new WeakSet<pg.PoolClient>();

function release(client: pg.PoolClient, broken: Error | undefined) {
  client.release(broken ?? lostConnection.get(client));
}

/** A schema name we made ourselves (`gm0034`): quoted, never built from a request. */
export const isSchemaName = (schema: string) => /^[a-z][a-z0-9_]{0,62}$/.test(schema);

/** A connection from the pool; one PostgreSQL cuts off is heard. */
async function checkout(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  if (!listened.has(client)) {
    listened.add(client);
    client.on('error', (error: Error) => lostConnection.set(client, error));
  }
  return client;
}

/** Outside a transaction: each statement on whichever pooled connection is free. */
function pooled(pool: pg.Pool): Pick<pg.Pool, 'query'> {
  return {
    query: (async (config: pg.QueryConfig) => {
      const client = await checkout(pool);
      let broken: Error | undefined;
      try {
        return await client.query(config);
      } catch (error) {
        if (isUnavailable(error)) broken = error as Error;
        throw error;
      } finally {
        release(client, broken);
      }
    }) as pg.Pool['query'],
  };
}

/**
 * PostgreSQL at `url`; with `schema`, one tenant's schema in it (created when missing), so
 * tenants share the server and its pool but never a table.
 */
export async function openPostgres(url: string, schema?: string): Promise<Db> {
  if (schema !== undefined && !isSchemaName(schema)) throw new Error(`not a schema name: "${schema}"`);
  const { pool, watch } = sharedPool(url);
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const named = schema ?? 'public';
  const wrote = () => watch.moved(named);
  return {
    ...handle(pooled(pool), named, wrote),
    publicMark: () => watch.mark(named),
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      const client = await checkout(pool);
      let broken: Error | undefined;
      try {
        // The schema is searched inside a transaction, for what is not a table: the functions and
        // triggers a migration makes land in it. (One round trip: both go as one simple query.)
        await client.query(`BEGIN; SET LOCAL search_path TO "${named}"`);
        const tx: Db = { ...handle(client, named), transaction: (inner) => inner(tx), close: async () => {} };
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that died mid-transaction is dropped from the pool, not handed out again.
        if (isUnavailable(error)) broken = error as Error;
        else await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        // Committed, rolled back or lost mid-commit: what is kept from before is asked anew.
        wrote();
        release(client, broken);
      }
    },
    async close() {
      await releasePool(url);
    },
  };
}
