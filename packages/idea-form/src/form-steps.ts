import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  addressFields,
  button,
  errorSummary,
  heading,
  locationPicker,
  textField,
  type AddressMessages,
  type CoreMessages,
  type LocalizeController,
  type Theme,
} from '@buurtkit/core';
import { MAX_PHOTOS, STEPS, type ContactFields, type IdeaFields, type Step } from './draft.js';
import type { FormMessages } from './messages/nl.js';
import { renderOffline } from './form-outcome.js';
import type { ViewKit } from './by-mail.js';
import type { PhotoList } from './photo-list.js';
import type { SimilarIdeas } from './similar.js';
import type { WhereStep } from './where.js';
import { HOMEWORK, reviewSections } from './review-rows.js';

const SUPPORT = [
  'advies',
  'netwerk',
  'procesbegeleiding',
  'materiaal',
  'ruimte',
  'vergunning',
  'financiering',
] as const;

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
  photos: Pick<PhotoList, 'items' | 'add' | 'remove' | 'describe' | 'dropping' | 'dragOver' | 'drop'>;
  /** The where step: its map and its note (the geocoder is down, the map did not load). */
  where: Pick<WhereStep, 'map' | 'note' | 'openMap' | 'zoomBy' | 'choose'>;
  mapAttribution: string;
  step: Step;
  /** Show the error summary (after going on or sending with errors). */
  summary: boolean;
  sending: boolean;
  /** A message about the form as a whole; `offline`: sending failed for a passing reason. */
  notice: string;
  offline: boolean;
  /** The shadow root the error summary's links focus fields in. */
  root: ShadowRoot | null;
  errorsOn(step: Step): [string, string][];
  next(e: Event): void;
  send(e?: Event): void;
  themeLabel(theme: Theme): string;
  supportLabel(kind: string): string;
  setField<K extends keyof IdeaFields>(key: K, value: IdeaFields[K], id?: string): void;
  setContact<K extends keyof ContactFields>(key: K, value: ContactFields[K], id: string): void;
  /** The field lost focus: checked when it changed. */
  blurred(id: string): void;
  /** A field changed: checked when it loses focus. */
  touched(id: string): void;
  go(step: Step): void;
  setHoneypot(value: string): void;
  /** A website that cannot receive ideas (a static folder): what the first step says, the review's button. */
  byMail?: { note: string; send: string };
  /** Initiatives that look like the idea, on the review step (once its chunk loaded). */
  similar?: Pick<SimilarIdeas, 'render'>;
}

/** Lit and the pieces for the form's lazy parts (see `ViewKit` in by-mail.ts). */
export const VIEW_KIT: ViewKit = { html, nothing, button, heading };

/**
 * The look-alikes' kit: the tracker of one a resident joins is imported from here, the entry.
 * Imported from the lazy part, it made the bundler move shared code out of the form's first file.
 */
export const SIMILAR_KIT = { ...VIEW_KIT, tracker: () => import('@buurtkit/phase-tracker/define') };

type FieldMore = Partial<Parameters<typeof textField>[0]>;

