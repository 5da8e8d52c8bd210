import { BuurtTakePartEvent } from './events.js';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  ApiError,
  addressCatalogue,
  backInitiative,
  button,
  getFormToken,
  GeocoderError,
  loadGeocoder,
  LocalizeController,
  normalizePostcode,
  offerHelp,
  parseHouseNumber,
  textField,
  validateAddress,
  type AddressInput,
  type AddressMessages,
  type Catalogue,
} from '@buurtkit/core';
import type { FollowHost } from './follow-form.js';
import nl, { type SupportMessages } from './messages/support/nl.js';

/** What the back and offer forms need from the tracker, beyond what following needs. */
export interface SupportHost extends FollowHost {
  /** The element: the forms add their own messages to it when they first load. */
  readonly element: ReactiveControllerHost & HTMLElement;
  /** The geocoder base URL in effect (PDOK by default). */
  readonly geocoder: string | undefined;
}

const catalogue: Catalogue<SupportMessages> = {
  nl,
  en: () => import('./messages/support/en.js'),
  fy: () => import('./messages/support/fy.js'),
};

/** One pair of message controllers per element, however often a form opens. */
const controllers = new WeakMap<
  HTMLElement,
  { t: LocalizeController<SupportMessages>; address: LocalizeController<AddressMessages> }
>();
function messagesOf(element: ReactiveControllerHost & HTMLElement) {
  let found = controllers.get(element);
  if (!found) {
    found = {
      t: new LocalizeController(element, catalogue),
      address: new LocalizeController(element, addressCatalogue),
    };
    controllers.set(element, found);
  }
  return found;
}

/** A field the widget found wrong only while sending (an address the geocoder does not know). */
class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;
export const OFFER_KINDS = ['time', 'skill', 'materials', 'place', 'other'] as const;

/**
 * What both forms share: the form token and its time trap, the honeypot, the e-mail field,
 * errors kept per field (from the widget or mapped from the API's pointers), and the
 * "check your mail" state that is focused so it is read out.
 */
abstract class ConfirmedForm {
  protected errors: Record<string, string> = {};
  protected problem = '';
  protected state: 'editing' | 'sending' | 'sent' = 'editing';
  protected email = '';
  protected sentTo = '';
  protected honeypot = '';
  protected readonly m: ReturnType<typeof messagesOf>;
  private token?: Promise<{ token: string; minimumSeconds: number; at: number }>;
  abstract readonly first: string;
  protected abstract readonly prefix: 'back' | 'offer';

  constructor(
    protected readonly host: SupportHost,
    protected readonly initiative: number,
  ) {
    this.m = messagesOf(host.element);
    this.token = this.fetchToken();
  }

  /** Resolves when the form's messages are in the resident's language: it opens in it, not in Dutch first. */
  ready(): Promise<unknown> {
    return Promise.all([this.m.t.ready(), this.m.address.ready()]);
  }

  private fetchToken() {
    const at = Date.now();
    const token = getFormToken(this.host.client).then((t) => ({ ...t, at }));
    // Fetched ahead; a failure surfaces when the resident sends, not as an unhandled rejection.
    token.catch(() => undefined);
    return token;
  }

  protected abstract validate(): Record<string, string>;
  /** Sends; returns a note to show beside "check your mail", if any. */
  protected abstract send(formToken: string): Promise<string>;

  protected validateEmail(errors: Record<string, string>) {
    const email = this.email.trim();
    if (!email) errors.email = this.m.t.t('email.required');
    else if (!LOOKS_LIKE_EMAIL.test(email)) errors.email = this.m.t.t('email.invalid');
  }

  private note = '';

