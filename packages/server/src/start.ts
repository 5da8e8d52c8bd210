import { dirname, join } from 'node:path';
import { parseArgs as parseNodeArgs } from 'node:util';
import { createServer } from 'node:http';
import { runInNewContext } from 'node:vm';
import type { AddressInfo } from 'node:net';
import type { ServerOptions } from './app.js';
import { openDatabase } from './db/index.js';
import { seedBulk } from './seed/bulk.js';
import { seedDemo, seedReference } from './seed/index.js';
import { eraseExpiredContacts, eraseExpiredPhotos } from './store/ideas.js';
import { DbPhotoStore, DiskPhotoStore, movePhotoFiles, type PhotoStore } from './photos/store.js';
import type { S3Config } from './photos/s3-store.js';
import { photoExists } from './store/photos.js';
import type { Db } from './db/index.js';
import type { MailConfig } from './mail/config.js';
import { eraseFinishedInitiativeHelpers } from './store/offers.js';
import { eraseOldMailAddresses } from './store/outbox.js';
import type { OidcConfig } from './auth/oidc.js';
import { isRole, type Role } from './auth/roles.js';
import type { StaticStaff } from './auth/staff.js';
import { TenantRouter } from './tenants/router.js';
import { openTenantDatabase } from './tenants/location.js';

/** What the command line sets: the app's options that do not need a running database, and where to listen. */
export type StartOptions = Pick<
  ServerOptions,
  | 'staffTokens'
  | 'corsOrigins'
  | 'rateLimit'
  | 'minFillSeconds'
  | 'retentionDays'
  | 'trustProxy'
  | 'responseDays'
  | 'showElsewhere'
  | 'openDataLicense'
  | 'oidc'
> & {
  mail?: Partial<MailConfig>;
  port: number;
  host: string;
  /** Seconds between SIGTERM and closing the listener, for load balancers to notice readiness is gone. */
  drainSeconds?: number;
  database: string;
  /**
   * Where residents' photos are kept: `db` (default: every instance finds them, backups
   * hold them), `s3` (an object store, `s3` options) or `disk` (files in `photoDir`, one
   * instance only).
   */
  photoStore?: 'db' | 's3' | 'disk';
  /** The photo folder: the `disk` store, or files from before to move into the db or s3 store. */
  photoDir: string;
  s3?: S3Config;
  seed: 'demo' | null;
  /** Generated initiatives to add to an empty database (for trying large maps). */
  bulk?: number;
  quiet: boolean;
};

