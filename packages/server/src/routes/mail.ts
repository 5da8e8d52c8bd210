import type { Db } from '../db/index.js';
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@buurtkit/api/locales';
import { audit } from '../auth/audit.js';
import { localeOf, type AppContext } from '../context.js';
import { emailKey } from '../guards/sign.js';
import { hitRateLimit } from '../guards/rate-limit.js';
import { escapeHtml } from '../mail/render.js';
import { MAIL_TEXTS, type MailTexts, type PageAction } from '../mail/texts/index.js';
import { readMailToken, type MailPurpose } from '../mail/tokens.js';
import { notFound, rateLimited } from '../problems.js';
import { validatorFor } from '../validation.js';
import { setContactMailOff } from '../store/contacts.js';
import { confirmBacker, deleteBacker, getBacker } from '../store/backers.js';
import { confirmFollower, deleteFollower, getFollower, requestFollow } from '../store/followers.js';
import { confirmOffer, deleteOffer, getOffer } from '../store/offers.js';
import { getIdea, setIdeaMailOff } from '../store/ideas.js';
import { getInitiative } from '../store/initiatives.js';
import { cancelInitiatorMails, forgetMailsOf } from '../store/outbox.js';
import { getPrivacyRequest } from '../store/privacy.js';
import { answerPrivacyLink } from '../privacy/links.js';

const PAGE_STYLE = 'body{font:1rem/1.5 sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}button{font:inherit}';
const STYLE_HASH = createHash('sha256').update(PAGE_STYLE).digest('base64');

