import type { Locale } from '@buurtkit/api/locales';
import { audit } from '../auth/audit.js';
import type { AppContext } from '../context.js';
import { escapeHtml } from '../mail/render.js';
import { PRIVACY_HOURS } from '../mail/notify.js';
import { MAIL_TEXTS } from '../mail/texts/index.js';
import { eraseExpiredPhotos, getIdea, type IdeaRow } from '../store/ideas.js';
import { mailsOfIdea } from '../store/outbox.js';
import { photosOfIdea } from '../store/photos.js';
import { eraseIdeaPersonalData, getPrivacyRequest, markPrivacyRequestDone } from '../store/privacy.js';

const dateOf = (iso: string | null, locale: Locale) =>
  iso
    ? new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
        dateStyle: 'long',
        timeZone: 'Europe/Amsterdam',
      }).format(new Date(iso))
    : null;

/** What is held about an idea, as the resident sees it on the page (every value escaped). */
async function heldAbout(ctx: AppContext, idea: IdeaRow, locale: Locale): Promise<string> {
  const t = MAIL_TEXTS[locale].page.privacy;
  const photos = await photosOfIdea(ctx.db, Number(idea.id));
  const mails = (await mailsOfIdea(ctx.db, Number(idea.id), null)).filter((m) => m.audience === 'initiator');
  const rows: [keyof typeof t.fields, string | null][] = [
    ['reference', idea.reference],
    ['submitted', dateOf(idea.submitted_at, locale)],
    ['status', idea.status],
    ['title', idea.title],
    ['description', idea.description || null],
    ['address', idea.address],
    ['name', idea.contact_name],
    ['email', idea.contact_email],
    ['phone', idea.contact_phone],
    ['photos', photos.length ? photos.map((p) => p.alt).join(', ') : null],
    ['answered', dateOf(idea.answered_at, locale)],
  ];
  const list = rows.map(([k, v]) => `<dt>${escapeHtml(t.fields[k])}</dt><dd>${escapeHtml(v ?? t.none)}</dd>`).join('');
  const sent = mails
    .map((m) => `<li>${escapeHtml(m.kind)}, ${escapeHtml(dateOf(m.created, locale) ?? '')}</li>`)
    .join('');
  return `<dl>${list}</dl><h2>${escapeHtml(t.mails)}</h2><ul>${sent}</ul><p>${escapeHtml(t.kept)}</p>`;
}

/**
 * The page a privacy link opens: asking first (a mail scanner opening the link does
 * nothing), then, on the button, showing or erasing. A link is good for 48 hours.
 */
export async function answerPrivacyLink(
  ctx: AppContext,
  requestId: number,
  locale: Locale,
  confirmed: boolean,
): Promise<{ title: string; body: string; status: number }> {
  const t = MAIL_TEXTS[locale].page;
  const request = await getPrivacyRequest(ctx.db, requestId);
  const idea = request && (await getIdea(ctx.db, Number(request.idea_id)));
  const action = request?.kind === 'erase' ? t.privacy.erase : t.privacy.view;
  const age = request ? ctx.now().getTime() - Date.parse(request.created_at) : Infinity;
  if (!request || !idea || age > PRIVACY_HOURS * 3_600_000)
    return { title: action.title, body: `<p>${escapeHtml(request ? t.privacy.expired : t.invalid)}</p>`, status: 404 };
  if (!confirmed)
    return {
      title: action.title,
      body:
        `<p>${escapeHtml(action.ask)}</p><form method="post"><button type="submit">${escapeHtml(action.button)}` +
        `</button></form>`,
      status: 200,
    };
  const now = ctx.now();
  if (request.kind === 'view') {
    await ctx.db.transaction(async (tx) => {
      await markPrivacyRequestDone(tx, requestId, now.toISOString());
      await audit(tx, now.toISOString(), 'resident', 'privacy.view', `idea:${idea.id}`, { request: requestId });
    });
    return {
      title: action.title,
      body: `<p role="status">${escapeHtml(action.done)}</p>${await heldAbout(ctx, idea, locale)}`,
      status: 200,
    };
  }
  await ctx.db.transaction(async (tx) => {
    await eraseIdeaPersonalData(tx, Number(idea.id), now.toISOString());
    await markPrivacyRequestDone(tx, requestId, now.toISOString());
    await audit(tx, now.toISOString(), 'resident', 'privacy.erase', `idea:${idea.id}`, { request: requestId });
  });
  await eraseExpiredPhotos(ctx.db, ctx.photos, now);
  return { title: action.title, body: `<p role="status">${escapeHtml(action.done)}</p>`, status: 200 };
}