export const USAGE = `Usage: buurtkit-server [options]
       buurtkit-server backup --to FILE [--database D]   (SQLite; see backup --help)
       buurtkit-server tenant add|set|list …            more municipalities on this server (tenant --help)
  --port N             port to listen on (PORT, default 8787)
  --host H             address to bind (HOST, default 127.0.0.1)
  --database D         SQLite file path or postgres:// URL (DATABASE_URL, default ./data/buurtkit.sqlite)
  --seed demo          load the demo data into an empty database
  --bulk N             also generate N initiatives across the country (to try large maps)
  --cors-origins LIST  comma-separated origins allowed to call the API (BUURTKIT_CORS_ORIGINS)
  --photos DIR         the folder of photos kept as files (BUURTKIT_PHOTO_DIR, default: photos/ beside
                       the SQLite file, ./data/photos for PostgreSQL): the disk store, or files from
                       before that the db or s3 store takes over at start
  --quiet              no request log
Environment only:
  BUURTKIT_STAFF_TOKEN       static staff tokens: "token", "name:token" (role beheer) or "name:role:token",
                             comma-separated; roles ideeenmakelaar, beheer, analist (several: a+b)
Staff sign-in with the municipality's OpenID provider (Entra ID, ADFS, Keycloak):
  BUURTKIT_OIDC_ISSUER       the issuer URL, e.g. https://login.microsoftonline.com/TENANT/v2.0
  BUURTKIT_OIDC_CLIENT_ID    the desk's client id (a public client: authorization code with PKCE)
  BUURTKIT_OIDC_AUDIENCE     the audience of access tokens for this API (default: the client id)
  BUURTKIT_OIDC_ROLES_CLAIM  the claim with the roles (default "roles"; Keycloak: "realm_access.roles")
  BUURTKIT_OIDC_SCOPE        the scopes the desk asks for (default "openid profile")
  BUURTKIT_OIDC_AREAS_CLAIM  the claim with an ideeenmakelaar's own areas (CBS codes GM…, WK…, BU…):
                             they see and handle only ideas there (and ideas without a place);
                             unset: every ideeenmakelaar handles every area
  BUURTKIT_RATE_LIMIT        idea submissions per client per window, "max/seconds" (default 10/600)
  BUURTKIT_MIN_FILL_SECONDS  ideas sent sooner after opening the form are spam (default 3)
  BUURTKIT_RETENTION_DAYS    days after which residents' contact details are erased (default 365)
  BUURTKIT_RESPONSE_DAYS     working days within which the municipality promises a first answer (default 10)
  BUURTKIT_TRUST_PROXY       "true" behind a reverse proxy that sets X-Forwarded-For
  BUURTKIT_PHOTO_STORE       where residents' photos are kept: db (default; every instance finds them),
                             s3 (an S3-compatible object store) or disk (the --photos folder; one instance)
  BUURTKIT_S3_BUCKET         the bucket for the s3 store; BUURTKIT_S3_PREFIX (default "photos/"),
                             BUURTKIT_S3_ENDPOINT (MinIO, Ceph, …; AWS when unset), BUURTKIT_S3_REGION;
                             credentials the AWS SDK's usual ways (AWS_ACCESS_KEY_ID, …)
  BUURTKIT_DRAIN_SECONDS     on SIGTERM, seconds /readyz answers 503 before the server stops accepting
                             connections and finishes what is in flight (default 5)
  BUURTKIT_SHOW_ELSEWHERE    "false" hides, in public answers, how many backers live outside the municipality
  BUURTKIT_OPEN_DATA_LICENSE the SPDX identifier of the open data's licence (/api/v1/ogc; default CC0-1.0)
Mail (without BUURTKIT_SMTP_URL mails are queued in the outbox, not sent, and nothing is lost):
  BUURTKIT_SMTP_URL          smtp://user:pass@host:587 or smtps://…:465 (Nodemailer URL options allowed)
  BUURTKIT_MAIL_FROM         the sender, e.g. "Gemeente Almere <initiatieven@almere.nl>"
  BUURTKIT_MUNICIPALITY      how mails name the sender in sentences (default "de gemeente")
  BUURTKIT_PUBLIC_URL        the API as residents reach it, for confirm and unsubscribe links
                             (default http://HOST:PORT)
  BUURTKIT_TRACKING_URL      the page with the phase tracker, e.g. https://almere.nl/volg?ref={reference}
  BUURTKIT_INITIATIVE_URL    an initiative's public page, e.g. https://almere.nl/initiatieven#initiative={id}
  BUURTKIT_DESK_URL          the staff page with the desk, linked from staff mails`;

/** The open data's licence: an SPDX identifier, which also names its page at spdx.org. */
function openDataLicense(env: NodeJS.ProcessEnv): string {
  const id = env.BUURTKIT_OPEN_DATA_LICENSE ?? 'CC0-1.0';
  if (!/^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$/.test(id))
    throw new Error(`BUURTKIT_OPEN_DATA_LICENSE takes an SPDX licence identifier such as CC-BY-4.0, not "${id}"`);
  return id;
}

/** A configured link base must be http(s): it ends up in residents' mail. */
function webUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value.replace(/\{\w+\}/g, 'x'));
  } catch {
    throw new Error(`${name} is not a URL: "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} must start with https://`);
  return value;
}

