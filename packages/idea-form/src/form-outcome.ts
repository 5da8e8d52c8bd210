import { html, nothing } from 'lit';
import { button, heading, type CoreMessages, type IdeaReceipt, type LocalizeController } from '@buurtkit/core';
import type { Draft } from './draft.js';
import type { FormMessages } from './messages/nl.js';

/** Only a plain address becomes a mailto: link. */
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+$/;

type Msg = LocalizeController<FormMessages>;

/** A draft from an earlier visit: continue it, or start over. */
export function renderRestore(
  o: { msg: Msg; core: LocalizeController<CoreMessages>; headingLevel: number },
  draft: Draft,
  actions: { resume(): void; restart(): void },
) {
  const { msg } = o;
  return html`<section class="restore" part="restore">
    ${heading(msg.t('draft.heading'), o.headingLevel, { focusable: true })}
    <p>${msg.t('draft.text', o.core.date(draft.savedAt, { dateStyle: 'long', timeStyle: 'short' }))}</p>
    <div class="actions">
      ${button({ label: msg.t('draft.continue'), onClick: actions.resume })}
      ${button({ label: msg.t('draft.restart'), variant: 'secondary', onClick: actions.restart })}
    </div>
  </section>`;
}

/** Sending failed for a passing reason: nothing is lost, try again. */
export function renderOffline(msg: Msg, headingLevel: number, o: { sending: boolean; retry(): void }) {
  return html`<div class="offline callout" role="alert" tabindex="-1" part="offline">
    ${heading(msg.t('offline.heading'), headingLevel + 1, { sub: true })}
    <p>${msg.t('offline.text')}</p>
    ${button({ label: msg.t('offline.retry'), variant: 'secondary', onClick: o.retry, disabled: o.sending })}
  </div>`;
}

/** Where residents follow their idea: the editor's address with the reference in it, web links only. */
export function trackingLink(template: string | undefined, reference: string): string | undefined {
  if (!template) return undefined;
  const url = new URL(template.replace('{reference}', encodeURIComponent(reference)), document.baseURI);
  // An editor's setting, still checked: only web links.
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}

/** The receipt: the reference, what happens next and when, and who to contact. */
export function renderDone(
  o: { msg: Msg; headingLevel: number; responseDays: number; trackingUrl?: string },
  r: IdeaReceipt,
  another: () => void,
) {
  const { msg, headingLevel: level } = o;
  const link = trackingLink(o.trackingUrl, r.reference);
  const c = r.contact;
  return html`<section class="confirmation" part="confirmation">
    ${heading(msg.t('done.heading'), level, { focusable: true })}
    <p>${msg.t('done.reference')}: <strong class="reference">${r.reference}</strong></p>
    <p>${msg.t('done.keep')}</p>
    ${heading(msg.t('done.next.heading'), level, { sub: true })}
    <ul>
      <li>${msg.t('done.next.answer', o.responseDays)}</li>
      <li>${msg.t('done.next.together')}</li>
    </ul>
    ${
      c
        ? html`${heading(msg.t('done.contact'), level, { sub: true })}
          <p class="contact">${c.name}${
            c.email && EMAIL.test(c.email) ? html`<br /><a href="mailto:${c.email}">${c.email}</a>` : nothing
          }${c.phone ? html`<br /><a href="tel:${c.phone.replace(/[^\d+]/g, '')}">${c.phone}</a>` : nothing}</p>`
        : nothing
    }
    <div class="actions">
      ${link ? html`<a class="button" part="button" href=${link}>${msg.t('done.track')}</a>` : nothing}
      ${button({ label: msg.t('done.another'), variant: 'secondary', onClick: another })}
    </div>
  </section>`;
}
