import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { localeOf, perContext } from '../context.js';
import { message } from '../messages.js';
import { HttpProblem, notFound, problemType, rateLimited } from '../problems.js';
import { validationProblem, validatorFor } from '../validation.js';
import { READS } from '../caching/policies.js';
import { formTokenAge, issueFormToken } from '../guards/form-token.js';
import {
  bodyHash,
  claimIdempotencyKey,
  completeIdempotencyKey,
  parseIdempotencyKey,
  releaseIdempotencyKey,
} from '../guards/idempotency.js';
import { hitRateLimit } from '../guards/rate-limit.js';
import { FailureThrottle } from '../guards/failure-throttle.js';
import { readReference } from '@buurtkit/api/reference';
import { areasAtPoint } from '../store/areas.js';
import { findContacts, publicContact } from '../store/contacts.js';
import { getIdeaByReference, insertIdea, type NewIdea } from '../store/ideas.js';
import { getInitiative } from '../store/initiatives.js';
import { claimPhoto, insertPhoto } from '../store/photos.js';
import { entryModel, getPhaseModel, nextPhase, themeExists } from '../store/reference.js';
import { sanitizePhoto } from '../photos/sanitize.js';
import { basePath } from '../tenants/base.js';

type Submission = NewIdea & { formToken: string; website?: string; photos?: { id: string; alt: string }[] };

/** Unknown references a client may ask for before it waits: plenty for typos, too few to guess. */
const TRACKING_MISSES = { max: 30, windowSeconds: 600 };

/** Photos are uploaded before the idea; three per idea, a few ideas per window. */
const PHOTO_BYTES = 5 * 1024 * 1024;

