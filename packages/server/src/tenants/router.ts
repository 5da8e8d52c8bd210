import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { buildApi, createContext } from '../app.js';
import { ReadCache } from '../caching/read-cache.js';
import type { AppContext, ServerOptions } from '../context.js';
import type { Db } from '../db/index.js';
import type { PhotoStore } from '../photos/store.js';
import { listTenants, settingsText, type TenantRow } from '../store/tenants.js';
import { setBasePath } from './base.js';
import { applySettings, type StoredSettings } from './settings.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** One municipality's API as it runs now: its database, its app, and the settings it was built with. */
export interface Tenant {
  /** The CBS gemeente code; null for the server's own municipality (the bare `/api/v1`). */
  code: string | null;
  db: Db;
  photos?: PhotoStore;
  /** Its settings, staff, caches and outbox: what each of its requests carries (`req.ctx`). */
  ctx: AppContext;
  hosts: string[];
  settings: string;
}

export interface TenantRouterOptions {
  /** The first database: the server's own municipality, and the list of the others. */
  registry: Db;
  /** The server's options (the command line, the environment); each tenant's settings go on top. */
  base: Omit<ServerOptions, 'db'>;
  /** Where links in mail start (`BUURTKIT_PUBLIC_URL`); a tenant's add `/t/GM0034`. */
  publicUrl: string;
  /** Opens (creating and migrating when new) a tenant's own database. */
  openTenant(code: string): Promise<{ db: Db; photos?: PhotoStore }>;
  /** How often other instances' and the command line's changes are looked for (default 5 s). */
  refreshMs?: number;
}

/** `/t/GM0034/…`: the path prefix that names a tenant. */
const PREFIX = /^\/t\/(GM\d{4})(?=[/?]|$)/;

/** The context the router chose for a request, on the request itself (see `dispatch`). */
const CONTEXT = Symbol('buurtkit.context');
type Routed = IncomingMessage & { [CONTEXT]?: AppContext };

/**
 * One server, several municipalities. Each tenant has a context of its own (its database or
 * schema, secret, staff, CORS origins, mail sender, caches and outbox); one Fastify instance
 * serves them all behind one listener. A request names its tenant by path
 * (`/t/GM0034/api/v1/…`) or by host name (a host a tenant lists), anything else is the
 * server's own municipality, and the router puts that tenant's context on the request before
 * the app sees it. Nothing is shared that a query could cross: every query runs on the
 * context's own database or schema, isolation by construction, not by a `WHERE` every query
 * must remember.
 */
export class TenantRouter {
  own!: Tenant;
  /** The API, one instance for every tenant: its routes are registered once. */
  app!: FastifyInstance;
  private handler!: Handler;
  private readonly byCode = new Map<string, Tenant>();
  private byHost = new Map<string, Tenant>();
  private queue: Promise<unknown> = Promise.resolve();
  private timer?: NodeJS.Timeout;
  /**
   * Public answers of every municipality, within one bound. An app's share is named by its
   * code and build: a rebuilt app (changed settings) never answers from its predecessor's.
   */
  private readonly answers = new ReadCache();
  private builds = 0;

  constructor(private readonly o: TenantRouterOptions) {}

  async start(): Promise<void> {
    this.app = buildApi((raw: Routed) => raw[CONTEXT] ?? this.own.ctx, {
      trustProxy: this.o.base.trustProxy,
      // The router is the listener; the app is only its request handler.
      serverFactory: (h) => {
        this.handler = h;
        return createServer(h);
      },
    });
    await this.app.ready();
    this.own = await this.build(null, { db: this.o.registry, photos: this.o.base.photos }, []);
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), this.o.refreshMs ?? 5000);
    this.timer.unref();
  }

  /** The tenant with this code, as it runs now (a settings change replaces it). */
  get(code: string | null): Tenant | undefined {
    return code === null ? this.own : this.byCode.get(code);
  }

  /** Every municipality served, the server's own first. */
  tenants(): Tenant[] {
    return [this.own, ...this.byCode.values()];
  }

  /** The front door: finds the tenant and hands it the request, its path as the tenant sees it. */
  readonly dispatch: Handler = (req, res) => {
    const url = req.url ?? '/';
    const named = PREFIX.exec(url);
    let tenant: Tenant | undefined;
    if (named) {
      tenant = this.byCode.get(named[1]!);
      // An unknown code is the server's own 404, as any other unknown path.
      if (tenant) {
        req.url = url.slice(named[0].length) || '/';
        setBasePath(req, named[0]);
      }
    } else tenant = this.byHost.get((req.headers.host ?? '').toLowerCase().replace(/:\d+$/, ''));
    // Chosen once: a request keeps the context it began with, even if settings change meanwhile.
    (req as Routed)[CONTEXT] = (tenant ?? this.own).ctx;
    this.handler(req, res);
  };

  /**
   * Looks for tenants added and settings changed (by the command line, the desk, another
   * instance) and rebuilds what changed. Serialised: two refreshes never build one tenant twice.
   */
  refresh(): Promise<void> {
    const next = this.queue.then(() => this.refreshNow());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async refreshNow() {
    const rows = await listTenants(this.o.registry);
    for (const row of rows) {
      const known = this.byCode.get(row.code);
      if (!known) this.byCode.set(row.code, await this.build(row.code, await this.o.openTenant(row.code), row.hosts));
      else await this.rebuildIfChanged(known, row);
    }
    await this.rebuildIfChanged(this.own, { code: '', hosts: [] });
    this.byHost = new Map(this.tenants().flatMap((t) => t.hosts.map((h) => [h, t] as const)));
  }

  private async rebuildIfChanged(t: Tenant, row: TenantRow) {
    const text = await settingsText(t.db);
    if (text === t.settings && row.hosts.join() === t.hosts.join()) return;
    const next = await this.build(t.code, t, row.hosts);
    if (t.code === null) this.own = next;
    else this.byCode.set(t.code, next);
    // Requests begun on the old context finish on it; its outbox stops (the new one has started).
    setTimeout(() => void t.ctx.outbox.stop().catch(() => undefined), 10_000).unref();
  }

  private async build(code: string | null, from: { db: Db; photos?: PhotoStore }, hosts: string[]): Promise<Tenant> {
    const settings = await settingsText(from.db);
    const publicUrl = code ? `${this.o.publicUrl}/t/${code}` : this.o.publicUrl;
    const options = applySettings({ ...this.o.base, db: from.db }, JSON.parse(settings) as StoredSettings, {
      code,
      publicUrl,
    });
    const ctx = await createContext(
      { ...options, ...(from.photos ? { photos: from.photos } : {}) },
      {
        tenant: code,
        readCache: { cache: this.answers, scope: `${code ?? '-'}#${++this.builds} ` },
        // The desk's `beheer` changed the settings: this tenant is rebuilt before the answer goes.
        settingsChanged: () => this.refresh(),
      },
    );
    ctx.outbox.start();
    return { code, db: from.db, photos: from.photos, ctx, hosts, settings };
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.queue;
    await this.app.close();
    for (const t of this.tenants()) await t.ctx.outbox.stop();
  }
}
