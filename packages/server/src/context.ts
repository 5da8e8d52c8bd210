import type { FastifyRequest } from 'fastify';
import type { Db } from './db/index.js';
import { negotiateLocale, type Locale } from './messages.js';
import { ClusterCache } from './cluster-cache.js';
import type { PointCache } from './caching/point-index.js';
import type { PhotoStore } from './photos/store.js';
import type { MailConfig } from './mail/config.js';
import type { Notifier } from './mail/notify.js';
import type { OutboxSender } from './mail/sender.js';
import type { OidcConfig } from './auth/oidc.js';
import type { StaffAuth, StaticStaff } from './auth/staff.js';
import type { RateLimit } from './guards/rate-limit.js';
import type { ReadCacheShare } from './caching/read-cache.js';

export interface ServerOptions {
  db: Db;
  /**
   * Static staff bearer tokens (small installs, the demo): the name each acts under in the
   * audit trail and its roles (a bare name is `beheer`).
   */
  staffTokens: Map<string, StaticStaff>;
  /** Staff sign-in through the municipality's OpenID provider (Entra ID, ADFS, Keycloak, …). */
  oidc?: OidcConfig;
  /** Failed staff authentications per client before it has to wait (default 20 per 5 minutes). */
  authThrottle?: RateLimit;
  /** Origins allowed to call the API from a browser. `*` opens the public read endpoints only. */
  corsOrigins: string[];
  rateLimit: { max: number; windowSeconds: number };
  /** Ideas sent sooner than this after the form was opened are treated as spam. */
  minFillSeconds: number;
  /** Days after which residents' contact details are erased. */
  retentionDays: number;
  trustProxy: boolean;
  /** Log lines (never personal data). */
  log: (line: Record<string, unknown>) => void;
  /** The clock; tests control it. */
  now: () => Date;
  /** Working days within which the municipality promises a first answer to a new idea (default 10). */
  responseDays?: number;
  /** Where residents' photos are kept; in the database when not given. */
  photos?: PhotoStore;
  /** Mail: SMTP, sender, the links in mails. Without `smtpUrl` mails are queued and not sent. */
  mail?: Partial<MailConfig>;
  /** Whether public answers show how many backers live outside the municipality (default true). */
  showElsewhere?: boolean;
  /** The licence of the open data, an SPDX identifier (default `CC0-1.0`). */
  openDataLicense?: string;
  /** The built resident bundle the embed pages load (default: packages/buurtkit/dist of this repository). */
  embedBundle?: string;
}

export interface AppContext extends ServerOptions {
  responseDays: number;
  showElsewhere: boolean;
  openDataLicense: string;
  photos: PhotoStore;
  secret: Buffer;
  clusters: ClusterCache;
  /** Every initiative's point in memory, for map views' lists. */
  points: PointCache;
  /** Where its public answers are kept: a share of the server's cache. */
  readCache: ReadCacheShare;
  mailConfig: MailConfig;
  notifier: Notifier;
  outbox: OutboxSender;
  staff: StaffAuth;
  /** Set when a shutdown begins: readiness says no, responses close their connections. */
  lifecycle: { draining: boolean };
  /** The municipality this app serves on a server of several (its CBS code); null for the server's own. */
  tenant: string | null;
  /** After `beheer` saved settings: resolves once they apply (a server without a tenant router: at restart). */
  settingsChanged?: () => Promise<void>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The municipality this request is for: its database, settings, staff, caches. */
    readonly ctx: AppContext;
  }
}

/**
 * State a route keeps per municipality (a throttle, a computed header), made on first use: the
 * routes are registered once for every municipality the server has.
 */
export function perContext<T>(make: (ctx: AppContext) => T): (ctx: AppContext) => T {
  const made = new WeakMap<AppContext, T>();
  return (ctx) => {
    let value = made.get(ctx);
    if (value === undefined) made.set(ctx, (value = make(ctx)));
    return value;
  };
}

export const localeOf = (req: FastifyRequest): Locale => negotiateLocale(req.headers['accept-language']);
