import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  addTenant,
  hashStaffToken,
  openTenantDatabase,
  seedAreas,
  seedDemo,
  seedReference,
  TenantRouter,
  writeTenantSettings,
  type Db,
  type ServerOptions,
} from '@buurtkit/server';
import { freshDatabase, onCleanup, STAFF_TOKEN, type Dialect, type TestServer } from './server.ts';

/** Two municipalities on one server, each with its own staff, origins, sender and host name. */
export const TENANTS = {
  a: {
    code: 'GM0034',
    name: 'Gemeente Almere',
    token: 'almere-beheer-token-0123456789',
    makelaar: 'almere-makelaar-token-0123456789',
    origin: 'https://www.almere.example',
    from: 'Gemeente Almere <initiatieven@almere.example>',
    host: 'initiatieven.almere.example',
  },
  b: {
    code: 'GM0363',
    name: 'Gemeente Leiden',
    token: 'leiden-beheer-token-0123456789',
    makelaar: 'leiden-makelaar-token-0123456789',
    origin: 'https://www.leiden.example',
    from: 'Gemeente Leiden <initiatieven@leiden.example>',
    host: 'initiatieven.leiden.example',
  },
} as const;
export type TenantKey = keyof typeof TENANTS;

export type TenantWorld = {
  url: string;
  router: TenantRouter;
  registry: Db;
  /** The server's own municipality (the bare `/api/v1`), with the server's token. */
  own: TestServer;
  a: TestServer;
  b: TestServer;
};

/**
 * The real reference server with two tenants behind its real router, over HTTP on loopback:
 * Almere with the demo data, Leiden with the demo data too or (`seedB: 'empty'`) only what
 * the test makes through the API. `TestServer`s for each, so suites written for one server
 * (the fuzzing) run against a tenant unchanged.
 */
export async function startTenants(
  dialect: Dialect,
  o: { seedB?: 'demo' | 'empty'; options?: Partial<ServerOptions>; refreshMs?: number } = {},
): Promise<TenantWorld> {
  const { db: registry, location } = await freshDatabase(dialect);
  await seedReference(registry);
  const dbs = new Map<string, Db>();
  for (const key of ['a', 'b'] as const) {
    const t = TENANTS[key];
    const db = await openTenantDatabase(location, t.code);
    dbs.set(t.code, db);
    await writeTenantSettings(db, {
      name: t.name,
      mailFrom: t.from,
      corsOrigins: [t.origin],
      staffTokens: [
        { name: `Beheer ${t.name}`, roles: ['beheer'], hash: hashStaffToken(t.token) },
        { name: `Makelaar ${t.name}`, roles: ['ideeenmakelaar'], hash: hashStaffToken(t.makelaar) },
      ],
    });
    if (key === 'a' || o.seedB !== 'empty') await seedDemo(db);
    else await seedAreas(db);
    await addTenant(registry, t.code, [t.host], new Date().toISOString());
  }
  const logs: Record<string, unknown>[] = [];
  const clock = { now: new Date() };
  const router = new TenantRouter({
    registry,
    publicUrl: 'https://api.regio.example',
    refreshMs: o.refreshMs ?? 60_000,
    base: {
      staffTokens: new Map([[STAFF_TOKEN, 'Test Medewerker']]),
      corsOrigins: ['https://www.gemeente.example'],
      rateLimit: { max: 1_000_000, windowSeconds: 600 },
      authThrottle: { max: 100_000, windowSeconds: 300 },
      minFillSeconds: 0,
      retentionDays: 365,
      trustProxy: false,
      log: (line) => logs.push(line),
      now: () => clock.now,
      ...o.options,
    },
    async openTenant(code) {
      const db = dbs.get(code) ?? (await openTenantDatabase(location, code));
      dbs.set(code, db);
      return { db };
    },
  });
  await router.start();
  const listener = createServer(router.dispatch);
  await new Promise<void>((done) => listener.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  const serverFor = (code: string | null, db: Db, token: string): TestServer => ({
    url: code ? `${url}/t/${code}` : url,
    db,
    location,
    logs,
    clock,
    get outbox() {
      return router.get(code)!.ctx.outbox;
    },
    fetch(path, init = {}) {
      const headers = new Headers(init.headers);
      if (init.json !== undefined) headers.set('Content-Type', 'application/json');
      if (init.staff) headers.set('Authorization', `Bearer ${init.staff === true ? token : init.staff}`);
      return fetch(`${code ? `${url}/t/${code}` : url}${path}`, {
        ...init,
        headers,
        body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
      });
    },
    async close() {},
  });
  onCleanup(async () => {
    await new Promise((r) => {
      listener.close(r);
      listener.closeAllConnections();
    });
    await router.close();
    for (const db of dbs.values()) await db.close();
    await registry.close();
  });
  return {
    url,
    router,
    registry,
    own: serverFor(null, registry, STAFF_TOKEN),
    a: serverFor(TENANTS.a.code, dbs.get(TENANTS.a.code)!, TENANTS.a.token),
    b: serverFor(TENANTS.b.code, dbs.get(TENANTS.b.code)!, TENANTS.b.token),
  };
}
