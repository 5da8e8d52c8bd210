import type { FastifyInstance } from 'fastify';
import { readReference } from '@buurtkit/api/reference';
import { audit } from '../auth/audit.js';
import { ownIdea } from '../auth/scope.js';
import { localeOf } from '../context.js';
import { hitRateLimit } from '../guards/rate-limit.js';
import { notFound, rateLimited } from '../problems.js';
import { validatorFor } from '../validation.js';
import { eraseExpiredPhotos, getIdea, staffIdeaWithPhotos } from '../store/ideas.js';
import { eraseIdeaPersonalData, ideaOfRequester, insertPrivacyRequest, type PrivacyKind } from '../store/privacy.js';

/**
 * Residents' rights under the AVG: to see (art. 15) and to erase (art. 17) what the
 * municipality holds about their idea. Asked for by reference and address; answered only
 * through a link mailed to the address the idea was sent with, so knowing someone's
 * reference and address is not enough. Staff erase on request from the desk. Audited.
 */
export function privacyRoutes(app: FastifyInstance) {
  const ask = validatorFor('requestPrivacy');
  const erase = validatorFor('staffEraseIdea');

  app.post('/api/v1/privacy-requests', async (req, reply) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const now = ctx.now();
    const limit = await hitRateLimit(ctx.db, ctx.secret, req.ip, 'privacy', ctx.rateLimit, now.getTime());
    if (!limit.allowed) throw rateLimited(locale, limit.retryAfter);
    const body = ask.body(req.body, locale) as { reference: string; email: string; kind: PrivacyKind };
    const read = readReference(body.reference);
    if (read.kind === 'reference' || read.kind === 'legacy') {
      await ctx.db.transaction(async (tx) => {
        const idea = await ideaOfRequester(tx, read.value, body.email);
        if (!idea || idea.status === 'spam') return;
        const id = await insertPrivacyRequest(tx, Number(idea.id), body.kind, now.toISOString());
        await ctx.notifier.privacyRequested(tx, idea, id, body.kind, now.toISOString());
      });
      ctx.outbox.poke();
    }
    // One answer for every request: it says nothing about which references or addresses exist.
    reply.code(202).header('Cache-Control', 'no-store');
    return { status: 'confirmation-sent' };
  });

  app.post('/api/v1/staff/ideas/:id/erase', async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const person = await ctx.staff.require(req, locale, 'ideas:handle');
    const { id } = erase.params(req.params as Record<string, unknown>, locale);
    const body = erase.body(req.body, locale) as { reason: string };
    const now = ctx.now();
    await ctx.db.transaction(async (tx) => {
      await ownIdea(tx, person, id as number, locale);
      if (!(await eraseIdeaPersonalData(tx, id as number, now.toISOString()))) throw notFound(locale);
      await audit(tx, now.toISOString(), person, 'privacy.erase', `idea:${id}`, { by: 'staff', reason: body.reason });
    });
    await eraseExpiredPhotos(ctx.db, ctx.photos, now);
    return staffIdeaWithPhotos(ctx.db, (await getIdea(ctx.db, id as number))!, ctx.responseDays);
  });
}
