import type { FastifyInstance } from 'fastify';
import { audit } from '../auth/audit.js';
import { buurtPrefixes } from '../auth/areas.js';
import { handles } from '../auth/staff.js';
import { ownIdea } from '../auth/scope.js';
import type { Db } from '../db/index.js';
import { localeOf } from '../context.js';
import { message, type Locale } from '../messages.js';
import { notFound, stateProblem, type FieldError } from '../problems.js';
import { validationProblem, validatorFor } from '../validation.js';
import { areasAtPoint, existingAreaCodes } from '../store/areas.js';
import { listAudit } from '../store/audit.js';
import { deleteContact, getContact, listContacts, saveContact, type ContactInput } from '../store/contacts.js';
import {
  getIdea,
  listIdeas,
  markAnswered,
  markClosed,
  markPublished,
  setIdeaMailOff,
  staffIdeaWithPhotos,
} from '../store/ideas.js';
import { cancelInitiatorMails, mailsOfIdea } from '../store/outbox.js';
import { ideaFigures } from '../store/figures.js';
import { getInitiative, insertInitiative, movePhase } from '../store/initiatives.js';
import { photoOfIdea } from '../store/photos.js';
import { getPhaseModel, listThemes, saveTheme, themeExists, type ThemeInput } from '../store/reference.js';
import { basePath } from '../tenants/base.js';

async function checkContactInput(db: Db, input: ContactInput, locale: Locale) {
  const errors: FieldError[] = [];
  const areas = input.areas ?? [];
  const known = await existingAreaCodes(db, areas);
  areas.forEach((code, i) => {
    if (!known.has(code))
      errors.push({ pointer: `#/areas/${i}`, code: 'unknown-area', detail: message(locale, 'unknown-area') });
  });
  for (const [i, theme] of (input.themes ?? []).entries()) {
    if (!(await themeExists(db, theme)))
      errors.push({ pointer: `#/themes/${i}`, code: 'unknown-theme', detail: message(locale, 'unknown-theme') });
  }
  if (errors.length) throw validationProblem(errors, locale);
}

