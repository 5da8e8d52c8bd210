import type { IncomingMessage } from 'node:http';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyRequest,
  type FastifyServerFactory,
} from 'fastify';
import { ClusterCache } from './cluster-cache.js';
import { PointCache } from './caching/point-index.js';
import { pointRows } from './store/initiatives.js';
import { publicVersion } from './store/versions.js';
import { localeOf, type AppContext, type ServerOptions } from './context.js';
import { registerCors } from './cors.js';
import { serverSecret } from './guards/server-secret.js';
import { message } from './messages.js';
import { DbPhotoStore, type PhotoStore } from './photos/store.js';
import { HttpProblem, problemType } from './problems.js';
import { docsRoutes } from './routes/docs.js';
import { embedRoutes } from './routes/embed.js';
import { ideaRoutes } from './routes/ideas.js';
import { openDataRoutes } from './routes/open-data.js';
import { publicRoutes } from './routes/public.js';
import { staffRoutes } from './routes/staff.js';
import { phaseModelRoutes } from './routes/phase-models.js';
import { mailRoutes } from './routes/mail.js';
import { supportRoutes } from './routes/support.js';
import { signInRoutes } from './routes/sign-in.js';
import { healthRoutes } from './routes/health.js';
import { privacyRoutes } from './routes/privacy.js';
import { settingsRoutes } from './routes/settings.js';
import { isUnavailable } from './db/index.js';
import { MAIL_DEFAULTS, type MailConfig } from './mail/config.js';
import { Notifier } from './mail/notify.js';
import { OutboxSender } from './mail/sender.js';
import { AUTH_THROTTLE, StaffAuth } from './auth/staff.js';
import { ReadCache, registerReadCaching, type ReadCacheShare } from './caching/read-cache.js';

export type { ServerOptions } from './context.js';

export type BuiltApp = FastifyInstance & {
  outbox: OutboxSender;
  lifecycle: { draining: boolean };
  photos: PhotoStore;
  ctx: AppContext;
};

/** How a tenant router hosts an app (see `tenants/router.ts`); a plain server needs none of it. */
export interface Hosting {
  /** The tenant's CBS gemeente code; null for the server's own municipality. */
  tenant?: string | null;
  /** Called after `beheer` saved settings: resolves once they apply. */
  settingsChanged?: () => Promise<void>;
  serverFactory?: FastifyServerFactory;
  /** The server's cache of public answers and this app's share of it (default: a cache of its own). */
  readCache?: ReadCacheShare;
}

/**
 * One municipality's context: its database, secret, settings, staff, caches and outbox. Every
 * request carries the one it is for (`req.ctx`); nothing in the app holds one of its own.
 */
export async function createContext(options: ServerOptions, hosting: Hosting = {}): Promise<AppContext> {
  const secret = await serverSecret(options.db);
  const responseDays = options.responseDays ?? 10;
  const mailConfig: MailConfig = { ...MAIL_DEFAULTS, publicUrl: 'http://localhost:8787', ...options.mail };
  const notifier = new Notifier(mailConfig, secret, responseDays);
  const outbox = new OutboxSender(options.db, mailConfig, notifier, secret, options.now, options.log);
  return {
    ...options,
    responseDays,
    showElsewhere: options.showElsewhere ?? true,
    openDataLicense: options.openDataLicense ?? 'CC0-1.0',
    photos: options.photos ?? new DbPhotoStore(options.db, options.now),
    secret,
    clusters: new ClusterCache(),
    points: new PointCache(pointRows, publicVersion),
    readCache: hosting.readCache ?? { cache: new ReadCache(), scope: '' },
    mailConfig,
    notifier,
    outbox,
    lifecycle: { draining: false },
    tenant: hosting.tenant ?? null,
    settingsChanged: hosting.settingsChanged,
    staff: new StaffAuth(
      options.db,
      secret,
      options.staffTokens,
      options.oidc,
      options.authThrottle ?? AUTH_THROTTLE,
      options.now,
    ),
  };
}

/** What the one Fastify instance is made with: the same for every municipality it serves. */
export interface ApiOptions {
  trustProxy: boolean;
  serverFactory?: FastifyServerFactory;
}

