/** The SQL dialects the reference server runs on. */
export type Dialect = 'sqlite' | 'postgres';

export type SqlValue = string | number | bigint | boolean | null | Uint8Array;
export type Row = Record<string, unknown>;

/**
 * The one database interface the server's queries are written against. SQL uses `?`
 * placeholders; the PostgreSQL adapter numbers them. Queries that differ per dialect
 * ask `db.dialect` for their fragment (spatial filters), nothing else does.
 */
export interface Db {
  readonly dialect: Dialect;
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /**
   * Rows as arrays, columns in the order selected: for answers of thousands of rows, where
   * making an object per row costs more than the query (1,000 rows: ~0.7 ms of ~2 ms).
   */
  values<T extends unknown[] = unknown[]>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
  /**
   * An object that stays the same exactly as long as no commit changed the public tables, as
   * far as this process can tell (PostgreSQL: its own writes, and other instances' as it hears
   * them, `commits.ts`). Undefined when it cannot tell: SQLite (another process may write the
   * file unheard), a transaction's handle, or PostgreSQL's listening connection down.
   */
  publicMark?(): object | undefined;
  /** Runs `fn` in one transaction; everything inside uses the `tx` handle. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
