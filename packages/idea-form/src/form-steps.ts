import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  addressFields,
  button,
  heading,
  locationPicker,
  textField,
  type AddressMessages,
  type CoreMessages,
  type LocalizeController,
  type Theme,
} from '@buurtkit/core';
import { MAX_PHOTOS, type ContactFields, type IdeaFields, type Step } from './draft.js';
import type { FormMessages } from './messages/nl.js';
import type { DraftPhoto } from './photos.js';
import { HOMEWORK } from './submission.js';

const SUPPORT = ['advies', 'netwerk', 'procesbegeleiding', 'materiaal', 'ruimte', 'vergunning', 'financiering'] as const;

/**
 * What the steps show and what they may do: the form's state and its actions. The steps
 * are functions of this, so they render the same from any host and hold no state.
 */
export interface StepContext {
  msg: LocalizeController<FormMessages>;
  core: LocalizeController<CoreMessages>;
  addressMsg: LocalizeController<AddressMessages>;
  headingLevel: number;
  retentionMonths: number;
  fields: IdeaFields;
  contact: ContactFields;
  errors: Record<string, string | undefined>;
  themes: Theme[];
  photos: DraftPhoto[];
  /** A note under the address (the geocoder is down, the map did not load). */
  whereNote: string;
  map: { state: 'closed' | 'loading' | 'open'; attribution: string; open(): void; zoomBy(delta: number): void; choose(): void };
  themeLabel(theme: Theme): string;
  supportLabel(kind: string): string;
  setField<K extends keyof IdeaFields>(key: K, value: IdeaFields[K], id?: string): void;
  setContact<K extends keyof ContactFields>(key: K, value: ContactFields[K], id: string): void;
  /** The field lost focus: checked when it changed. */
  blurred(id: string): void;
  addPhotos(e: Event): void;
  removePhoto(key: string): void;
  describePhoto(key: string, index: number, alt: string): void;
  go(step: Step): void;
  setHoneypot(value: string): void;
}

type FieldMore = Partial<Parameters<typeof textField>[0]>;

/** The fields of the current step. */
export function renderStep(c: StepContext, step: Step): TemplateResult {
  const { msg } = c;
  const prefix = c.core.t('field.error-prefix');
  const text = (id: string, label: string, value: string, onInput: (v: string) => void, more: FieldMore = {}) =>
    textField({ id, label, value, onInput, onBlur: () => c.blurred(id), error: c.errors[id], errorPrefix: prefix, ...more });
  const optional = c.core.t('field.optional');
  const f = c.fields;
  switch (step) {
    case 'idea':
      return html`${text('title', msg.t('idea.title'), f.title, (v) => c.setField('title', v), { hint: msg.t('idea.title.hint') })}
      ${text('description', msg.t('idea.description'), f.description, (v) => c.setField('description', v), {
        hint: msg.t('idea.description.hint'),
        multiline: true,
      })}
      ${renderThemes(c, prefix)} ${renderPhotos(c, prefix)}`;
    case 'where':
      return html`<p>${msg.t('where.intro')}</p>
        <div class="row">
          ${addressFields({
            value: f,
            errors: { postcode: c.errors.postcode, number: c.errors.number },
            t: c.addressMsg,
            errorPrefix: prefix,
            optionalText: optional,
            onInput: (field, v) => c.setField(field, v),
            onBlur: (field) => c.blurred(field),
          })}
        </div>
        ${renderMap(c)} ${f.location ? html`<p class="found" tabindex="-1">${msg.t('where.found', f.location.address)}</p>` : nothing}
        ${c.whereNote ? html`<p class="note callout">${c.whereNote}</p>` : nothing}`;
    case 'support':
      return html`<fieldset class="choices">
          <legend>${msg.t('support.kinds')} <span class="optional">${optional}</span></legend>
          <p class="hint">${msg.t('support.kinds.hint')}</p>
          ${SUPPORT.map((kind, i) => {
            const change = (e: Event) =>
              c.setField('support', (e.target as HTMLInputElement).checked ? [...f.support, kind] : f.support.filter((k) => k !== kind), 'support-0');
            return html`<label class="choice"><input type="checkbox" id=${i === 0 ? 'support-0' : `support-${kind}`}
              .checked=${live(f.support.includes(kind))} @change=${change} />
              ${c.supportLabel(kind)}</label>`;
          })}
        </fieldset>
        ${text('supporters', msg.t('supporters'), f.supporters, (v) => c.setField('supporters', v), {
          hint: msg.t('supporters.hint'),
          inputmode: 'numeric',
          optionalText: optional,
        })}
        <fieldset class="homework">
          <legend>${msg.t('homework')} <span class="optional">${optional}</span></legend>
          <p class="hint">${msg.t('homework.hint')}</p>
          ${HOMEWORK.map((k) =>
            text(`homework-${k}`, msg.t(`homework.${k}`), f.homework[k], (v) => c.setField('homework', { ...c.fields.homework, [k]: v }, `homework-${k}`), {
              multiline: true,
            }),
          )}
        </fieldset>`;
    case 'you':
      return renderYou(c, text, optional);
    case 'review':
      return renderReview(c);
  }
}