/**
 * The Buurtkit API, its routes registered once, for whichever municipality `contextOf` names
 * for a request. A server of fifty municipalities is one instance, not fifty: fifty instances
 * each had their own request classes and router, and the code they share ran megamorphic
 * (fifty's CPU per map view ~1.5 x one's, most of it there; see the tenants benchmark).
 */
export function buildApi(contextOf: (raw: IncomingMessage) => AppContext, o: ApiOptions): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: 256 * 1024,
    trustProxy: o.trustProxy,
    // Our ids are numbers; long garbage in a path should be a 422, not a router error.
    routerOptions: { maxParamLength: 2048 },
    // Closing (a rolling restart) serves what still arrives on open connections rather than
    // answering 503: the load balancer has stopped sending, and responses close them.
    return503OnClosing: false,
    ...(o.serverFactory ? { serverFactory: o.serverFactory } : {}),
  });
  // A getter, so it is there for whatever runs first (a hook, the router's 404, a parse error).
  app.decorateRequest('ctx', {
    getter(this: FastifyRequest) {
      return contextOf(this.raw);
    },
  });

  registerCors(app);
  registerReadCaching(app);

  app.addHook('onResponse', async (req, reply) => {
    // Method, route pattern, status and time only: no query string, no address, no body.
    req.ctx.log({
      method: req.method,
      route: req.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    });
  });
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    // Draining: the client's next request opens a connection, which lands on another instance.
    if (req.ctx.lifecycle.draining) reply.header('Connection', 'close');
    return payload;
  });

  app.setErrorHandler((error: FastifyError | HttpProblem, req, reply) => {
    const locale = localeOf(req);
    const { log } = req.ctx;
    let problem: HttpProblem;
    if (error instanceof HttpProblem) problem = error;
    else if (isUnavailable(error)) {
      // The database went away (a restart, a failover): the client tries again shortly; nothing hangs.
      log({ event: 'database-unavailable', route: req.routeOptions.url, error: error.message });
      problem = new HttpProblem(503, message(locale, 'title.unavailable'), {
        type: problemType('unavailable'),
        headers: { 'Retry-After': '5' },
      });
    } else if (error.statusCode === 413)
      problem = new HttpProblem(413, message(locale, 'title.too-large'), { type: problemType('too-large') });
    else if (error.statusCode === 415)
      problem = new HttpProblem(415, message(locale, 'title.media-type'), { type: problemType('media-type') });
    else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      problem = new HttpProblem(400, message(locale, 'title.bad-request'), {
        type: problemType('bad-request'),
        detail: error.message,
      });
    } else {
      log({ event: 'error', route: req.routeOptions.url, error: error.message, stack: error.stack });
      problem = new HttpProblem(500, message(locale, 'title.server'));
    }
    reply
      .code(problem.status)
      .type('application/problem+json')
      .headers(problem.options.headers ?? {});
    return reply.send(problem.body(req.url.split('?')[0]));
  });
  app.setNotFoundHandler((req, reply) => {
    const locale = localeOf(req);
    reply.code(404).type('application/problem+json');
    return reply.send(
      new HttpProblem(404, message(locale, 'title.not-found'), { type: problemType('not-found') }).body(),
    );
  });

  docsRoutes(app);
  publicRoutes(app);
  openDataRoutes(app);
  ideaRoutes(app);
  staffRoutes(app);
  phaseModelRoutes(app);
  mailRoutes(app);
  supportRoutes(app);
  signInRoutes(app);
  healthRoutes(app);
  privacyRoutes(app);
  settingsRoutes(app);
  embedRoutes(app);
  return app;
}

/** The API for one municipality (a plain server, the tests): its context and its instance. */
export async function buildApp(options: ServerOptions, hosting: Hosting = {}): Promise<BuiltApp> {
  const ctx = await createContext(options, hosting);
  const app = buildApi(() => ctx, { trustProxy: options.trustProxy, serverFactory: hosting.serverFactory });
  app.addHook('onReady', async () => ctx.outbox.start());
  app.addHook('onClose', async () => ctx.outbox.stop());
  // Tests and the CLI wait for the outbox (`idle()`) or poke it.
  Object.assign(app, { outbox: ctx.outbox, lifecycle: ctx.lifecycle, photos: ctx.photos, ctx });
  return app as unknown as BuiltApp;
}