function mailOptions(env: NodeJS.ProcessEnv, host: string, port: number): Partial<MailConfig> {
  const smtp = env.BUURTKIT_SMTP_URL || null;
  if (smtp && !/^smtps?:\/\//.test(smtp)) throw new Error('BUURTKIT_SMTP_URL must start with smtp:// or smtps://');
  const mail: Partial<MailConfig> = {
    smtpUrl: smtp,
    // A name, not an address: links in mail should not carry an IP address.
    publicUrl:
      webUrl(env, 'BUURTKIT_PUBLIC_URL') ??
      `http://${/^(127\.0\.0\.1|0\.0\.0\.0|::1?)$/.test(host) ? 'localhost' : host}:${port}`,
    trackingUrl: webUrl(env, 'BUURTKIT_TRACKING_URL') ?? null,
    initiativeUrl: webUrl(env, 'BUURTKIT_INITIATIVE_URL') ?? null,
    deskUrl: webUrl(env, 'BUURTKIT_DESK_URL') ?? null,
  };
  if (env.BUURTKIT_MAIL_FROM) mail.from = env.BUURTKIT_MAIL_FROM;
  if (env.BUURTKIT_MUNICIPALITY) mail.municipality = env.BUURTKIT_MUNICIPALITY;
  // Tests and the demo look at the outbox more often than a production server needs to.
  if (env.BUURTKIT_MAIL_POLL_MS) mail.pollMs = Number(env.BUURTKIT_MAIL_POLL_MS);
  if (env.BUURTKIT_MAIL_LEASE_MS) mail.leaseMs = Number(env.BUURTKIT_MAIL_LEASE_MS);
  if (env.BUURTKIT_MAIL_RETRY_MS) mail.retryBaseMs = Number(env.BUURTKIT_MAIL_RETRY_MS);
  return mail;
}

/** "token", "name:token" (beheer) or "name:role+role:token", comma-separated. */
function staffTokens(value: string): Map<string, StaticStaff> {
  const tokens = new Map<string, StaticStaff>();
  for (const entry of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const parts = entry.split(':');
    const roles = parts.length > 2 ? parts[1]!.split('+') : [];
    const withRoles = roles.length > 0 && roles.every(isRole);
    const name = parts.length > 1 ? parts[0]! : 'staff';
    const token = parts.slice(withRoles ? 2 : parts.length > 1 ? 1 : 0).join(':');
    if (token.length < 16) throw new Error('BUURTKIT_STAFF_TOKEN: each token needs at least 16 characters');
    tokens.set(token, withRoles ? { name, roles: roles as Role[] } : name);
  }
  return tokens;
}

function photoStoreOptions(env: NodeJS.ProcessEnv): Pick<StartOptions, 'photoStore' | 's3'> {
  const store = env.BUURTKIT_PHOTO_STORE ?? 'db';
  if (store !== 'db' && store !== 's3' && store !== 'disk')
    throw new Error(`BUURTKIT_PHOTO_STORE takes db, s3 or disk, not "${store}"`);
  if (store !== 's3') return { photoStore: store };
  const bucket = env.BUURTKIT_S3_BUCKET;
  if (!bucket) throw new Error('BUURTKIT_PHOTO_STORE=s3 needs BUURTKIT_S3_BUCKET');
  return {
    photoStore: 's3',
    s3: {
      bucket,
      prefix: env.BUURTKIT_S3_PREFIX ?? 'photos/',
      endpoint: webUrl(env, 'BUURTKIT_S3_ENDPOINT'),
      region: env.BUURTKIT_S3_REGION ?? env.AWS_REGION ?? 'eu-central-1',
    },
  };
}

function oidcOptions(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = webUrl(env, 'BUURTKIT_OIDC_ISSUER');
  if (!issuer) return undefined;
  const clientId = env.BUURTKIT_OIDC_CLIENT_ID;
  if (!clientId) throw new Error('BUURTKIT_OIDC_ISSUER needs BUURTKIT_OIDC_CLIENT_ID too');
  return {
    issuer,
    clientId,
    audience: env.BUURTKIT_OIDC_AUDIENCE || clientId,
    rolesClaim: env.BUURTKIT_OIDC_ROLES_CLAIM || 'roles',
    scope: env.BUURTKIT_OIDC_SCOPE || 'openid profile',
    ...(env.BUURTKIT_OIDC_AREAS_CLAIM ? { areasClaim: env.BUURTKIT_OIDC_AREAS_CLAIM } : {}),
  };
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): StartOptions {
  const { values } = parseNodeArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      database: { type: 'string' },
      seed: { type: 'string' },
      bulk: { type: 'string' },
      'cors-origins': { type: 'string' },
      photos: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.seed !== undefined && values.seed !== 'demo') throw new Error(`--seed takes "demo", not "${values.seed}"`);
  if (values.bulk !== undefined && !/^[1-9][0-9]{0,6}$/.test(values.bulk))
    throw new Error(`--bulk takes a number of initiatives up to 9,999,999, not "${values.bulk}"`);
  const tokens = staffTokens(env.BUURTKIT_STAFF_TOKEN ?? '');
  const responseDays = env.BUURTKIT_RESPONSE_DAYS ?? '10';
  if (!/^[1-9][0-9]?$/.test(responseDays))
    throw new Error(`BUURTKIT_RESPONSE_DAYS takes a number of working days from 1 to 99, not "${responseDays}"`);
  const database = values.database ?? env.DATABASE_URL ?? './data/buurtkit.sqlite';
  const [max = '10', windowSeconds = '600'] = (env.BUURTKIT_RATE_LIMIT ?? '10/600').split('/');
  const port = Number(values.port ?? env.PORT ?? 8787);
  const host = values.host ?? env.HOST ?? '127.0.0.1';
  return {
    port,
    host,
    mail: mailOptions(env, host, port),
    database,
    photoDir:
      values.photos ??
      env.BUURTKIT_PHOTO_DIR ??
      (/^postgres(ql)?:/.test(database) ? './data/photos' : join(dirname(database), 'photos')),
    ...photoStoreOptions(env),
    seed: values.seed === 'demo' ? 'demo' : null,
    bulk: values.bulk === undefined ? undefined : Number(values.bulk),
    staffTokens: tokens,
    corsOrigins: (values['cors-origins'] ?? env.BUURTKIT_CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    rateLimit: { max: Number(max), windowSeconds: Number(windowSeconds) },
    minFillSeconds: Number(env.BUURTKIT_MIN_FILL_SECONDS ?? 3),
    retentionDays: Number(env.BUURTKIT_RETENTION_DAYS ?? 365),
    responseDays: Number(responseDays),
    trustProxy: env.BUURTKIT_TRUST_PROXY === 'true',
    showElsewhere: env.BUURTKIT_SHOW_ELSEWHERE !== 'false',
    openDataLicense: openDataLicense(env),
    drainSeconds: Number(env.BUURTKIT_DRAIN_SECONDS ?? 5),
    oidc: oidcOptions(env),
    quiet: values.quiet ?? false,
  };
}

async function openPhotoStore(o: StartOptions, db: Db, files: DiskPhotoStore): Promise<PhotoStore> {
  if (o.photoStore === 'disk') return files;
  const store: PhotoStore =
    o.photoStore === 's3' && o.s3
      ? new (await import('./photos/s3-store.js')).S3PhotoStore(o.s3)
      : new DbPhotoStore(db);
  // Photos kept as files before move over once; a restart finishes a move that was cut off.
  const moved = await movePhotoFiles(files, store, (id) => photoExists(db, id));
  if (moved && !o.quiet) console.log(JSON.stringify({ event: 'photos-moved', to: o.photoStore ?? 'db', moved }));
  return store;
}

/** A tenant's photos: its own folder or object prefix; in its own database by default. */
async function tenantPhotos(o: StartOptions, code: string): Promise<PhotoStore | undefined> {
  if (o.photoStore === 'disk') return new DiskPhotoStore(join(o.photoDir, code));
  if (o.photoStore === 's3' && o.s3)
    return new (await import('./photos/s3-store.js')).S3PhotoStore({ ...o.s3, prefix: `${o.s3.prefix}${code}/` });
  return undefined;
}

/** Opens the database, seeds it when asked, starts listening and the retention job. */
export async function startServer(o: StartOptions) {
  const db = await openDatabase(o.database);
  const files = new DiskPhotoStore(o.photoDir);
  const photos = await openPhotoStore(o, db, files);
  await seedReference(db);
  if (o.seed === 'demo') await seedDemo(db);
  if (o.bulk) {
    // Once: a restart with the same --bulk finds them there.
    const { n } = (await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM initiatives'))!;
    if (Number(n) < o.bulk) await seedBulk(db, o.bulk);
  }
  const log = o.quiet
    ? () => {}
    : (line: Record<string, unknown>) => console.log(JSON.stringify({ t: new Date().toISOString(), ...line }));
  const tenantDbs: Db[] = [];
  const router = new TenantRouter({
    registry: db,
    publicUrl: o.mail?.publicUrl ?? `http://localhost:${o.port}`,
    base: {
      staffTokens: o.staffTokens,
      corsOrigins: o.corsOrigins,
      rateLimit: o.rateLimit,
      minFillSeconds: o.minFillSeconds,
      retentionDays: o.retentionDays,
      responseDays: o.responseDays,
      showElsewhere: o.showElsewhere,
      openDataLicense: o.openDataLicense,
      oidc: o.oidc,
      trustProxy: o.trustProxy,
      log,
      now: () => new Date(),
      photos,
      mail: o.mail,
    },
    async openTenant(code) {
      const tenantDb = await openTenantDatabase(o.database, code);
      tenantDbs.push(tenantDb);
      return { db: tenantDb, photos: await tenantPhotos(o, code) };
    },
  });
  await router.start();
  const retention = async () => {
    for (const t of router.tenants()) {
      const store = t.ctx.photos;
      const erased = await eraseExpiredContacts(t.db, new Date(), o.retentionDays).catch(() => 0);
      const photosErased = await eraseExpiredPhotos(t.db, store, new Date()).catch(() => 0);
      const cutoff = new Date(Date.now() - o.retentionDays * 86_400_000).toISOString();
      const addresses = await eraseOldMailAddresses(t.db, cutoff).catch(() => 0);
      const helpers = await eraseFinishedInitiativeHelpers(t.db, cutoff).catch(() => 0);
      if (erased || photosErased || addresses || helpers)
        log({ event: 'retention', tenant: t.code, erased, photos: photosErased, addresses, helpers });
    }
  };
  await retention();
  const timer = setInterval(retention, 3_600_000);
  timer.unref();
  const listener = createServer(router.dispatch);
  await new Promise<void>((done, fail) => {
    listener.once('error', fail);
    listener.listen(o.port, o.host, () => done());
  });
  const bound = listener.address() as AddressInfo;
  const address = `http://${bound.family === 'IPv6' ? `[${bound.address}]` : bound.address}:${bound.port}`;
  // Builds the cluster index and the point index of all initiatives now, in the background,
  // so the first resident to open a map of a million initiatives does not wait for them.
  const warmed = (async () => {
    for (const { ctx } of router.tenants()) {
      await ctx.clusters.index(ctx.db, [], []).catch(() => undefined);
      // `at` only starts the point index: waited for, or fifty municipalities' builds (half a
      // million rows read) were still under way when the warm-up ended.
      await ctx.points.at(ctx.db).catch(() => undefined);
      await ctx.points.settled();
    }
    // Building the indexes left ~100 MB of garbage in the old generation (fifty municipalities),
    // which V8 would collect only when that generation next fills. Until then every young
    // collection paid for it: each walks all the old generation's pages, and a scavenge took
    // 2.1 ms instead of 0.9 (each pause holds up every waiting request). Once, before the load.
    collectGarbage();
  })();
  return {
    url: address,
    /** Settles when every municipality's indexes are built (the server answers before). */
    warmed,
    /** The API: one Fastify instance for every municipality. */
    app: router.app,
    router,
    db,
    /**
     * A graceful stop (SIGTERM in a rolling restart): readiness turns 503 at once so the
     * load balancer stops sending; after `drainMs` the server stops accepting connections,
     * finishes every request in flight (and the mail it is sending), then closes the database.
     */
    async close(drainMs = 0) {
      for (const t of router.tenants()) t.ctx.lifecycle.draining = true;
      if (drainMs > 0) await new Promise((r) => setTimeout(r, drainMs));
      clearInterval(timer);
      const closed = new Promise((r) => listener.close(r));
      listener.closeIdleConnections();
      await closed;
      await router.close();
      for (const d of tenantDbs) await d.close();
      await db.close();
    },
  };
}

/** A full, compacting collection, where V8 allows it (`bin/buurtkit-server.mjs` sets --expose-gc). */
function collectGarbage() {
  try {
    (runInNewContext('gc') as () => void)();
  } catch {
    // Started without the flag (tests, an embedding host): V8 collects in its own time.
  }
}