  protected async submit(e: Event) {
    e.preventDefault();
    this.problem = '';
    this.errors = this.validate();
    const invalid = Object.keys(this.errors)[0];
    if (invalid) {
      this.host.requestUpdate();
      this.host.focusAfterRender(`#${this.fieldId(invalid)}`);
      return;
    }
    this.state = 'sending';
    this.host.requestUpdate();
    try {
      const token = await (this.token ?? this.fetchToken());
      // The server drops what comes in faster than a person types: wait out the rest.
      const wait = token.minimumSeconds * 1000 - (Date.now() - token.at);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      this.note = await this.send(token.token);
      this.state = 'sent';
      this.sentTo = this.email.trim();
      this.host.emit(new BuurtTakePartEvent({ initiative: this.initiative, action: this.prefix }));
      this.host.requestUpdate();
      this.host.focusAfterRender(`#${this.prefix}-status`);
    } catch (error) {
      this.state = 'editing';
      // A token that expired or failed to load: a fresh one for the next try.
      this.token = undefined;
      const fields = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
      for (const f of fields) this.errors[f.pointer.replace(/^#\//, '').split('/')[0]!] = f.detail;
      if (error instanceof FieldError) this.errors[error.field] = error.detail;
      const known = Object.keys(this.errors).find((k) => k !== 'formToken');
      if (!known) this.problem = this.host.reportError(error);
      this.host.requestUpdate();
      if (known) this.host.focusAfterRender(`#${this.fieldId(known)}`);
    }
  }

  /** The id of a field's input, from its key in the body. */
  protected fieldId(key: string) {
    return key === 'postcode' || key === 'number' ? key : `${this.prefix}-${key}`;
  }

  protected emailField() {
    return textField({
      id: `${this.prefix}-email`,
      label: this.m.t.t('email'),
      hint: this.m.t.t('email.hint'),
      type: 'email',
      autocomplete: 'email',
      inputmode: 'email',
      value: this.email,
      error: this.errors.email,
      errorPrefix: this.host.core.t('field.error-prefix'),
      onInput: (v) => (this.email = v),
    });
  }

  protected shell(legend: string, intro: string, body: TemplateResult, submit: string) {
    const t = this.m.t;
    if (this.state === 'sent')
      return html`<div class="follow-sent" id="${this.prefix}-status" role="status" tabindex="-1"
        part="${this.prefix}-status"><p>${t.t(`${this.prefix}.sent`, this.sentTo)}</p>${
          this.note ? html`<p>${this.note}</p>` : nothing
        }</div>`;
    return html`<form class="follow" novalidate part=${this.prefix} aria-labelledby="${this.prefix}-legend"
      @submit=${(e: Event) => void this.submit(e)}>
      <p id="${this.prefix}-legend"><strong>${legend}</strong></p>
      <p>${intro}</p>
      ${body} ${this.emailField()}
      <div class="honeypot" aria-hidden="true">
        <label for="${this.prefix}-website">${t.t('honeypot')}</label>
        <input id="${this.prefix}-website" type="text" tabindex="-1" autocomplete="off"
          @input=${(e: Event) => (this.honeypot = (e.target as HTMLInputElement).value)} />
      </div>
      ${this.problem ? html`<p class="callout" role="alert">${this.problem}</p>` : nothing}
      ${button({
        label: submit,
        type: 'submit',
        disabled: this.state === 'sending',
        part: `button ${this.prefix}-submit`,
      })}
    </form>`;
  }

  render() {
    return this.renderForm();
  }

  protected abstract renderForm(): TemplateResult;

  protected get website() {
    return this.honeypot ? { website: this.honeypot } : {};
  }
}

/** "Ik steun dit": a name (shown only if asked), where they live (only the buurt is sent), an address to confirm. */
export class BackForm extends ConfirmedForm {
  readonly first = '#back-name';
  protected readonly prefix = 'back';
  private name = '';
  private showName = false;
  private address: AddressInput = { postcode: '', number: '' };

  protected validate() {
    const errors: Record<string, string> = {};
    if (this.address.postcode.trim() || this.address.number.trim())
      Object.assign(errors, validateAddress(this.address, this.m.address));
    this.validateEmail(errors);
    return errors;
  }

  /** The buurt of the address, looked up in the browser: the address itself never leaves it. */
  private async area(): Promise<{ area?: string; note: string }> {
    const postcode = normalizePostcode(this.address.postcode);
    const house = parseHouseNumber(this.address.number);
    if (!postcode || !house) return { note: '' };
    try {
      const geocoder = await loadGeocoder(this.host.geocoder);
      if (!geocoder) return { note: this.m.t.t('address.unavailable') };
      const [found] = await geocoder.lookup(postcode, house.number, house.addition);
      if (!found) throw new FieldError('postcode', this.m.t.t('address.not-found'));
      return found.buurtCode ? { area: found.buurtCode, note: '' } : { note: '' };
    } catch (e) {
      if (e instanceof GeocoderError) return { note: this.m.t.t('address.unavailable') };
      throw e;
    }
  }

  /**
   * Postcode or house number, with core's address messages. Not core's `addressFields`: a lazy
   * chunk that uses that module makes Rolldown move Lit out of every first load into a chunk
   * of its own (checked by the bundle test, which loads buurtkit.js as one file).
   */
  private addressField(field: 'postcode' | 'number', autocomplete: AutoFill, prefix: string, optional: string) {
    return textField({
      id: field,
      label: this.m.address.t(field),
      hint: this.m.address.t(`${field}.hint`),
      value: this.address[field],
      error: this.errors[field],
      autocomplete,
      errorPrefix: prefix,
      optionalText: optional,
      onInput: (v) => (this.address = { ...this.address, [field]: v }),
    });
  }

  protected async send(formToken: string) {
    const { area, note } = await this.area();
    const name = this.name.trim();
    await backInitiative(this.host.client, this.initiative, {
      email: this.email.trim(),
      formToken,
      ...(name ? { name, showName: this.showName } : {}),
      ...(area ? { area } : {}),
      locale: this.host.locale,
      ...this.website,
    });
    return note;
  }

  protected renderForm() {
    const t = this.m.t;
    const optional = t.t('optional');
    const prefix = this.host.core.t('field.error-prefix');
    return this.shell(
      t.t('back.legend'),
      t.t('back.intro'),
      html`${textField({
        id: 'back-name',
        label: t.t('back.name'),
        autocomplete: 'name',
        optionalText: optional,
        value: this.name,
        onInput: (v) => (this.name = v),
      })}
        <label class="check"><input type="checkbox" id="back-show-name" .checked=${this.showName}
          @change=${(e: Event) => (this.showName = (e.target as HTMLInputElement).checked)}
          />${t.t('back.show-name')}</label>
        <p>${t.t('back.where')}</p>
        <div class="row">${this.addressField('postcode', 'postal-code', prefix, optional)}${this.addressField(
          'number',
          // No autocomplete token fits a house number with its addition alone.
          'off',
          prefix,
          optional,
        )}</div>`,
      t.t('back.submit'),
    );
  }
}

/** "Ik help mee": what they can bring, a message, a name and how to reach them. */
export class OfferForm extends ConfirmedForm {
  readonly first = '#offer-kinds-time';
  protected readonly prefix = 'offer';
  private kinds = new Set<string>();
  private message = '';
  private name = '';
  private phone = '';

  protected validate() {
    const t = this.m.t;
    const errors: Record<string, string> = {};
    if (!this.kinds.size) errors.kinds = t.t('offer.kinds.required');
    if (!this.message.trim()) errors.message = t.t('offer.message.required');
    if (!this.name.trim()) errors.name = t.t('offer.name.required');
    this.validateEmail(errors);
    if (this.phone.trim() && !PHONE.test(this.phone.trim())) errors.phone = t.t('offer.phone.invalid');
    return errors;
  }

  protected override fieldId(key: string) {
    return key === 'kinds' ? 'offer-kinds-time' : super.fieldId(key);
  }

  protected async send(formToken: string) {
    const phone = this.phone.trim();
    await offerHelp(this.host.client, this.initiative, {
      kinds: OFFER_KINDS.filter((k) => this.kinds.has(k)),
      message: this.message.trim(),
      name: this.name.trim(),
      email: this.email.trim(),
      ...(phone ? { phone } : {}),
      formToken,
      locale: this.host.locale,
      ...this.website,
    });
    return '';
  }

  protected renderForm() {
    const t = this.m.t;
    const prefix = this.host.core.t('field.error-prefix');
    const error = this.errors.kinds;
    return this.shell(
      t.t('offer.legend'),
      t.t('offer.intro'),
      html`<fieldset class="kinds" aria-describedby=${ifDefined(error ? 'offer-kinds-error' : undefined)}
          aria-invalid=${ifDefined(error ? 'true' : undefined)}>
          <legend>${t.t('offer.kinds')}</legend>
          ${error ? html`<p class="error" id="offer-kinds-error">${prefix} ${error}</p>` : nothing}
          ${OFFER_KINDS.map(
            (k) => html`<label class="check"><input type="checkbox" id="offer-kinds-${k}" .checked=${this.kinds.has(k)}
              @change=${(e: Event) => {
                if ((e.target as HTMLInputElement).checked) this.kinds.add(k);
                else this.kinds.delete(k);
              }} />${t.t(`offer.kind.${k}`)}</label>`,
          )}
        </fieldset>
        ${textField({
          id: 'offer-message',
          label: t.t('offer.message'),
          multiline: true,
          value: this.message,
          error: this.errors.message,
          errorPrefix: prefix,
          onInput: (v) => (this.message = v),
        })}
        ${textField({
          id: 'offer-name',
          label: t.t('offer.name'),
          autocomplete: 'name',
          value: this.name,
          error: this.errors.name,
          errorPrefix: prefix,
          onInput: (v) => (this.name = v),
        })}
        ${textField({
          id: 'offer-phone',
          label: t.t('offer.phone'),
          type: 'tel',
          autocomplete: 'tel',
          inputmode: 'tel',
          optionalText: t.t('optional'),
          value: this.phone,
          error: this.errors.phone,
          errorPrefix: prefix,
          onInput: (v) => (this.phone = v),
        })}`,
      t.t('offer.submit'),
    );
  }
}
