import type { FastifyInstance } from 'fastify';
import { localeOf } from '../context.js';
import { LATEST_MIGRATION } from '../db/migrations.js';
import { message } from '../messages.js';
import { HttpProblem, problemType } from '../problems.js';
import { appliedMigration } from '../store/health.js';

/**
 * For load balancers and orchestrators. `/healthz`: the process answers (restart it if
 * not). `/readyz`: send it traffic — the database answers, every migration is applied,
 * and the instance is not draining for a shutdown. Both at the root, as probes expect,
 * and under the API's base path.
 */
export function healthRoutes(app: FastifyInstance) {
  const notReady = (locale: ReturnType<typeof localeOf>, detail: string) =>
    new HttpProblem(503, message(locale, 'title.unavailable'), {
      type: problemType('not-ready'),
      detail,
      headers: { 'Retry-After': '5' },
    });
  for (const base of ['', '/api/v1']) {
    app.get(`${base}/healthz`, async (_req, reply) => {
      reply.header('Cache-Control', 'no-store');
      return { status: 'alive' };
    });
    app.get(`${base}/readyz`, async (req, reply) => {
      const { ctx } = req;
      reply.header('Cache-Control', 'no-store');
      const locale = localeOf(req);
      if (ctx.lifecycle.draining) throw notReady(locale, 'draining');
      let applied: number | null;
      try {
        applied = await appliedMigration(ctx.db);
      } catch {
        throw notReady(locale, 'database');
      }
      if (applied !== LATEST_MIGRATION) throw notReady(locale, 'migrations');
      return { status: 'ready', migration: applied };
    });
  }
}