export function ideaRoutes(app: FastifyInstance) {
  const submit = validatorFor('submitIdea');
  const track = validatorFor('trackIdea');
  const trackingMissesOf = perContext(
    (ctx) => new FailureThrottle(ctx.db, ctx.secret, 'tracking-miss', TRACKING_MISSES),
  );

  app.get('/api/v1/ideas/form-token', async (req, reply) => {
    const { ctx } = req;
    reply.header('Cache-Control', 'no-store');
    return { token: issueFormToken(ctx.secret, ctx.now().getTime()), minimumSeconds: ctx.minFillSeconds };
  });

  // Only the photo route takes images; elsewhere a parsed image fails the JSON schema with a 422.
  app.addContentTypeParser(
    ['image/jpeg', 'image/png'],
    { parseAs: 'buffer', bodyLimit: PHOTO_BYTES },
    (_req, body, done) => done(null, body),
  );

  app.post('/api/v1/ideas/photos', async (req, reply) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const now = ctx.now();
    const limit = await hitRateLimit(
      ctx.db,
      ctx.secret,
      req.ip,
      'photos',
      { ...ctx.rateLimit, max: ctx.rateLimit.max * 3 },
      now.getTime(),
    );
    if (!limit.allowed) throw rateLimited(locale, limit.retryAfter);
    if (!Buffer.isBuffer(req.body))
      throw new HttpProblem(415, message(locale, 'title.media-type'), { type: problemType('media-type') });
    // The bytes decide, not the Content-Type; metadata (location!) is removed before storing.
    const clean = sanitizePhoto(req.body);
    if (!clean)
      throw validationProblem([{ pointer: '#/', code: 'not-a-photo', detail: message(locale, 'not-a-photo') }], locale);
    const id = randomBytes(16).toString('hex');
    await ctx.photos.put(id, clean.bytes);
    await insertPhoto(ctx.db, { id, type: clean.type, size: clean.bytes.length, createdAt: now.toISOString() });
    reply.code(201);
    return { id, type: clean.type, size: clean.bytes.length };
  });

  app.post('/api/v1/ideas', async (req, reply) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const now = ctx.now();
    const limit = await hitRateLimit(ctx.db, ctx.secret, req.ip, 'ideas', ctx.rateLimit, now.getTime());
    if (!limit.allowed) throw rateLimited(locale, limit.retryAfter);
    const key = parseIdempotencyKey(req.headers['idempotency-key']);
    if (key === null) {
      throw validationProblem(
        [{ pointer: '#/header/Idempotency-Key', code: 'pattern', detail: message(locale, 'pattern') }],
        locale,
      );
    }
    const idea = submit.body(req.body, locale) as Submission;
    // Checks the schema cannot express, before anything is stored.
    const age = formTokenAge(ctx.secret, idea.formToken, now.getTime());
    const errors = [];
    if (age === null)
      errors.push({ pointer: '#/formToken', code: 'invalid-token', detail: message(locale, 'invalid-token') });
    if (!(await themeExists(ctx.db, idea.theme)))
      errors.push({ pointer: '#/theme', code: 'unknown-theme', detail: message(locale, 'unknown-theme') });
    if (errors.length) throw validationProblem(errors, locale);

    if (key) {
      const state = await claimIdempotencyKey(ctx.db, key, bodyHash(req.body), now);
      if (state.kind === 'mismatch') {
        throw validationProblem(
          [{ pointer: '#/header/Idempotency-Key', code: 'key-reused', detail: message(locale, 'key-reused') }],
          locale,
        );
      }
      if (state.kind === 'in-progress')
        throw new HttpProblem(409, message(locale, 'title.conflict'), { type: problemType('in-progress') });
      if (state.kind === 'replay') {
        const body = state.response as { trackingUrl: string };
        reply.code(state.status).header('Location', body.trackingUrl).header('Idempotent-Replayed', 'true');
        return body;
      }
    }

    const spamReason = idea.website ? 'honeypot' : age! < ctx.minFillSeconds ? 'too-fast' : null;
    const areas = idea.location ? await areasAtPoint(ctx.db, idea.location.lon, idea.location.lat) : [];
    const contactAnswer = await findContacts(ctx.db, { area: areas[0]?.code });
    const { website: _honeypot, formToken: _token, photos = [], ...stored } = idea;
    try {
      const receipt = await ctx.db.transaction(async (tx) => {
        const model = await entryModel(tx);
        const saved = await insertIdea(tx, stored, {
          now: now.toISOString(),
          areaCode: areas[0]?.code ?? null,
          spamReason,
          model: model && { key: model.key, answerDays: model.answerDays ?? ctx.responseDays },
        });
        // Claimed here, after the idempotency check: a replay must not trip over its own photos.
        const unknown = [];
        for (const [i, photo] of photos.entries()) {
          if (!(await claimPhoto(tx, photo.id, saved.id, photo.alt, i)))
            unknown.push({
              pointer: `#/photos/${i}/id`,
              code: 'unknown-photo',
              detail: message(locale, 'unknown-photo'),
            });
        }
        if (unknown.length) throw validationProblem(unknown, locale);
        // The receipt and the contact person's note are queued with the idea itself.
        await ctx.notifier.ideaReceived(tx, saved.id, now.toISOString());
        const body = {
          ...saved,
          trackingUrl: `${basePath(req)}/api/v1/tracking/${saved.reference}`,
          contact: publicContact(contactAnswer.contacts[0]),
        };
        if (key) await completeIdempotencyKey(tx, key, 201, body);
        return body;
      });
      ctx.outbox.poke();
      ctx.log({ event: 'idea-received', id: receipt.id, spam: spamReason ?? undefined });
      reply.code(201).header('Location', receipt.trackingUrl);
      return receipt;
    } catch (error) {
      if (key) await releaseIdempotencyKey(ctx.db, key);
      throw error;
    }
  });

  app.get('/api/v1/tracking/:reference', { config: { read: READS.tracking } }, async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const { reference } = track.params(req.params as Record<string, unknown>, locale);
    const reading = readReference(reference as string);
    // A typo is the resident's to fix; saying so reveals nothing (anyone can compute the check).
    if (reading.kind !== 'reference' && reading.kind !== 'legacy')
      throw validationProblem(
        [{ pointer: '#/path/reference', code: 'reference-typo', detail: message(locale, 'reference-typo') }],
        locale,
      );
    // Unknown references are failures: a client guessing at them waits (the old sequential
    // ones could otherwise be walked through), and every miss answers exactly the same.
    const now = ctx.now().getTime();
    const wait = await trackingMissesOf(ctx).wait(req.ip, now);
    if (wait) throw rateLimited(locale, wait);
    const idea = await getIdeaByReference(ctx.db, reading.value);
    if (!idea) {
      await trackingMissesOf(ctx).failed(req.ip, now);
      throw notFound(locale);
    }
    if (idea.status === 'published' && idea.initiative_id !== null) {
      const initiative = (await getInitiative(ctx.db, Number(idea.initiative_id)))!;
      const model = await getPhaseModel(ctx.db, initiative.phaseModel);
      return {
        reference: idea.reference,
        status: 'published',
        phaseModel: initiative.phaseModel,
        phase: initiative.phase,
        since: initiative.phaseSince,
        submitted: idea.submitted_at,
        nextStep: model ? nextPhase(model, initiative.phase) : null,
        contactRole: initiative.contact?.role ?? null,
        initiative: initiative.id,
        closedReason: null,
      };
    }
    // Not published yet: the idea stands in the first phase of the model it entered (of the
    // model ideas enter now, for ideas from before that was kept, or when that model is gone).
    const contacts = await findContacts(ctx.db, { area: idea.area_code ?? undefined });
    const closed = idea.status === 'closed';
    const model = (idea.phase_model && (await getPhaseModel(ctx.db, idea.phase_model))) || (await entryModel(ctx.db));
    const phase = model?.phases[0]?.key ?? '';
    return {
      reference: idea.reference,
      status: closed ? 'closed' : 'received',
      phaseModel: model?.key ?? '',
      phase,
      since: idea.submitted_at,
      submitted: idea.submitted_at,
      nextStep: closed || !model ? null : nextPhase(model, phase),
      contactRole: contacts.contacts[0]?.role ?? null,
      initiative: null,
      closedReason: closed ? idea.closed_reason : null,
    };
  });
}