function renderYou(c: StepContext, text: (id: string, label: string, value: string, onInput: (v: string) => void, more?: FieldMore) => unknown, optional: string) {
  const { msg } = c;
  return html`<p>${msg.t('you.intro')}</p>
    ${text('name', msg.t('you.name'), c.contact.name, (v) => c.setContact('name', v, 'name'), { autocomplete: 'name' })}
    ${text('email', msg.t('you.email'), c.contact.email, (v) => c.setContact('email', v, 'email'), {
      autocomplete: 'email',
      type: 'email',
      inputmode: 'email',
      hint: msg.t('you.email.hint'),
    })}
    ${text('phone', msg.t('you.phone'), c.contact.phone, (v) => c.setContact('phone', v, 'phone'), {
      autocomplete: 'tel',
      type: 'tel',
      inputmode: 'tel',
      optionalText: optional,
    })}
    <label class="choice"><input type="checkbox" id="show-name" .checked=${live(c.contact.showName)}
      @change=${(e: Event) => c.setContact('showName', (e.target as HTMLInputElement).checked, 'show-name')} />
      ${msg.t('you.show-name')}</label>
    <div class="privacy">
      ${heading(msg.t('you.privacy.heading'), c.headingLevel + 1, { sub: true })}
      <p>${msg.t('you.privacy', c.retentionMonths)}</p>
    </div>`;
}

function renderMap(c: StepContext) {
  const { msg } = c;
  if (c.map.state === 'closed') return button({ label: msg.t('where.map.open'), variant: 'secondary', onClick: c.map.open });
  return locationPicker({
    labels: { choose: msg.t('where.map.choose'), zoomIn: msg.t('where.map.zoom-in'), zoomOut: msg.t('where.map.zoom-out') },
    attribution: c.map.attribution,
    onZoom: c.map.zoomBy,
    onChoose: c.map.choose,
  });
}

function renderPhotos(c: StepContext, prefix: string) {
  const { msg } = c;
  const error = c.errors['photo-input'];
  return html`<fieldset class="photos">
    <legend>${msg.t('photos')} <span class="optional">${c.core.t('field.optional')}</span></legend>
    <p class="hint" id="photos-hint">${msg.t('photos.hint')}</p>
    <ol class="photo-list">
      ${c.photos.map(
        (p, i) =>
          html`<li class="photo">
            <img src=${p.preview} alt="" />
            <div>
              ${textField({
                id: `photo-alt-${i}`,
                label: msg.t('photo.alt', i + 1),
                hint: msg.t('photo.alt.hint'),
                value: p.alt,
                error: c.errors[`photo-alt-${i}`],
                errorPrefix: prefix,
                onInput: (v) => c.describePhoto(p.key, i, v),
                onBlur: () => c.blurred(`photo-alt-${i}`),
              })}
              ${button({ label: msg.t('photo.remove', i + 1), variant: 'secondary', onClick: () => c.removePhoto(p.key) })}
            </div>
          </li>`,
      )}
    </ol>
    ${c.photos.length < MAX_PHOTOS
      ? html`<div class="field" part="field">
          <label for="photo-input" class="file-label">${msg.t('photos.add')}</label>
          ${error ? html`<div class="error" id="photo-input-error"><span class="visually-hidden">${prefix} </span>${error}</div>` : nothing}
          <input
            id="photo-input"
            type="file"
            accept="image/*"
            multiple
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'photo-input-error photos-hint' : 'photos-hint'}
            @change=${c.addPhotos}
          />
        </div>`
      : nothing}
  </fieldset>`;
}

