const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'SQLITE_BUSY']);

/**
 * Whether an error means the database cannot be reached right now (refused, cut off, shut
 * down, starting up, or a SQLite file locked past the busy timeout), as opposed to a query
 * that is wrong. The server answers those with 503 and Retry-After.
 */
export function isUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  // SQLSTATE class 08 (connection exception) and 57P01–57P03 (shut down, crashed, starting up).
  if (CONNECTION_CODES.has(code) || /^08|^57P0[1-3]$/.test(code)) return true;
  const text = typeof e?.message === 'string' ? e.message : '';
  return /Connection terminated|connection timeout|Client has encountered a connection error|Connection refused/i.test(
    text,
  );
}