/** The form: title, progress, the current step's fields, the summary, messages and buttons. */
export function renderForm(c: StepContext) {
  const { msg, core, step } = c;
  const index = STEPS.indexOf(step);
  const errors = c.errorsOn(step);
  const summary = errorSummary({
    heading: core.t('summary.heading', errors.length),
    intro: core.t('summary.intro'),
    errors: errors.map(([fieldId, message]) => ({ fieldId, message })),
    root: c.root,
    level: c.headingLevel + 2,
  });
  const send = c.byMail?.send ?? msg.t('send');
  const submit = step === 'review' ? (c.sending ? msg.t('sending') : send) : msg.t('next');
  const back = () => c.go(STEPS[index - 1]!);
  return html`${heading(msg.t('title'), c.headingLevel, { focusable: true })}
    ${index === 0 ? html`<p>${msg.t('intro')}</p>` : nothing}
    ${index === 0 && c.byMail ? html`<p class="callout" part="by-mail-note">${c.byMail.note}</p>` : nothing}
    <ol class="progress" part="progress" aria-label=${msg.t('progress')}>
      ${STEPS.map(
        (s, i) => html`<li class=${i < index ? 'done' : i === index ? 'current' : ''}
          aria-current=${ifDefined(i === index ? 'step' : undefined)}>
        ${msg.t(`step.${s}`)}</li>`,
      )}
    </ol>
    <form novalidate part="form" @submit=${(e: Event) => (step === 'review' ? c.send(e) : c.next(e))}>
      <div class="step-heading" tabindex="-1">
        <p class="step-of">${msg.t('step.of', index + 1, STEPS.length)}</p>
        ${heading(msg.t(`step.${step}`), c.headingLevel, { sub: true })}
      </div>
      ${c.summary && errors.length ? summary : nothing} ${renderStep(c, step)}
      ${c.notice ? html`<div class="notice callout" role="alert" tabindex="-1"><p>${c.notice}</p></div>` : nothing}
      ${c.offline ? renderOffline(msg, c.headingLevel, { sending: c.sending, retry: () => c.send() }) : nothing}
      <div class="actions">
        ${index > 0 ? button({ label: msg.t('back'), variant: 'secondary', onClick: back }) : nothing}
        ${button({ label: submit, type: 'submit', disabled: c.sending })}
      </div>
    </form>`;
}

/** The fields of the current step. */
function renderStep(c: StepContext, step: Step): TemplateResult {
  const { msg } = c;
  const prefix = c.core.t('field.error-prefix');
  const text = (id: string, label: string, value: string, onInput: (v: string) => void, more: FieldMore = {}) =>
    textField({
      id,
      label,
      value,
      onInput,
      onBlur: () => c.blurred(id),
      error: c.errors[id],
      errorPrefix: prefix,
      ...more,
    });
  const optional = c.core.t('field.optional');
  const f = c.fields;
  switch (step) {
    case 'idea':
      return html`${text('title', msg.t('idea.title'), f.title, (v) => c.setField('title', v), {
        hint: msg.t('idea.title.hint'),
      })}
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
        ${renderMap(c)} ${
          f.location ? html`<p class="found" tabindex="-1">${msg.t('where.found', f.location.address)}</p>` : nothing
        }
        ${c.where.note ? html`<p class="note callout">${c.where.note}</p>` : nothing}`;
    case 'support':
      return html`<fieldset class="choices">
          <legend>${msg.t('support.kinds')} <span class="optional">${optional}</span></legend>
          <p class="hint">${msg.t('support.kinds.hint')}</p>
          ${SUPPORT.map((kind, i) => {
            const change = (e: Event) =>
              c.setField(
                'support',
                (e.target as HTMLInputElement).checked ? [...f.support, kind] : f.support.filter((k) => k !== kind),
                'support-0',
              );
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
            text(
              `homework-${k}`,
              msg.t(`homework.${k}`),
              f.homework[k],
              (v) => c.setField('homework', { ...c.fields.homework, [k]: v }, `homework-${k}`),
              {
                multiline: true,
              },
            ),
          )}
        </fieldset>`;
    case 'you':
      return renderYou(c, text, optional);
    case 'review':
      return renderReview(c);
  }
}

function renderYou(
  c: StepContext,
  text: (id: string, label: string, value: string, onInput: (v: string) => void, more?: FieldMore) => unknown,
  optional: string,
) {
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
  const { msg, where } = c;
  if (where.map === 'closed') {
    return button({ label: msg.t('where.map.open'), variant: 'secondary', onClick: () => void where.openMap() });
  }
  return locationPicker({
    labels: {
      choose: msg.t('where.map.choose'),
      zoomIn: msg.t('where.map.zoom-in'),
      zoomOut: msg.t('where.map.zoom-out'),
    },
    attribution: c.mapAttribution,
    onZoom: (delta) => where.zoomBy(delta),
    onChoose: () => where.choose(),
  });
}