function renderThemes(c: StepContext, prefix: string) {
  const { msg } = c;
  const error = c.errors.theme;
  const change = (e: Event) => {
    c.setField('theme', (e.target as HTMLSelectElement).value);
    c.blurred('theme');
  };
  return html`<div class="field" part="field">
    <label for="theme">${msg.t('idea.theme')}</label>
    ${error ? html`<div class="error" id="theme-error"><span class="visually-hidden">${prefix} </span>${error}</div>` : nothing}
    <select id="theme" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${ifDefined(error ? 'theme-error' : undefined)} @change=${change}>
      <option value="" ?selected=${!c.fields.theme}>${msg.t('idea.theme.choose')}</option>
      ${c.themes.map((t) => html`<option value=${t.key} ?selected=${c.fields.theme === t.key}>${c.themeLabel(t)}</option>`)}
    </select>
  </div>`;
}

function renderReview(c: StepContext) {
  const { msg, fields: f, contact } = c;
  const none = html`<span class="none">${msg.t('review.none')}</span>`;
  const value = (v: string) => (v.trim() ? v : none);
  const theme = c.themes.find((t) => t.key === f.theme);
  const section = (step: Step, rows: [string, unknown][]) =>
    html`<section class="review-section">
      <div class="review-head">
        ${heading(msg.t(`step.${step}`), c.headingLevel + 1, { sub: true })}
        ${button({ label: msg.t('change', msg.t(`step.${step}`)), variant: 'secondary', onClick: () => c.go(step) })}
      </div>
      <dl>${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
    </section>`;
  const photos = c.photos.length
    ? html`<ul class="photo-review">
        ${c.photos.map((p) => html`<li><img src=${p.preview} alt=${p.alt} /></li>`)}
      </ul>`
    : none;
  const place = f.location ? f.location.address : f.postcode.trim() ? `${f.postcode} ${f.number}` : msg.t('review.no-place');
  return html`<p>${msg.t('review.intro')}</p>
    ${section('idea', [
      [msg.t('idea.title'), value(f.title)],
      [msg.t('idea.description'), value(f.description)],
      [msg.t('idea.theme'), theme ? c.themeLabel(theme) : value(f.theme)],
      [msg.t('photos'), photos],
    ])}
    ${section('where', [[msg.t('step.where'), place]])}
    ${section('support', [
      [msg.t('support.kinds'), f.support.length ? f.support.map((k) => c.supportLabel(k)).join(', ') : none],
      [msg.t('supporters'), value(f.supporters)],
      ...HOMEWORK.map((k) => [msg.t(`homework.${k}`), value(f.homework[k])] as [string, unknown]),
    ])}
    ${section('you', [
      [msg.t('you.name'), value(contact.name)],
      [msg.t('you.email'), value(contact.email)],
      [msg.t('you.phone'), value(contact.phone)],
      ['', contact.showName ? msg.t('review.show-name.yes') : msg.t('review.show-name.no')],
    ])}
    <div class="honeypot" aria-hidden="true">
      <label for="website">${msg.t('honeypot')}</label>
      <input
        id="website"
        name="website"
        type="text"
        tabindex="-1"
        autocomplete="off"
        @input=${(e: Event) => c.setHoneypot((e.target as HTMLInputElement).value)}
      />
    </div>`;
}
