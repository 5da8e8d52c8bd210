import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db, Row, SqlValue } from './types.js';

function toSqlite(params: readonly SqlValue[]): unknown[] {
  // better-sqlite3 refuses booleans; store them as 0/1 like PostgreSQL integers.
  return params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
}

/**
 * SQLite through better-sqlite3: synchronous underneath, so a transaction is simply
 * BEGIN IMMEDIATE … COMMIT around the awaited callback, serialised by a promise chain
 * so two requests never interleave inside one transaction.
 */
export function openSqlite(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('foreign_keys = ON');
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let st = cache.get(sql);
    if (!st) {
      st = raw.prepare(sql);
      cache.set(sql, st);
    }
    return st;
  };
  let queue: Promise<unknown> = Promise.resolve();

  const base = {
    dialect: 'sqlite' as const,
    async all<T = Row>(sql: string, params: readonly SqlValue[] = []) {
      return prepare(sql)
        .raw(false)
        .all(...toSqlite(params)) as T[];
    },
    async values<T extends unknown[] = unknown[]>(sql: string, params: readonly SqlValue[] = []) {
      return prepare(sql)
        .raw(true)
        .all(...toSqlite(params)) as T[];
    },
    async get<T = Row>(sql: string, params: readonly SqlValue[] = []) {
      return prepare(sql)
        .raw(false)
        .get(...toSqlite(params)) as T | undefined;
    },
    async run(sql: string, params: readonly SqlValue[] = []) {
      const st = prepare(sql);
      if (!st.reader) return { changes: st.run(...toSqlite(params)).changes };
      st.all(...toSqlite(params));
      return { changes: 0 };
    },
  };

  const db: Db = {
    ...base,
    transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      const tx: Db = { ...base, transaction: (inner) => inner(tx), close: async () => {} };
      const next = queue.then(async () => {
        raw.prepare('BEGIN IMMEDIATE').run();
        try {
          const result = await fn(tx);
          raw.prepare('COMMIT').run();
          return result;
        } catch (error) {
          if (raw.inTransaction) raw.prepare('ROLLBACK').run();
          throw error;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await queue;
      raw.close();
    },
  };
  // Queries outside a transaction must also wait for a running transaction to finish,
  // or they would run inside it.
  for (const key of ['all', 'get', 'run'] as const) {
    const direct = base[key] as (sql: string, params?: readonly SqlValue[]) => Promise<unknown>;
    (db as unknown as Record<string, unknown>)[key] = (sql: string, params?: readonly SqlValue[]) =>
      queue.then(() => direct(sql, params));
  }
  return db;
}
