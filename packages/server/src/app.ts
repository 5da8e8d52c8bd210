import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerFactory } from 'fastify';
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
import { registerReadCaching, type ReadCacheShare } from './caching/read-cache.js';

export type { ServerOptions } from './context.js';

export type BuiltApp = FastifyInstance & { outbox: OutboxSender; lifecycle: { draining: boolean }; photos: PhotoStore };

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

/** Builds the Fastify app for the Buurtkit API on an opened, migrated database. */
export async function buildApp(options: ServerOptions, hosting: Hosting = {}): Promise<BuiltApp> {
  const secret = await serverSecret(options.db);
  const responseDays = options.responseDays ?? 10;
  const mailConfig: MailConfig = { ...MAIL_DEFAULTS, publicUrl: 'http://localhost:8787', ...options.mail };
  const notifier = new Notifier(mailConfig, secret, responseDays);
  const outbox = new OutboxSender(options.db, mailConfig, notifier, secret, options.now, options.log);
  const ctx: AppContext = {
    ...options,
    responseDays,
    showElsewhere: options.showElsewhere ?? true,
    openDataLicense: options.openDataLicense ?? 'CC0-1.0',
    photos: options.photos ?? new DbPhotoStore(options.db, options.now),
    secret,
    clusters: new ClusterCache(),
    points: new PointCache(pointRows, publicVersion),
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
  const app = Fastify({
    logger: false,
    bodyLimit: 256 * 1024,
    trustProxy: options.trustProxy,
    // Our ids are numbers; long garbage in a path should be a 422, not a router error.
    routerOptions: { maxParamLength: 2048 },
    // Closing (a rolling restart) serves what still arrives on open connections rather than
    // answering 503: the load balancer has stopped sending, and responses close them.
    return503OnClosing: false,
    ...(hosting.serverFactory ? { serverFactory: hosting.serverFactory } : {}),
  });

  registerCors(app, options.corsOrigins);
  registerReadCaching(app, options.db, hosting.readCache);

  app.addHook('onResponse', async (req, reply) => {
    // Method, route pattern, status and time only: no query string, no address, no body.
    options.log({
      method: req.method,
      route: req.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    });
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    // Draining: the client's next request opens a connection, which lands on another instance.
    if (ctx.lifecycle.draining) reply.header('Connection', 'close');
    return payload;
  });

  app.setErrorHandler((error: FastifyError | HttpProblem, req, reply) => {
    const locale = localeOf(req);
    let problem: HttpProblem;
    if (error instanceof HttpProblem) problem = error;
    else if (isUnavailable(error)) {
      // The database went away (a restart, a failover): the client tries again shortly; nothing hangs.
      options.log({ event: 'database-unavailable', route: req.routeOptions.url, error: error.message });
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
      options.log({ event: 'error', route: req.routeOptions.url, error: error.message, stack: error.stack });
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
  publicRoutes(app, ctx);
  openDataRoutes(app, ctx);
  ideaRoutes(app, ctx);
  staffRoutes(app, ctx);
  phaseModelRoutes(app, ctx);
  mailRoutes(app, ctx);
  supportRoutes(app, ctx);
  signInRoutes(app, ctx);
  healthRoutes(app, ctx);
  privacyRoutes(app, ctx);
  settingsRoutes(app, ctx);
  embedRoutes(app, ctx);
  app.addHook('onReady', async () => outbox.start());
  app.addHook('onClose', async () => outbox.stop());
  // Tests and the CLI wait for the outbox (`idle()`) or poke it.
  Object.assign(app, { outbox, lifecycle: ctx.lifecycle, photos: ctx.photos });
  return app as unknown as BuiltApp;
}
