import type { FastifyInstance } from 'fastify';
import { personSummary } from '../auth/staff.js';
import { localeOf } from '../context.js';

/**
 * How staff sign in, and who they are once they have. The desk asks the first (so a web
 * editor embeds it without configuring the provider twice) and the second after sign-in
 * (to show the person and hide what their roles cannot do).
 */
export function signInRoutes(app: FastifyInstance) {
  app.get('/api/v1/staff/sign-in', async (req) => {
    const { ctx } = req;
    const oidc = ctx.oidc;
    return {
      // Only what a public client needs: no secret exists for the desk, and none is published.
      oidc: oidc ? { issuer: oidc.issuer, clientId: oidc.clientId, scope: oidc.scope, audience: oidc.audience } : null,
      tokens: ctx.staffTokens.size > 0,
    };
  });

  app.get('/api/v1/staff/me', async (req) => personSummary(await req.ctx.staff.require(req, localeOf(req))));
}