/** A page of our own for a link in a mail: no script, nothing from elsewhere, a form that posts back. */
function page(reply: FastifyReply, locale: Locale, title: string, body: string, status = 200) {
  reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .header('Referrer-Policy', 'no-referrer')
    .header(
      'Content-Security-Policy',
      `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; form-action 'self'; frame-ancestors 'none'; ` +
        "base-uri 'none'",
    );
  return reply.send(
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
      `<meta name="viewport" content="width=device-width"><meta name="robots" content="noindex">` +
      `<title>${escapeHtml(title)}</title><style>${PAGE_STYLE}</style></head>` +
      `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
  );
}

type Target = { purpose: MailPurpose; id: number };
type PageTexts = MailTexts['page'];
/** The links that confirm something; every other purpose is a way out. */
const CONFIRMS: MailPurpose[] = ['confirm', 'back', 'offer'];

const asLocale = (l: string | undefined, fallback: Locale): Locale =>
  (LOCALES as readonly string[]).includes(l ?? '') ? (l as Locale) : fallback;

export function mailRoutes(app: FastifyInstance) {
  const follow = validatorFor('followInitiative');

  /** The language of the person a token is about: they read the page in the language of their mails. */
  async function readerLocale(db: Db, target: { purpose: MailPurpose; id: number } | null, fallback: Locale) {
    if (target?.purpose === 'confirm' || target?.purpose === 'leave')
      return asLocale((await getFollower(db, target.id))?.locale, fallback);
    if (target?.purpose === 'idea-off') return asLocale((await getIdea(db, target.id))?.locale, fallback);
    if (target?.purpose === 'back' || target?.purpose === 'unback')
      return asLocale((await getBacker(db, target.id))?.locale, fallback);
    if (target?.purpose === 'offer' || target?.purpose === 'unoffer')
      return asLocale((await getOffer(db, target.id))?.locale, fallback);
    if (target?.purpose === 'privacy') {
      const request = await getPrivacyRequest(db, target.id);
      return asLocale(request ? (await getIdea(db, Number(request.idea_id)))?.locale : undefined, fallback);
    }
    return target ? DEFAULT_LOCALE : fallback;
  }

  app.post('/api/v1/initiatives/:id/followers', async (req, reply) => {
    const { ctx } = req;
    const locale = localeOf(req);
    const now = ctx.now();
    const limit = await hitRateLimit(ctx.db, ctx.secret, req.ip, 'follow', ctx.rateLimit, now.getTime());
    if (!limit.allowed) throw rateLimited(locale, limit.retryAfter);
    const { id } = follow.params(req.params as Record<string, unknown>, locale);
    const body = follow.body(req.body, locale) as { email: string; locale?: Locale };
    const email = body.email.trim();
    await ctx.db.transaction(async (tx) => {
      const initiative = await getInitiative(tx, id as number);
      if (!initiative || initiative.status === 'closed') throw notFound(locale);
      const { follower, confirm } = await requestFollow(
        tx,
        {
          initiativeId: id as number,
          email,
          // Compared by a keyed hash: the same address in other capitals is one follower.
          emailHash: emailKey(ctx.secret, email),
          locale: body.locale ?? locale,
        },
        now,
      );
      if (confirm) await ctx.notifier.followRequested(tx, follower, initiative.title, now.toISOString());
    });
    ctx.outbox.poke();
    // The same answer whether the address followed already or not: it tells nobody who follows what.
    reply.code(202).header('Cache-Control', 'no-store');
    return { status: 'confirmation-sent' };
  });

  // The pages and their forms sit in a scope of their own: only they take form posts.
  void app.register(async (scope) => mailPages(scope, readerLocale));
}

function mailPages(
  app: FastifyInstance,
  readerLocale: (db: Db, target: { purpose: MailPurpose; id: number } | null, fallback: Locale) => Promise<Locale>,
) {
  // A mail program's one-click unsubscribe posts `List-Unsubscribe=One-Click` as a form (RFC 8058);
  // our own pages post a form too. The token in the address is what counts, not the body.
  app.addContentTypeParser(
    ['application/x-www-form-urlencoded', 'multipart/form-data'],
    { parseAs: 'string', bodyLimit: 4096 },
    (_req, body, done) => done(null, body),
  );

  const tokenOf = (ctx: AppContext, query: unknown) => readMailToken(ctx.secret, (query as { token?: unknown }).token);

  /** The texts of a page for a link: what it asks, its button, what it says when done. */
  const actionOf = (target: Target | null, t: PageTexts): PageAction | null => {
    switch (target?.purpose) {
      case 'confirm':
        return { title: t.confirmTitle, ask: t.confirmAsk, button: t.confirmButton, done: t.confirmed };
      case 'back':
        return t.back;
      case 'offer':
        return t.offer;
      case 'unback':
      case 'unoffer':
        return t.withdraw;
      case 'leave':
      case 'idea-off':
      case 'contact-off':
        return { title: t.leaveTitle, ask: t.leaveAsk, button: t.leaveButton, done: t.left };
      default:
        return null;
    }
  };
  const exists = async (db: Db, target: Target) =>
    target.purpose === 'confirm'
      ? !!(await getFollower(db, target.id))
      : target.purpose === 'back'
        ? !!(await getBacker(db, target.id))
        : !!(await getOffer(db, target.id));

  /** Asks first: opening a link is not consent (mail scanners open links too). */
  async function ask(
    ctx: AppContext,
    target: Target | null,
    locale: Locale,
    kind: 'confirm' | 'unsubscribe',
    reply: FastifyReply,
  ) {
    const t = MAIL_TEXTS[locale].page;
    const action = actionOf(target, t);
    const fits = !!target && CONFIRMS.includes(target.purpose) === (kind === 'confirm');
    if (!action || !fits || (kind === 'confirm' && !(await exists(ctx.db, target!))))
      return page(
        reply,
        locale,
        kind === 'confirm' ? t.confirmTitle : t.leaveTitle,
        `<p>${escapeHtml(t.invalid)}</p>`,
        404,
      );
    return page(
      reply,
      locale,
      action.title,
      `<p>${escapeHtml(action.ask)}</p><form method="post"><button type="submit">${escapeHtml(action.button)}` +
        `</button></form>`,
    );
  }

  app.get('/api/v1/mail/confirm', async (req, reply) => {
    const { ctx } = req;
    const target = tokenOf(ctx, req.query);
    const locale = await readerLocale(ctx.db, target, localeOf(req));
    if (target?.purpose === 'privacy') {
      const answer = await answerPrivacyLink(ctx, target.id, locale, false);
      return page(reply, locale, answer.title, answer.body, answer.status);
    }
    return ask(ctx, target, locale, 'confirm', reply);
  });

  app.post('/api/v1/mail/confirm', async (req, reply) => {
    const { ctx } = req;
    const target = tokenOf(ctx, req.query);
    const locale = await readerLocale(ctx.db, target, localeOf(req));
    if (target?.purpose === 'privacy') {
      const answer = await answerPrivacyLink(ctx, target.id, locale, true);
      return page(reply, locale, answer.title, answer.body, answer.status);
    }
    const t = MAIL_TEXTS[locale].page;
    const now = ctx.now().toISOString();
    const done = await ctx.db.transaction(async (tx) => {
      switch (target?.purpose) {
        case 'confirm':
          return confirmFollower(tx, target.id, now);
        case 'back':
          return confirmBacker(tx, target.id, now);
        case 'offer': {
          const offer = await confirmOffer(tx, target.id, now);
          // Passed on once, in the same transaction as the confirmation: a second click sends nothing.
          if (offer) await ctx.notifier.offerConfirmed(tx, offer, now);
          return !!offer || !!(await getOffer(tx, target.id));
        }
        default:
          return false;
      }
    });
    ctx.outbox.poke();
    const action = actionOf(target, t);
    if (!done || !action) return page(reply, locale, t.confirmTitle, `<p>${escapeHtml(t.invalid)}</p>`, 404);
    return page(reply, locale, action.title, `<p role="status">${escapeHtml(action.done)}</p>`);
  });

  app.get('/api/v1/mail/unsubscribe', async (req, reply) => {
    const { ctx } = req;
    const target = tokenOf(ctx, req.query);
    return ask(ctx, target, await readerLocale(ctx.db, target, localeOf(req)), 'unsubscribe', reply);
  });

  app.post('/api/v1/mail/unsubscribe', async (req, reply) => {
    const { ctx } = req;
    const target = tokenOf(ctx, req.query);
    const locale = await readerLocale(ctx.db, target, localeOf(req));
    const t = MAIL_TEXTS[locale].page;
    const now = ctx.now().toISOString();
    let erased = false;
    const done = await ctx.db.transaction(async (tx) => {
      if (!target) return false;
      switch (target.purpose) {
        case 'leave':
          // Leaving erases the address, from the followers and from every mail that carried it.
          await forgetMailsOf(tx, 'follower', target.id);
          erased = await deleteFollower(tx, target.id);
          return erased;
        case 'idea-off': {
          if (!(await setIdeaMailOff(tx, target.id, true, now))) return false;
          await cancelInitiatorMails(tx, target.id);
          await audit(tx, now, 'resident', 'idea.mail-off', `idea:${target.id}`, { by: 'unsubscribe link' });
          return true;
        }
        case 'contact-off':
          if (!(await setContactMailOff(tx, target.id, true))) return false;
          await audit(tx, now, 'contact', 'contact.mail-off', `contact:${target.id}`, { by: 'unsubscribe link' });
          return true;
        // Withdrawing erases the record and the address in the mails about it.
        case 'unback':
          erased = await deleteBacker(tx, target.id);
          return erased;
        case 'unoffer':
          erased = await deleteOffer(tx, target.id);
          return erased;
        default:
          return false;
      }
    });
    if (!done) return page(reply, locale, t.leaveTitle, `<p>${escapeHtml(t.invalid)}</p>`, 404);
    if (target?.purpose === 'unback' || target?.purpose === 'unoffer')
      return page(reply, locale, t.withdraw.title, `<p role="status">${escapeHtml(t.withdraw.done)}</p>`);
    return page(reply, locale, t.leaveTitle, `<p role="status">${escapeHtml(erased ? t.leftErased : t.left)}</p>`);
  });
}