export function staffRoutes(app: FastifyInstance) {
  const v = {
    ideas: validatorFor('staffListIdeas'),
    publish: validatorFor('staffPublishIdea'),
    close: validatorFor('staffCloseIdea'),
    phase: validatorFor('staffMovePhase'),
    create: validatorFor('staffCreateContact'),
    update: validatorFor('staffUpdateContact'),
    remove: validatorFor('staffDeleteContact'),
    theme: validatorFor('staffPutTheme'),
    photo: validatorFor('staffGetIdeaPhoto'),
    answered: validatorFor('staffMarkAnswered'),
    figures: validatorFor('staffFigures'),
    audit: validatorFor('staffAudit'),
    mails: validatorFor('staffIdeaMails'),
    mail: validatorFor('staffSetIdeaMail'),
  };
  // Staff answers are personal: never cached anywhere.
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/v1/staff/')) reply.header('Cache-Control', 'no-store');
  });

  app.get('/api/v1/staff/ideas', async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const person = await ctx.staff.require(req, locale, 'ideas:read');
    const q = v.ideas.query(req.query as Record<string, unknown>, locale);
    const page = await listIdeas(ctx.db, ctx.responseDays, {
      areas: person.areas && buurtPrefixes(person.areas),
      status: q.status as string | undefined,
      sort: q.sort as 'newest' | 'oldest' | undefined,
      limit: q.limit as number | undefined,
      offset: q.offset as number | undefined,
      q: q.q as string | undefined,
    });
    return { ...page, responseDays: ctx.responseDays };
  });

  app.post('/api/v1/staff/ideas/:id/answered', async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const actor = await ctx.staff.require(req, locale, 'ideas:handle');
    const { id } = v.answered.params(req.params as Record<string, unknown>, locale);
    const { channel, message: text } = v.answered.body(req.body, locale) as { channel: string; message?: string };
    const now = ctx.now().toISOString();
    const answer = await ctx.db.transaction(async (tx) => {
      const idea = await ownIdea(tx, actor, id as number, locale);
      if (idea.status === 'spam') throw stateProblem(locale, 'idea is spam');
      if (text !== undefined) {
        if (channel !== 'email') {
          throw validationProblem([{ pointer: '#/channel', code: 'enum', detail: message(locale, 'enum') }], locale);
        }
        // The answer goes out through the outbox, with the record of it, or not at all.
        if (!(await ctx.notifier.ideaAnswered(tx, id as number, text, now)))
          throw stateProblem(locale, 'mail is off for this idea, or its contact details were erased');
        await audit(tx, now, actor, 'idea.mailed', `idea:${id}`);
      }
      // The first answer is what the promise measures; a later one does not move it.
      if (await markAnswered(tx, id as number, now))
        await audit(tx, now, actor, 'idea.answered', `idea:${id}`, { channel });
      return staffIdeaWithPhotos(tx, (await getIdea(tx, id as number))!, ctx.responseDays);
    });
    ctx.outbox.poke();
    return answer;
  });

  app.get('/api/v1/staff/ideas/:id/mails', async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const person = await ctx.staff.require(req, locale, 'ideas:read');
    const { id } = v.mails.params(req.params as Record<string, unknown>, locale);
    const idea = await ownIdea(ctx.db, person, id as number, locale);
    const initiative = idea.initiative_id === null ? null : Number(idea.initiative_id);
    return { sending: ctx.outbox.sending, items: await mailsOfIdea(ctx.db, id as number, initiative) };
  });

  app.put('/api/v1/staff/ideas/:id/mail', async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const actor = await ctx.staff.require(req, locale, 'ideas:handle');
    const { id } = v.mail.params(req.params as Record<string, unknown>, locale);
    const { enabled } = v.mail.body(req.body, locale) as { enabled: boolean };
    const now = ctx.now().toISOString();
    return ctx.db.transaction(async (tx) => {
      await ownIdea(tx, actor, id as number, locale);
      if (!(await setIdeaMailOff(tx, id as number, !enabled, now))) throw notFound(locale);
      if (!enabled) await cancelInitiatorMails(tx, id as number);
      await audit(tx, now, actor, enabled ? 'idea.mail-on' : 'idea.mail-off', `idea:${id}`);
      return staffIdeaWithPhotos(tx, (await getIdea(tx, id as number))!, ctx.responseDays);
    });
  });

  app.get('/api/v1/staff/figures', async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    await ctx.staff.require(req, locale, 'figures:read');
    const { year } = v.figures.query(req.query as Record<string, unknown>, locale);
    return ideaFigures(ctx.db, year as number, ctx.responseDays);
  });

  app.get('/api/v1/staff/audit', async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    await ctx.staff.require(req, locale, 'audit:read');
    const q = v.audit.query(req.query as Record<string, unknown>, locale);
    return {
      items: await listAudit(ctx.db, { target: q.target as string | undefined, limit: Number(q.limit ?? 100) }),
    };
  });

  app.post('/api/v1/staff/ideas/:id/publish', async (req, reply) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const actor = await ctx.staff.require(req, locale, 'ideas:handle');
    const { id } = v.publish.params(req.params as Record<string, unknown>, locale);
    const body = v.publish.body(req.body, locale) as {
      title: string;
      summary: string;
      description: string;
      theme?: string;
      phaseModel: string;
      phase?: string;
      role: string;
      contact?: number | null;
      location?: { lat: number; lon: number };
      note?: string;
    };
    const now = ctx.now().toISOString();
    const initiativeId = await ctx.db.transaction(async (tx) => {
      const idea = await ownIdea(tx, actor, id as number, locale);
      if (idea.status !== 'received') throw stateProblem(locale, `idea is ${idea.status}`);
      const errors: FieldError[] = [];
      const model = await getPhaseModel(tx, body.phaseModel);
      if (!model)
        errors.push({
          pointer: '#/phaseModel',
          code: 'unknown-phase-model',
          detail: message(locale, 'unknown-phase-model'),
        });
      const phase = body.phase ?? model?.phases[0]?.key;
      if (model && !model.phases.some((p) => p.key === phase))
        errors.push({ pointer: '#/phase', code: 'unknown-phase', detail: message(locale, 'unknown-phase') });
      const theme = body.theme ?? idea.theme;
      if (!(await themeExists(tx, theme)))
        errors.push({ pointer: '#/theme', code: 'unknown-theme', detail: message(locale, 'unknown-theme') });
      if (body.contact && !(await getContact(tx, body.contact)))
        errors.push({ pointer: '#/contact', code: 'unknown-contact', detail: message(locale, 'unknown-contact') });
      const location =
        body.location ??
        (idea.lat !== null && idea.lon !== null ? { lat: Number(idea.lat), lon: Number(idea.lon) } : undefined);
      if (!location) errors.push({ pointer: '#/location', code: 'required', detail: message(locale, 'required') });
      if (errors.length) throw validationProblem(errors, locale);
      const areas = await areasAtPoint(tx, location!.lon, location!.lat);
      const newId = await insertInitiative(
        tx,
        {
          title: body.title,
          summary: body.summary,
          description: body.description,
          theme,
          phaseModel: body.phaseModel,
          phase: phase!,
          role: body.role,
          support: JSON.parse(idea.support) as string[],
          supporters: Number(idea.supporters ?? 0),
          areaCode: areas[0]?.code ?? null,
          municipality: areas.find((a) => a.level === 'gemeente')?.code ?? areas[0]?.municipality ?? null,
          lon: location!.lon,
          lat: location!.lat,
          contactId: body.contact ?? null,
          initiator: Number(idea.show_name) === 1 ? idea.contact_name : null,
          ideaId: Number(idea.id),
          history: [{ phase: phase!, since: now, until: null, note: body.note ?? null }],
        },
        now,
      );
      await markPublished(tx, id as number, newId, now);
      await ctx.notifier.ideaPublished(tx, id as number, newId, now);
      await audit(tx, now, actor, 'idea.publish', `idea:${id}`, { initiative: newId });
      return newId;
    });
    ctx.outbox.poke();
    reply.code(201).header('Location', `${basePath(req)}/api/v1/initiatives/${initiativeId}`);
    return getInitiative(ctx.db, initiativeId);
  });

  app.post('/api/v1/staff/ideas/:id/close', async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const actor = await ctx.staff.require(req, locale, 'ideas:handle');
    const { id } = v.close.params(req.params as Record<string, unknown>, locale);
    const { reason } = v.close.body(req.body, locale) as { reason: string };
    const now = ctx.now().toISOString();
    const closed = await ctx.db.transaction(async (tx) => {
      const idea = await ownIdea(tx, actor, id as number, locale);
      if (idea.status !== 'received' && idea.status !== 'spam') throw stateProblem(locale, `idea is ${idea.status}`);
      await markClosed(tx, id as number, reason, now);
      await ctx.notifier.ideaClosed(tx, id as number, reason, now);
      await audit(tx, now, actor, 'idea.close', `idea:${id}`);
      return staffIdeaWithPhotos(tx, (await getIdea(tx, id as number))!, ctx.responseDays);
    });
    ctx.outbox.poke();
    return closed;
  });

  app.post('/api/v1/staff/initiatives/:id/phase', async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const actor = await ctx.staff.require(req, locale, 'ideas:handle');
    const { id } = v.phase.params(req.params as Record<string, unknown>, locale);
    const body = v.phase.body(req.body, locale) as { phase: string; note?: string };
    const now = ctx.now().toISOString();
    await ctx.db.transaction(async (tx) => {
      const initiative = await getInitiative(tx, id as number);
      if (!initiative || !handles(actor, initiative.areaCode)) throw notFound(locale);
      const model = await getPhaseModel(tx, initiative.phaseModel);
      if (!model?.phases.some((p) => p.key === body.phase)) {
        throw validationProblem(
          [{ pointer: '#/phase', code: 'unknown-phase', detail: message(locale, 'unknown-phase') }],
          locale,
        );
      }
      if (initiative.phase === body.phase) throw stateProblem(locale, `initiative is already in phase ${body.phase}`);
      await movePhase(tx, id as number, body.phase, body.note ?? null, now);
      await ctx.notifier.phaseMoved(tx, id as number, body.phase, body.note ?? null, now);
      await audit(tx, now, actor, 'initiative.phase', `initiative:${id}`, { from: initiative.phase, to: body.phase });
    });
    ctx.outbox.poke();
    return getInitiative(ctx.db, id as number);
  });

  app.get('/api/v1/staff/contacts', async (req) => {
    const { ctx } = req;
    await ctx.staff.require(req, localeOf(req), 'contacts:read');
    return { items: await listContacts(ctx.db) };
  });

  app.post('/api/v1/staff/contacts', async (req, reply) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const actor = await ctx.staff.require(req, locale, 'settings:manage');
    const input = v.create.body(req.body, locale) as ContactInput;
    await checkContactInput(ctx.db, input, locale);
    const now = ctx.now().toISOString();
    const id = await ctx.db.transaction(async (tx) => {
      const newId = await saveContact(tx, input, now);
      await audit(tx, now, actor, 'contact.create', `contact:${newId}`);
      return newId;
    });
    reply.code(201).header('Location', `${basePath(req)}/api/v1/staff/contacts/${id}`);
    return getContact(ctx.db, id);
  });

  app.put('/api/v1/staff/contacts/:id', async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const actor = await ctx.staff.require(req, locale, 'settings:manage');
    const { id } = v.update.params(req.params as Record<string, unknown>, locale);
    const input = v.update.body(req.body, locale) as ContactInput;
    if (!(await getContact(ctx.db, id as number))) throw notFound(locale);
    await checkContactInput(ctx.db, input, locale);
    const now = ctx.now().toISOString();
    await ctx.db.transaction(async (tx) => {
      await saveContact(tx, input, now, id as number);
      await audit(tx, now, actor, 'contact.update', `contact:${id}`);
    });
    return getContact(ctx.db, id as number);
  });

  app.delete('/api/v1/staff/contacts/:id', async (req, reply) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const actor = await ctx.staff.require(req, locale, 'settings:manage');
    const { id } = v.remove.params(req.params as Record<string, unknown>, locale);
    const contact = await getContact(ctx.db, id as number);
    if (!contact) throw notFound(locale);
    if (contact.desk && (await listContacts(ctx.db)).filter((c) => c.desk).length === 1) {
      throw stateProblem(
        locale,
        'the last central desk cannot be removed: it is the answer when no one covers an area',
      );
    }
    const now = ctx.now().toISOString();
    await ctx.db.transaction(async (tx) => {
      await deleteContact(tx, id as number);
      await audit(tx, now, actor, 'contact.delete', `contact:${id}`);
    });
    reply.code(204);
  });

  app.put('/api/v1/staff/themes/:key', async (req) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const actor = await ctx.staff.require(req, locale, 'settings:manage');
    const { key } = v.theme.params(req.params as Record<string, unknown>, locale);
    const input = v.theme.body(req.body, locale) as ThemeInput;
    const now = ctx.now().toISOString();
    await ctx.db.transaction(async (tx) => {
      await saveTheme(tx, key as string, input);
      await audit(tx, now, actor, 'theme.save', `theme:${key}`);
    });
    return (await listThemes(ctx.db)).find((t) => t.key === key);
  });

  app.get('/api/v1/staff/ideas/:id/photos/:photo', async (req, reply) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const person = await ctx.staff.require(req, locale, 'ideas:read');
    const { id, photo } = v.photo.params(req.params as Record<string, unknown>, locale);
    await ownIdea(ctx.db, person, id as number, locale);
    const row = await photoOfIdea(ctx.db, photo as string, id as number);
    const bytes = row ? await ctx.photos.get(photo as string) : null;
    if (!row || !bytes) throw notFound(locale);
    // An image and nothing else, whatever a browser might guess from its bytes.
    reply
      .header('Content-Type', row.type)
      .header('Content-Security-Policy', "default-src 'none'; sandbox")
      .header('Content-Disposition', 'inline');
    return reply.send(bytes);
  });
}
