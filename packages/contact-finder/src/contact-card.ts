import { html, nothing, type TemplateResult } from 'lit';
import { button, formatter, type ContactResult, type CoreMessages, type LocalizeController } from '@buurtkit/core';
import { finderCatalogue } from './messages/catalogue.js';
import type { FinderMessages } from './messages/nl.js';

type Contact = ContactResult['contacts'][number];

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+$/;
/** Photos come from the API: its own paths or https only, never another scheme. */
const SAFE_PHOTO = /^(\/(?!\/)|https:\/\/)/;

/** What the found contact's views need of the finder. */
export interface FoundView {
  msg: LocalizeController<FinderMessages>;
  core: LocalizeController<CoreMessages>;
  heading(text: string, sub?: boolean): TemplateResult;
  roleLabel(role: string): string;
  /** The address of a photo path the API gave. */
  photoUrl(path: string): string;
  searchAgain(): void;
}

/** The answer: the contact person for the area (a card with how to reach them), and others who help there. */
export function renderFound(v: FoundView, result: ContactResult) {
  const [first, ...others] = result.contacts;
  const area = result.area?.name ?? '';
  const place = result.area ? `${result.area.name} (${v.msg.t(`level.${result.area.level}` as 'level.wijk')})` : '';
  return html`<div class="found">
    ${v.heading(place ? v.msg.t('found.for', place) : v.roleLabel('initiatievenloket'), true)}
    ${first!.match === 'desk' ? html`<p>${v.msg.t('found.desk')}</p>` : nothing}
    ${card(v, first!, false, area)}
    ${others.length ? html`${v.heading(v.msg.t('others'), true)}${others.map((c) => card(v, c, true, area))}` : nothing}
    ${button({
      label: v.msg.t('search-again'),
      variant: 'secondary',
      onClick: v.searchAgain,
    })}
  </div>`;
}

function card(v: FoundView, c: Contact, small: boolean, area: string): TemplateResult {
  const weekday = (day: number) => v.core.date(Date.UTC(2024, 0, day), { weekday: 'long', timeZone: 'UTC' });
  const languages = formatter('names', [v.core.intlLocale, 'nl-NL'], { type: 'language' });
  const photo = !small && c.photo && SAFE_PHOTO.test(c.photo) ? v.photoUrl(c.photo) : null;
  return html`<div class="card ${small ? 'small' : ''}" part=${small ? 'contact-other' : 'contact'}>
    ${
      small
        ? nothing
        : photo
          ? html`<img src=${photo} alt="" width="96" height="96"
            @error=${(e: Event) => ((e.target as HTMLElement).hidden = true)} />`
          : html`<span class="no-photo"></span>`
    }
    <div>
      ${v.heading(c.name, true)}
      <p><strong>${v.roleLabel(c.role)}</strong>${
        small || !(`role.${c.role}.text` in finderCatalogue.nl)
          ? nothing
          : html`. ${v.msg.t(`role.${c.role}.text` as 'role.buurtcoach.text')}`
      }</p>
      <dl>
        ${
          c.email && EMAIL.test(c.email)
            ? html`<dt>${v.msg.t('email')}</dt><dd><a href="mailto:${c.email}">${c.email}</a></dd>`
            : nothing
        }
        ${
          c.phone
            ? html`<dt>${v.msg.t('phone')}</dt><dd><a
          href="tel:${c.phone.replace(/[^\d+]/g, '')}">${c.phone}</a></dd>`
            : nothing
        }
        ${
          !small && c.officeHours.length
            ? html`<dt>${v.msg.t('hours')}</dt>${c.officeHours.map(
                (h) =>
                  html`<dd>${v.msg.t('hours.slot', weekday(h.day), h.from, h.to)}${h.place ? `, ${h.place}` : ''}</dd>`,
              )}`
            : nothing
        }
        ${
          !small && c.languages.length
            ? html`<dt>${v.msg.t('languages')}</dt><dd>${c.languages.map((l) => languages.of(l) ?? l).join(', ')}</dd>`
            : nothing
        }
      </dl>
      ${
        small
          ? nothing
          : button({
              label: v.msg.t('save-contact'),
              variant: 'secondary',
              onClick: () => void saveContact(v, c, area),
            })
      }
    </div>
  </div>`;
}

/** The contact as a vCard file, to keep in the phone's address book. */
async function saveContact(v: FoundView, c: Contact, area: string) {
  // Made only when asked for: the vCard code is a lazy chunk.
  const { vcard } = await import('./vcard.js');
  const text = vcard({ name: c.name, role: v.roleLabel(c.role), email: c.email, phone: c.phone }, area);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/vcard' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${c.name.replace(/[^\p{L}\p{N} -]/gu, '').trim() || 'contact'}.vcf`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