function renderPhotos(c: StepContext, prefix: string) {
  const { msg } = c;
  const error = c.errors['photo-input'];
  return html`<fieldset class="photos">
    <legend>${msg.t('photos')} <span class="optional">${c.core.t('field.optional')}</span></legend>
    <p class="hint" id="photos-hint">${msg.t('photos.hint')}</p>
    <p class="hint" id="photo-status" role="status">${msg.t('photos.count', c.photos.items.length)}</p>
    <ol class="photo-list">
      ${c.photos.items.map(
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
                onInput: (v) => {
                  c.touched(`photo-alt-${i}`);
                  c.photos.describe(p.key, v);
                },
                onBlur: () => c.blurred(`photo-alt-${i}`),
              })}
              ${button({
                label: msg.t('photo.remove', i + 1),
                variant: 'secondary',
                onClick: () => c.photos.remove(p.key),
              })}
            </div>
          </li>`,
      )}
    </ol>
    ${
      c.photos.items.length < MAX_PHOTOS
        ? html`<div class="field pick${c.photos.dropping ? ' dropping' : ''}" part="field"
          @dragover=${(e: DragEvent) => c.photos.dragOver(e)} @dragleave=${() => c.photos.dragOver()}
          @drop=${(e: DragEvent) => void c.photos.drop(e)}>
          ${
            error
              ? html`<div class="error" id="photo-input-error"><span
            class="visually-hidden">${prefix} </span>${error}</div>`
              : nothing
          }
          <input id="photo-file" type="file" accept="image/*" multiple hidden tabindex="-1"
            @change=${(e: Event) => void c.photos.add(e)} />
          <button id="photo-input" type="button" class="button secondary" part="button"
            aria-describedby=${error ? 'photo-input-error photos-hint photo-status' : 'photos-hint photo-status'}
            @click=${(e: Event) => ((e.currentTarget as Element).previousElementSibling as HTMLInputElement).click()}>
            ${msg.t('photos.add')}</button>
          <span class="drop">${msg.t('photos.drop')}</span>
        </div>`
        : nothing
    }
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
    ${
      error
        ? html`<div class="error" id="theme-error"><span class="visually-hidden">${prefix} </span>${error}</div>`
        : nothing
    }
    <select id="theme" aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(error ? 'theme-error' : undefined)} @change=${change}>
      <option value="" ?selected=${!c.fields.theme}>${msg.t('idea.theme.choose')}</option>
      ${c.themes.map(
        (t) => html`<option value=${t.key}
        ?selected=${c.fields.theme === t.key}>${c.themeLabel(t)}</option>`,
      )}
    </select>
  </div>`;
}

function renderReview(c: StepContext) {
  const { msg } = c;
  const none = html`<span class="none">${msg.t('review.none')}</span>`;
  const photos = c.photos.items.length
    ? html`<ul class="photo-review">
        ${c.photos.items.map((p) => html`<li><img src=${p.preview} alt=${p.alt} /></li>`)}
      </ul>`
    : none;
  return html`<p>${msg.t('review.intro')}</p>
    ${c.similar?.render() ?? nothing}
    ${reviewSections(c).map(
      ({ step, rows }) => html`<section class="review-section">
        <div class="review-head">
          ${heading(msg.t(`step.${step}`), c.headingLevel + 1, { sub: true })}
          ${button({ label: msg.t('change', msg.t(`step.${step}`)), variant: 'secondary', onClick: () => c.go(step) })}
        </div>
        <dl>${rows.map((r) => html`<dt>${r.label}</dt><dd>${r.photos ? photos : (r.value ?? none)}</dd>`)}</dl>
      </section>`,
    )}
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
