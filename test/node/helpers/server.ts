import { mkdtempSync, rmSync } from 'node:fs';
import { cameraJpeg } from '../../fixtures/photos/jpeg.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { buildApp, openDatabase, seedDemo, type Db, type ServerOptions } from '@buurtkit/server';
// @ts-expect-error plain ESM helper without types
import { startPostgres } from '../../../packages/devtools/src/postgres.mjs';

export type Dialect = 'sqlite' | 'postgres';
export const dialects: Dialect[] = ['sqlite', 'postgres'];
export const STAFF_TOKEN = 'test-staff-token-0123456789';
export const ORIGIN = 'https://www.gemeente.example';

/**
 * Cleanups run once when the test file ends. (node:test's `after` called inside a
 * `before` hook would fire as soon as that hook ends.)
 */
const cleanups: Array<() => unknown> = [];
after(async () => {
  for (const fn of cleanups.reverse()) await within(fn, 15_000);
});

/**
 * A clean-up step, waited for `ms` at most (its error, within that, still fails the file). A
 * server's close waits for its open connections: a clean-clone run hung for good after
 * host-pages' tests had all passed, an API server's port closed but one connection from the
 * hostile world's Chromium still open; that Chromium is closed by a hook that runs after this one.
 */
async function within(fn: () => unknown, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([Promise.resolve().then(fn), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]).finally(
    () => clearTimeout(timer),
  );
}

/** Runs when the test file ends, before what was registered earlier (the PostgreSQL server it used). */
export const onCleanup = (fn: () => unknown) => cleanups.push(fn);

type PgServer = { url: string; createDatabase(name: string): Promise<string>; stop(): Promise<void> };
let pgServer: Promise<PgServer> | undefined;

/**
 * The PostgreSQL server for this test process: the one `npm test` started
 * (BUURTKIT_TEST_PG_URL), or one of our own.
 */
async function postgres(): Promise<PgServer> {
  pgServer ??= (async () => {
    const given = process.env.BUURTKIT_TEST_PG_URL;
    if (given) {
      const pg = (await import('pg')).default;
      return {
        url: given,
        async createDatabase(name: string) {
          const client = new pg.Client({ connectionString: given });
          await client.connect();
          await client.query(`CREATE DATABASE "${name}"`);
          await client.end();
          return given.replace(/\/[^/]*$/, `/${name}`);
        },
        async stop() {},
      };
    }
    const own = (await startPostgres()) as PgServer;
    cleanups.push(() => own.stop());
    return own;
  })();
  return pgServer;
}

let counter = 0;

/** A fresh, migrated, empty database of the given dialect; closed after the test file. */
export async function freshDatabase(dialect: Dialect): Promise<{ db: Db; location: string }> {
  let location: string;
  if (dialect === 'postgres') {
    const name = `t_${process.pid}_${Date.now()}_${counter++}`;
    location = await (await postgres()).createDatabase(name);
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'buurtkit-test-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    location = join(dir, 'test.sqlite');
  }
  return { db: await openDatabase(location), location };
}

export type TestServer = {
  url: string;
  db: Db;
  location: string;
  logs: Record<string, unknown>[];
  clock: { now: Date };
  /** The instance's mail sender: `poke()` it, wait for `idle()`. */
  outbox: { poke(): void; idle(): Promise<void> };
  fetch(path: string, init?: RequestInit & { json?: unknown; staff?: boolean | string }): Promise<Response>;
  close(): Promise<void>;
};

/** Starts the real reference server over HTTP on loopback, on a seeded database. */
export async function startTestServer(
  dialect: Dialect,
  overrides: Partial<ServerOptions> & { seed?: boolean; location?: string } = {},
): Promise<TestServer> {
  const opened = overrides.location
    ? { db: await openDatabase(overrides.location), location: overrides.location }
    : await freshDatabase(dialect);
  const { db, location } = opened;
  if (overrides.seed !== false) await seedDemo(db);
  const logs: Record<string, unknown>[] = [];
  const clock = { now: new Date() };
  const app = await buildApp({
    db,
    staffTokens: new Map([[STAFF_TOKEN, 'Test Medewerker']]),
    corsOrigins: [ORIGIN],
    rateLimit: { max: 1000, windowSeconds: 600 },
    // Suites try many wrong tokens from one address; the throttle's own test sets the real limit.
    authThrottle: { max: 100_000, windowSeconds: 300 },
    minFillSeconds: 0,
    retentionDays: 365,
    trustProxy: false,
    log: (line) => logs.push(line),
    now: () => clock.now,
    ...overrides,
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  let closed = false;
  const server: TestServer = {
    url: address,
    db,
    location,
    logs,
    clock,
    outbox: app.outbox,
    fetch(path, init = {}) {
      const headers = new Headers(init.headers);
      if (init.json !== undefined) headers.set('Content-Type', 'application/json');
      if (init.staff) headers.set('Authorization', `Bearer ${init.staff === true ? STAFF_TOKEN : init.staff}`);
      return fetch(`${address}${path}`, {
        ...init,
        headers,
        body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await db.close();
    },
  };
  cleanups.push(() => server.close());
  return server;
}

/** A valid idea body with a real form token from the server. */
export async function validIdea(server: TestServer, extra: Record<string, unknown> = {}) {
  const { token } = (await (await server.fetch('/api/v1/ideas/form-token')).json()) as { token: string };
  return {
    title: 'Bankjes in het park',
    description: 'Er zijn te weinig bankjes in het park; ouderen kunnen nergens uitrusten.',
    theme: 'wonen-en-leefomgeving',
    location: { lat: 52.341, lon: 5.205, address: 'Kornwierde 1, Almere' },
    support: ['materiaal'],
    homework: { cost: 'Ongeveer 2.000 euro', parties: 'Bewonersvereniging' },
    supporters: 12,
    contact: { name: 'Jan Jansen', email: 'jan.jansen@example.org', phone: '06 12345678' },
    showName: false,
    locale: 'nl',
    formToken: token,
    ...extra,
  };
}

export async function countRows(db: Db, table: string): Promise<number> {
  return Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))!.n);
}

/** A resident's camera photo sent ahead of an idea, as the form does; its id for the idea. */
export async function uploadPhoto(server: TestServer): Promise<{ id: string }> {
  const res = await server.fetch('/api/v1/ideas/photos', {
    method: 'POST',
    body: cameraJpeg() as BodyInit,
    headers: { 'Content-Type': 'image/jpeg' },
  });
  return (await res.json()) as { id: string };
}
