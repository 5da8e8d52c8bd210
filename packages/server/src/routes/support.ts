import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Locale } from '@buurtkit/api/locales';
import { audit } from '../auth/audit.js';
import { handles, type StaffPerson } from '../auth/staff.js';
import { localeOf, type AppContext } from '../context.js';
import { formTokenAge } from '../guards/form-token.js';
import { hitRateLimit } from '../guards/rate-limit.js';
import { emailKey } from '../guards/sign.js';
import { message } from '../messages.js';
import { notFound, rateLimited } from '../problems.js';
import { validationProblem, validatorFor } from '../validation.js';
import { backersPerDay, backerSummary, requestBacker } from '../store/backers.js';
import { getInitiative, offersDirect, setOffersDirect } from '../store/initiatives.js';
import { getOffer, offersOf, requestOffer, setOfferStatus, staffOffer, type OfferKind } from '../store/offers.js';

type Guarded = { formToken: string; website?: string; email: string; locale?: Locale };
type BackBody = Guarded & { name?: string; showName?: boolean; area?: string };
type OfferBody = Guarded & { kinds: OfferKind[]; message: string; name: string; phone?: string };

/** The answer to every accepted request, whatever became of it: it tells nobody who backs what. */
const SENT = { status: 'confirmation-sent' } as const;

/**
 * "Ik steun dit" and "Ik help mee": guarded like an idea (rate limit, form token, honeypot,
 * time trap), confirmed by mail, and for staff the support of an initiative.
 */
export function supportRoutes(app: FastifyInstance) {
  const v = {
    back: validatorFor('backInitiative'),
    offer: validatorFor('offerHelp'),
    support: validatorFor('staffInitiativeSupport'),
    direct: validatorFor('staffSetOffersDirect'),
    status: validatorFor('staffSetOfferStatus'),
  };

  /**
   * The guards every public write of this kind passes. Returns the initiative's title, or
   * null when the request is to be answered as usual and dropped (a bot: honeypot or too fast).
   */
  async function guard(req: FastifyRequest, body: Guarded, id: number, locale: Locale): Promise<string | null> {
    const { ctx } = req;
    const now = ctx.now().getTime();
    const limit = await hitRateLimit(ctx.db, ctx.secret, req.ip, 'support', ctx.rateLimit, now);
    if (!limit.allowed) throw rateLimited(locale, limit.retryAfter);
    const age = formTokenAge(ctx.secret, body.formToken, now);
    if (age === null)
      throw validationProblem(
        [{ pointer: '#/formToken', code: 'invalid-token', detail: message(locale, 'invalid-token') }],
        locale,
      );
    const initiative = await getInitiative(ctx.db, id);
    if (!initiative || initiative.status === 'closed') throw notFound(locale);
    return body.website || age < ctx.minFillSeconds ? null : initiative.title;
  }

  app.post('/api/v1/initiatives/:id/backers', async (req, reply) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const { id } = v.back.params(req.params as Record<string, unknown>, locale);
    const body = v.back.body(req.body, locale) as BackBody;
    const title = await guard(req, body, id as number, locale);
    if (title !== null) {
      const now = ctx.now();
      const name = body.name?.trim() || null;
      await ctx.db.transaction(async (tx) => {
        const { backer, confirm } = await requestBacker(
          tx,
          {
            initiativeId: id as number,
            emailHash: emailKey(ctx.secret, body.email),
            name,
            showName: !!name && body.showName === true,
            area: body.area ?? null,
            locale: body.locale ?? locale,
          },
          now,
        );
        if (confirm) await ctx.notifier.backRequested(tx, backer, body.email.trim(), title, now.toISOString());
      });
      ctx.outbox.poke();
    }
    reply.code(202).header('Cache-Control', 'no-store');
    return SENT;
  });

  app.post('/api/v1/initiatives/:id/offers', async (req, reply) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const { id } = v.offer.params(req.params as Record<string, unknown>, locale);
    const body = v.offer.body(req.body, locale) as OfferBody;
    const title = await guard(req, body, id as number, locale);
    if (title !== null) {
      const now = ctx.now();
      await ctx.db.transaction(async (tx) => {
        const { offer, confirm } = await requestOffer(
          tx,
          {
            initiativeId: id as number,
            emailHash: emailKey(ctx.secret, body.email),
            kinds: body.kinds,
            message: body.message.trim() || body.message,
            name: body.name.trim() || body.name,
            email: body.email.trim(),
            phone: body.phone?.trim() || null,
            locale: body.locale ?? locale,
          },
          now,
        );
        if (confirm) await ctx.notifier.offerRequested(tx, offer, title, now.toISOString());
      });
      ctx.outbox.poke();
    }
    reply.code(202).header('Cache-Control', 'no-store');
    return SENT;
  });

  app.get('/api/v1/staff/initiatives/:id/support', async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const person = await ctx.staff.require(req, locale, 'ideas:read');
    const { id } = v.support.params(req.params as Record<string, unknown>, locale);
    await ownInitiative(ctx, person, id as number, locale);
    const support = await supportOf(ctx, id as number);
    if (!support) throw notFound(locale);
    return support;
  });

  app.put('/api/v1/staff/initiatives/:id/offers-direct', async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const actor = await ctx.staff.require(req, locale, 'ideas:handle');
    const { id } = v.direct.params(req.params as Record<string, unknown>, locale);
    const { enabled } = v.direct.body(req.body, locale) as { enabled: boolean };
    const now = ctx.now().toISOString();
    await ownInitiative(ctx, actor, id as number, locale);
    await ctx.db.transaction(async (tx) => {
      if (!(await setOffersDirect(tx, id as number, enabled))) throw notFound(locale);
      await audit(
        tx,
        now,
        actor,
        enabled ? 'initiative.offers-direct' : 'initiative.offers-via-contact',
        `initiative:${id}`,
      );
    });
    return (await supportOf(ctx, id as number))!;
  });

  app.put('/api/v1/staff/offers/:id', async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const actor = await ctx.staff.require(req, locale, 'ideas:handle');
    const { id } = v.status.params(req.params as Record<string, unknown>, locale);
    const { status } = v.status.body(req.body, locale) as { status: 'new' | 'forwarded' | 'done' };
    const now = ctx.now().toISOString();
    const before = await getOffer(ctx.db, id as number);
    if (!before) throw notFound(locale);
    await ownInitiative(ctx, actor, Number(before.initiative_id), locale);
    return ctx.db.transaction(async (tx) => {
      if (!(await setOfferStatus(tx, id as number, status, now))) throw notFound(locale);
      const offer = (await getOffer(tx, id as number))!;
      await audit(tx, now, actor, 'offer.status', `initiative:${offer.initiative_id}`, { offer: id, status });
      return staffOffer(offer);
    });
  });
}

/** The initiative's area is this person's (their own areas, when they have them); 404 otherwise. */
async function ownInitiative(ctx: AppContext, person: StaffPerson, id: number, locale: Locale) {
  const initiative = await getInitiative(ctx.db, id);
  if (initiative && !handles(person, initiative.areaCode)) throw notFound(locale);
}

/** What staff see of an initiative's support: all of it, "elsewhere" included. */
async function supportOf(ctx: AppContext, id: number) {
  const direct = await offersDirect(ctx.db, id);
  if (direct === undefined) return null;
  return {
    backing: await backerSummary(ctx.db, id, true),
    perDay: await backersPerDay(ctx.db, id),
    offers: await offersOf(ctx.db, id),
    offersDirect: direct,
  };
}
