import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  addressCatalogue, addressFields, ApiError, BuurtElement, BuurtEvent, button, errorSummary, errorSummaryStyles, fieldStyles,
  getFormToken, heading, loadGeocoder, PDOK_ATTRIBUTION, PDOK_TILES, headingStyles, listThemes, LocalizeController, locationPicker, MapController, normalizePostcode,
  parseHouseNumber, submitIdea, uploadIdeaPhoto,
  textField, validateAddress, type IdeaReceipt, type IdeaSubmission, type Theme,
} from '@buurtkit/core';
import {
  clearDraft, emptyContact, emptyFields, fingerprint, loadDraft, MAX_PHOTOS, saveDraft, STEPS, type ContactFields, type Draft, type IdeaFields, type Pending, type Step,
} from './draft.js';
import { formStyles } from './idea-form.styles.js';
import { formCatalogue } from './messages/catalogue.js';
import type { DraftPhoto } from './photos.js';
import { fieldForPointer, stepOf, validateIdea } from './validation.js';

export type IdeaSubmittedDetail = { id: number; reference: string };

/** The municipality confirmed the idea (2xx): `detail.id` and `detail.reference`. */
export class BuurtIdeaSubmittedEvent extends BuurtEvent<IdeaSubmittedDetail> {
  constructor(detail: IdeaSubmittedDetail) {
    super('buurt-idea-submitted', detail);
  }
}

/** The resident chose to continue a saved draft; `detail.step` is where they go on. */
export class BuurtDraftRestoredEvent extends BuurtEvent<{ step: Step }> {
  constructor(detail: { step: Step }) {
    super('buurt-draft-restored', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'buurt-idea-submitted': BuurtIdeaSubmittedEvent;
    'buurt-draft-restored': BuurtDraftRestoredEvent;
  }
}

const SUPPORT = ['advies', 'netwerk', 'procesbegeleiding', 'materiaal', 'ruimte', 'vergunning', 'financiering'] as const;
const HOMEWORK = ['cost', 'benefits', 'duration', 'parties', 'municipality'] as const;
/** A 409 means our own earlier try is still being handled: wait for it, a few times. */
const CONFLICT_TRIES = 5;
/** Photo handling (resizing, IndexedDB) loads when a resident first has photos: most ideas have none. */
const photoKit = () => import('./photos.js');

/** Only a plain address becomes a mailto: link. */
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+$/;

/**
 * @tagname buurt-idea-form
 * @summary Residents submit an idea for their neighbourhood in a few short steps, and never lose what they typed.
 *
 * Steps: the idea, where, what support is needed (and the optional "homework"
 * questions), contact details, then a review before sending. Everything typed is kept
 * while typing (contact details only for the browser session) and offered again on
 * return. Sending is idempotent and retried when the connection fails; the resident
 * always sees what is happening, and gets a reference to follow the idea.
 *
 * @event buurt-idea-submitted - The idea was received; `detail.id` and `detail.reference`.
 * @event buurt-draft-restored - The resident continued a saved draft; `detail.step`.
 * @event buurt-error - Sending or loading failed; `detail.message` is what the form shows.
 *
 * @csspart form - The form.
 * @csspart progress - The step indicator.
 * @csspart field - Each field with its label, hint and error.
 * @csspart error-summary - The list of errors after trying to go on.
 * @csspart button - Buttons.
 * @csspart confirmation - What the resident sees after sending.
 *
 * @cssproperty --buurt-form-progress-current-color - The current step in the step indicator.
 * @cssproperty --buurt-form-review-background-color - Background of the review step's summary.
 */
export class IdeaForm extends BuurtElement {
  static override styles = [...BuurtElement.styles, headingStyles, fieldStyles, errorSummaryStyles, formStyles];
  // Declared without decorators, like the base element: no decorator runtime in the form's bundle.
  static override properties: PropertyDeclarations = {
    geocoder: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    responseDays: { attribute: 'response-days', type: Number },
    retentionMonths: { attribute: 'retention-months', type: Number },
    mapTiles: { attribute: 'map-tiles' },
    mapAttribution: { attribute: 'map-attribution' },
    mapCenter: { attribute: 'map-center' },
    mapZoom: { attribute: 'map-zoom', type: Number },
    trackingUrl: { attribute: 'tracking-url' },
    step: { state: true },
    fields: { state: true },
    contact: { state: true },
    errors: { state: true },
    summary: { state: true },
    themes: { state: true },
    restorable: { state: true },
    sending: { state: true },
    notice: { state: true },
    offline: { state: true },
    receipt: { state: true },
    whereNote: { state: true },
    status: { state: true },
    photos: { state: true },
    map: { state: true },
  };

  /** Base URL of the geocoder (PDOK Locatieserver v3_1); otherwise `<buurt-config geocoder>`, else PDOK. */
  geocoder?: string;
  /** Level of the form's top heading (2 by default). */
  headingLevel = 2;
  /** Working days within which the municipality promises a first answer (10 by default). */
  responseDays = 10;
  /** Months contact details are kept after the last contact, as the privacy notice says (12 by default). */
  retentionMonths = 12;
  /** Tile URL template ({z}/{x}/{y}) of the map to pick a place on; PDOK BRT-Achtergrondkaart (grijs) by default. */
  mapTiles = PDOK_TILES;
  /** Who made the map, shown on it. */
  mapAttribution = PDOK_ATTRIBUTION;
  /** Where the map opens, `lat,lon` (the Netherlands by default; set your municipality). */
  mapCenter = '52.15,5.38';
  /** The map's first zoom level (8 by default: the whole country). */
  mapZoom = 8;
  /** Where residents follow their idea, with `{reference}` in it, e.g. `/volg-je-idee?ref={reference}`. */
  trackingUrl?: string;

  readonly msg = new LocalizeController(this, formCatalogue);
  private readonly addressMsg = new LocalizeController(this, addressCatalogue);
  private readonly mapView = new MapController(this);

  private step: Step = 'idea';
  private fields: IdeaFields = emptyFields();
  private contact: ContactFields = emptyContact();
  private errors: Record<string, string | undefined> = {};
  /** Fields checked since the last change: errors show after blur-with-change or on going on. */
  private summary = false;
  private themes: Theme[] = [];
  private restorable?: Draft;
  private sending = false;
  private notice = '';
  private offline = false;
  private receipt?: IdeaReceipt;
  private whereNote = '';
  private status = '';
  private photos: DraftPhoto[] = [];
  /** The map to pick a place on: closed, loading its code, or open. */
  private map: 'closed' | 'loading' | 'open' = 'closed';
  private honeypot = '';
  private formToken?: string;
  private pending?: Pending;
  private changed = new Set<string>();

  private get scope() {
    return this.apiUrl ?? 'default';
  }

  /** The API the draft and themes belong to: known once attributes or `<buurt-config>` gave it. */
  private loadedFor?: string;

  protected override willUpdate() {
    const api = this.apiUrl;
    if (!api || api === this.loadedFor) return;
    this.loadedFor = api;
    const saved = loadDraft(this.scope, Date.now(), () => void photoKit().then((kit) => kit.clearPhotos(this.scope)));
    if (saved) {
      this.restorable = saved.draft;
      this.contact = saved.contact;
    }
    void this.loadThemes();
  }

  private async loadThemes() {
    try {
      this.themes = (await listThemes(this.client)).items;
    } catch (error) {
      // The form still works: the theme list says what failed, and trying again is a click away.
      this.notice = this.reportError(error);
    }
  }

  private label(theme: Theme) {
    return this.localized(theme.label);
  }

  // --- drafts ------------------------------------------------------------------------

  private save() {
    const c = this.contact;
    const untouched = JSON.stringify(this.fields) === JSON.stringify(emptyFields()) && !c.name && !c.email && !c.phone && !this.pending && !this.photos.length;
    // Nothing typed yet (or everything started over): nothing to offer back later.
    if (untouched) return clearDraft(this.scope);
    saveDraft(this.scope, { savedAt: Date.now(), step: this.step, fields: this.fields, formToken: this.formToken, pending: this.pending, photos: this.photos.length }, this.contact);
  }

  private async continueDraft() {
    const draft = this.restorable!;
    this.photos = await (await photoKit()).loadPhotos(this.scope, MAX_PHOTOS);
    this.fields = draft.fields;
    this.formToken = draft.formToken;
    this.pending = draft.pending;
    this.restorable = undefined;
    this.emit(new BuurtDraftRestoredEvent({ step: draft.step }));
    void this.go(draft.step);
  }

  private startOver() {
    clearDraft(this.scope);
    void photoKit().then((kit) => kit.clearPhotos(this.scope));
    this.photos = [];
    this.restorable = undefined;
    this.fields = emptyFields();
    this.contact = emptyContact();
    this.formToken = undefined;
    this.pending = undefined;
    void this.go('idea');
  }

  // --- editing and checking ------------------------------------------------------------

  private setField<K extends keyof IdeaFields>(key: K, value: IdeaFields[K], id: string = key) {
    this.fields = { ...this.fields, [key]: value };
    if (key === 'postcode' || key === 'number') this.fields = { ...this.fields, location: null };
    this.changed.add(id);
    this.save();
  }

  private setContact<K extends keyof ContactFields>(key: K, value: ContactFields[K], id: string) {
    this.contact = { ...this.contact, [key]: value };
    this.changed.add(id);
    this.save();
  }

  private allErrors(): Record<string, string | undefined> {
    const errors = validateIdea(this.fields, this.contact, this.msg.t.bind(this.msg), this.photos.map((p) => p.alt));
    if (this.fields.postcode.trim() || this.fields.number.trim()) Object.assign(errors, validateAddress(this.fields, this.addressMsg));
    return errors;
  }

  /** NL Design System timing: a field is checked when it loses focus after a change. */
  private blurred(id: string) {
    if (!this.changed.has(id)) return;
    this.changed.delete(id);
    this.errors = { ...this.errors, [id]: this.allErrors()[id] };
  }

  private errorsOn(step: Step) {
    return Object.entries(this.errors).filter(([id, message]) => message && stepOf(id) === step) as [string, string][];
  }

  private async go(step: Step, focus = true) {
    if (step !== 'where' && this.map !== 'closed') {
      this.mapView.close();
      this.map = 'closed';
    }
    this.step = step;
    this.summary = false;
    this.save();
    await this.updateComplete;
    if (focus) this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
  }

  /** On "next": check this step; on errors, show them with a summary that gets focus. */
  private async next(e: Event) {
    e.preventDefault();
    const all = this.allErrors();
    const here = Object.fromEntries(Object.entries(all).filter(([id]) => stepOf(id) === this.step));
    // A file that could not be used is named until the resident adds another or goes on.
    this.errors = { ...this.errors, ...here, 'photo-input': undefined };
    if (this.errorsOn(this.step).length) return this.showSummary();
    if (this.step === 'where' && !(await this.locate())) return;
    await this.go(STEPS[STEPS.indexOf(this.step) + 1]!);
  }

  private async showSummary() {
    this.summary = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  /** Looks up the typed address; going on without one is fine, going on with a wrong one is not. */
  private async locate(): Promise<boolean> {
    const f = this.fields;
    const previous = this.whereNote;
    this.whereNote = '';
    if (!f.postcode.trim() && !f.number.trim()) return true;
    if (f.location) return true;
    const postcode = normalizePostcode(f.postcode)!;
    const house = parseHouseNumber(f.number)!;
    this.sending = true;
    try {
      const pdok = await loadGeocoder(this.geocoder || this.config?.geocoder || undefined);
      if (!pdok) throw new Error('geocoder unavailable');
      const found = await pdok.lookup(postcode, house.number, house.addition);
      const address = found.find((a) => a.addition.toUpperCase() === house.addition.toUpperCase()) ?? found[0];
      if (!address) {
        this.errors = { ...this.errors, postcode: this.addressMsg.t('not-found') };
        await this.showSummary();
        return false;
      }
      this.fields = { ...f, location: { lat: address.lat, lon: address.lon, address: address.label.slice(0, 200) } };
      this.save();
      return true;
    } catch {
      // The geocoder is down or did not load. The address is a help, not a must: say so
      // once, then let the resident go on without it.
      this.whereNote = this.msg.t('where.geocoder-down');
      this.status = this.whereNote;
      return previous === this.whereNote;
    } finally {
      this.sending = false;
    }
  }

  // --- the map ------------------------------------------------------------------------

  private async openMap() {
    this.map = 'loading';
    await this.updateComplete;
    const [lat, lon] = (this.fields.location ? [this.fields.location.lat, this.fields.location.lon] : this.mapCenter.split(',').map(Number)) as [number, number];
    try {
      await this.mapView.open(this.renderRoot.querySelector<HTMLElement>('.picker .map')!, { lat, lon, zoom: this.fields.location ? 17 : this.mapZoom, tiles: this.mapTiles }, this.msg.t('where.map.label'));
      this.map = 'open';
      this.mapView.focus();
    } catch (error) {
      this.map = 'closed';
      this.whereNote = this.reportError(error);
    }
  }

  /** A place picked on the map: named by the nearest address when the geocoder knows one. */
  private async picked(lat: number, lon: number) {
    let address = this.msg.t('where.map.point', lat.toFixed(5), lon.toFixed(5));
    try {
      const found = await (await loadGeocoder(this.geocoder || this.config?.geocoder || undefined))?.reverse(lat, lon);
      if (found) address = found.label;
    } catch {
      // No name for the place: its coordinates will do.
    }
    this.fields = { ...this.fields, postcode: '', number: '' };
    this.setField('location', { lat, lon, address: address.slice(0, 200) });
    this.errors = { ...this.errors, postcode: undefined, number: undefined };
    this.mapView.close();
    this.map = 'closed';
    this.status = this.msg.t('where.found', address);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.found')?.focus();
  }

  // --- photos ---------------------------------------------------------------------------

  private setPhotos(photos: DraftPhoto[]) {
    this.photos = photos;
    void photoKit().then((kit) => kit.savePhotos(this.scope, photos));
    this.save();
  }

  private async addPhotos(e: Event) {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    let problem = '';
    const kit = await photoKit();
    for (const file of files) {
      if (this.photos.length >= MAX_PHOTOS) {
        problem = this.msg.t('photo.too-many');
        break;
      }
      try {
        const prepared = await kit.preparePhoto(file);
        this.setPhotos([...this.photos, { key: crypto.randomUUID(), alt: '', ...prepared }]);
      } catch (error) {
        if (!(error instanceof kit.PhotoError)) throw error;
        problem = this.msg.t(`photo.${error.problem}`);
      }
    }
    this.errors = { ...this.errors, 'photo-input': problem || undefined };
    this.status = problem;
  }

  private removePhoto(key: string) {
    const at = this.photos.findIndex((p) => p.key === key);
    this.setPhotos(this.photos.filter((p) => p.key !== key));
    // Errors are numbered by position: check them again after a photo goes.
    const errors = Object.fromEntries(Object.entries(this.errors).filter(([id]) => !id.startsWith('photo-alt-')));
    this.errors = errors;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(at > 0 ? `#photo-alt-${at - 1}` : '#photo-input')?.focus());
  }

  /** Uploads what is not uploaded yet; the ids are kept with the draft. */
  private async uploadPhotos(onRetry: (r: { waitMs: number }) => void) {
    for (const photo of this.photos) {
      if (photo.uploaded) continue;
      const { id } = await uploadIdeaPhoto(this.client, photo.blob, { attempts: 4, onRetry });
      this.setPhotos(this.photos.map((p) => (p.key === photo.key ? { ...p, uploaded: id } : p)));
    }
  }

  // --- sending --------------------------------------------------------------------------

  private body(): IdeaSubmission {
    const f = this.fields;
    const homework = Object.fromEntries(HOMEWORK.map((k) => [k, f.homework[k].trim()]).filter(([, v]) => v));
    return {
      title: f.title.trim(),
      description: f.description.trim(),
      theme: f.theme,
      ...(f.location ? { location: f.location } : {}),
      support: f.support as IdeaSubmission['support'],
      ...(Object.keys(homework).length ? { homework } : {}),
      ...(f.supporters.trim() ? { supporters: Number(f.supporters) } : {}),
      contact: { name: this.contact.name.trim(), email: this.contact.email.trim(), ...(this.contact.phone.trim() ? { phone: this.contact.phone.trim() } : {}) },
      ...(this.photos.length ? { photos: this.photos.map((p) => ({ id: p.uploaded!, alt: p.alt.trim() })) } : {}),
      showName: this.contact.showName,
      locale: this.locale,
      formToken: this.formToken!,
      ...(this.honeypot ? { website: this.honeypot } : {}),
    };
  }

  private async send(e?: Event) {
    e?.preventDefault();
    if (this.sending) return; // a double click sends once
    const errors = this.allErrors();
    this.errors = errors;
    const first = STEPS.find((s) => this.errorsOn(s).length);
    if (first) {
      await this.go(first, false);
      return this.showSummary();
    }
    this.sending = true;
    this.offline = false;
    this.notice = '';
    this.status = this.msg.t('sending');
    try {
      this.receipt = await this.submit();
      clearDraft(this.scope);
      if (this.photos.length) void photoKit().then((kit) => kit.clearPhotos(this.scope));
      this.photos = [];
      this.status = `${this.msg.t('done.heading')}. ${this.msg.t('done.reference')}: ${this.receipt.reference}`;
      this.emit(new BuurtIdeaSubmittedEvent({ id: this.receipt.id, reference: this.receipt.reference }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.confirmation [role=heading]')?.focus();
    } catch (error) {
      await this.failed(error);
    } finally {
      this.sending = false;
    }
  }

  /** One submission: one Idempotency-Key for one body, kept with the draft across retries and reloads. */
  private async submit(tokenTries = 2, conflicts = CONFLICT_TRIES, photoTries = 2): Promise<IdeaReceipt> {
    const onRetry = ({ waitMs }: { waitMs: number }) => {
      this.notice = this.msg.t('retry.wait', Math.max(1, Math.round(waitMs / 1000)));
      this.status = this.notice;
    };
    this.formToken ??= (await getFormToken(this.client)).token;
    await this.uploadPhotos(onRetry);
    const body = this.body();
    const print = fingerprint(JSON.stringify(body));
    if (this.pending?.body !== print) this.pending = { key: crypto.randomUUID(), body: print };
    this.save();
    try {
      return await submitIdea(this.client, body, this.pending.key, { attempts: 4, onRetry });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const pointers = error.problem?.errors.map((p) => p.pointer) ?? [];
      if (error.status === 422 && pointers.length && pointers.every((p) => p === '#/formToken') && tokenTries > 1) {
        // An old draft's token: get a fresh one. The body changes, so does the key.
        this.formToken = undefined;
        return this.submit(tokenTries - 1, conflicts, photoTries);
      }
      if (error.status === 422 && pointers.length && pointers.every((p) => /^#\/photos\/\d+\/id$/.test(p)) && photoTries > 1) {
        // Uploaded too long ago (unclaimed photos go after a day): upload them again.
        this.setPhotos(this.photos.map((p) => ({ ...p, uploaded: undefined })));
        return this.submit(tokenTries, conflicts, photoTries - 1);
      }
      if (error.status === 409 && conflicts > 1) {
        await new Promise((r) => setTimeout(r, 1000));
        return this.submit(tokenTries, conflicts - 1, photoTries);
      }
      throw error;
    }
  }

  private async failed(error: unknown) {
    if (error instanceof ApiError && error.status === 422 && error.problem?.errors.length) {
      const errors: Record<string, string | undefined> = {};
      for (const p of error.problem.errors) {
        const id = fieldForPointer(p.pointer);
        if (id) errors[id] ??= p.detail || this.msg.t('error.server-field');
      }
      this.errors = errors;
      const first = STEPS.find((s) => this.errorsOn(s).length);
      if (first) {
        await this.go(first, false);
        return this.showSummary();
      }
    }
    const transient = !(error instanceof ApiError) || error.transient;
    this.offline = transient;
    this.notice = transient ? '' : this.reportError(error);
    if (transient) this.reportError(error);
    this.status = transient ? this.msg.t('offline.heading') : this.notice;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.offline, .notice')?.focus();
  }

  // --- rendering ------------------------------------------------------------------------

  private heading(text: string) {
    return heading(text, this.headingLevel, { focusable: true });
  }

  protected override render() {
    if (!this.apiUrl) return this.renderError(this.errorMessage(null));
    return html`<div class="visually-hidden" role="status">${this.status}</div>
      ${this.receipt ? this.renderDone(this.receipt) : this.restorable ? this.renderRestore(this.restorable) : this.renderForm()}`;
  }

  private renderRestore(draft: Draft) {
    return html`<section class="restore" part="restore">
      ${this.heading(this.msg.t('draft.heading'))}
      <p>${this.msg.t('draft.text', this.core.date(draft.savedAt, { dateStyle: 'long', timeStyle: 'short' }))}</p>
      <div class="actions">
        ${button({ label: this.msg.t('draft.continue'), onClick: () => void this.continueDraft() })}
        ${button({ label: this.msg.t('draft.restart'), variant: 'secondary', onClick: () => this.startOver() })}
      </div>
    </section>`;
  }

  private renderForm() {
    const index = STEPS.indexOf(this.step);
    const errors = this.errorsOn(this.step);
    const prefix = this.core.t('field.error-prefix');
    return html`${this.heading(this.msg.t('title'))}
      ${index === 0 ? html`<p>${this.msg.t('intro')}</p>` : nothing}
      <ol class="progress" part="progress" aria-label=${this.msg.t('progress')}>
        ${STEPS.map((s, i) => html`<li class=${i < index ? 'done' : i === index ? 'current' : ''} aria-current=${ifDefined(i === index ? 'step' : undefined)}>
          ${this.msg.t(`step.${s}`)}</li>`)}
      </ol>
      <form novalidate part="form" @submit=${this.step === 'review' ? this.send : this.next}>
        <div class="step-heading" tabindex="-1">
          <p class="step-of">${this.msg.t('step.of', index + 1, STEPS.length)}</p>
          ${heading(this.msg.t(`step.${this.step}`), this.headingLevel, { sub: true })}
        </div>
        ${this.summary && errors.length
          ? errorSummary({
              heading: this.core.t('summary.heading', errors.length), intro: this.core.t('summary.intro'),
              errors: errors.map(([fieldId, message]) => ({ fieldId, message })), root: this.shadowRoot, level: this.headingLevel + 2,
            })
          : nothing}
        ${this.renderStep(prefix)}
        ${this.notice ? html`<div class="notice callout" role="alert" tabindex="-1"><p>${this.notice}</p></div>` : nothing}
        ${this.offline ? this.renderOffline() : nothing}
        <div class="actions">
          ${index > 0 ? button({ label: this.msg.t('back'), variant: 'secondary', onClick: () => void this.go(STEPS[index - 1]!) }) : nothing}
          ${button({ label: this.step === 'review' ? (this.sending ? this.msg.t('sending') : this.msg.t('send')) : this.msg.t('next'), type: 'submit', disabled: this.sending })}
        </div>
      </form>`;
  }

  private renderStep(prefix: string): TemplateResult {
    const f = this.fields;
    const text = (id: string, label: string, value: string, onInput: (v: string) => void, more: Partial<Parameters<typeof textField>[0]> = {}) =>
      textField({ id, label, value, onInput, onBlur: () => this.blurred(id), error: this.errors[id], errorPrefix: prefix, ...more });
    const optional = this.core.t('field.optional');
    switch (this.step) {
      case 'idea':
        return html`${text('title', this.msg.t('idea.title'), f.title, (v) => this.setField('title', v), { hint: this.msg.t('idea.title.hint') })}
          ${text('description', this.msg.t('idea.description'), f.description, (v) => this.setField('description', v), { hint: this.msg.t('idea.description.hint'), multiline: true })}
          ${this.renderThemes(prefix)}
          ${this.renderPhotos(prefix)}`;
      case 'where':
        return html`<p>${this.msg.t('where.intro')}</p>
          <div class="row">${addressFields({
            value: f, errors: { postcode: this.errors.postcode, number: this.errors.number }, t: this.addressMsg, errorPrefix: prefix, optionalText: optional,
            onInput: (field, v) => this.setField(field, v), onBlur: (field) => this.blurred(field),
          })}</div>
          ${this.renderMap()}
          ${f.location ? html`<p class="found" tabindex="-1">${this.msg.t('where.found', f.location.address)}</p>` : nothing}
          ${this.whereNote ? html`<p class="note callout">${this.whereNote}</p>` : nothing}`;
      case 'support':
        return html`<fieldset class="choices">
            <legend>${this.msg.t('support.kinds')} <span class="optional">${optional}</span></legend>
            <p class="hint">${this.msg.t('support.kinds.hint')}</p>
            ${SUPPORT.map((kind, i) => html`<label class="choice"><input type="checkbox" id=${i === 0 ? 'support-0' : `support-${kind}`}
              .checked=${live(f.support.includes(kind))}
              @change=${(e: Event) => this.setField('support', (e.target as HTMLInputElement).checked ? [...f.support, kind] : f.support.filter((k) => k !== kind), 'support-0')} />
              ${this.supportLabel(kind)}</label>`)}
          </fieldset>
          ${text('supporters', this.msg.t('supporters'), f.supporters, (v) => this.setField('supporters', v), { hint: this.msg.t('supporters.hint'), inputmode: 'numeric', optionalText: optional })}
          <fieldset class="homework">
            <legend>${this.msg.t('homework')} <span class="optional">${optional}</span></legend>
            <p class="hint">${this.msg.t('homework.hint')}</p>
            ${HOMEWORK.map((k) => text(`homework-${k}`, this.msg.t(`homework.${k}`), f.homework[k], (v) => this.setField('homework', { ...this.fields.homework, [k]: v }, `homework-${k}`), { multiline: true }))}
          </fieldset>`;
      case 'you':
        return html`<p>${this.msg.t('you.intro')}</p>
          ${text('name', this.msg.t('you.name'), this.contact.name, (v) => this.setContact('name', v, 'name'), { autocomplete: 'name' })}
          ${text('email', this.msg.t('you.email'), this.contact.email, (v) => this.setContact('email', v, 'email'), { autocomplete: 'email', type: 'email', inputmode: 'email', hint: this.msg.t('you.email.hint') })}
          ${text('phone', this.msg.t('you.phone'), this.contact.phone, (v) => this.setContact('phone', v, 'phone'), { autocomplete: 'tel', type: 'tel', inputmode: 'tel', optionalText: optional })}
          <label class="choice"><input type="checkbox" id="show-name" .checked=${live(this.contact.showName)}
            @change=${(e: Event) => this.setContact('showName', (e.target as HTMLInputElement).checked, 'show-name')} />
            ${this.msg.t('you.show-name')}</label>
          <div class="privacy">
            ${heading(this.msg.t('you.privacy.heading'), this.headingLevel + 1, { sub: true })}
            <p>${this.msg.t('you.privacy', this.retentionMonths)}</p>
          </div>`;
      case 'review':
        return this.renderReview();
    }
  }

  private renderMap() {
    if (this.map === 'closed') return button({ label: this.msg.t('where.map.open'), variant: 'secondary', onClick: () => void this.openMap() });
    return locationPicker({
      labels: { choose: this.msg.t('where.map.choose'), zoomIn: this.msg.t('where.map.zoom-in'), zoomOut: this.msg.t('where.map.zoom-out') },
      attribution: this.mapAttribution,
      onZoom: (delta) => this.mapView.zoomBy(delta),
      onChoose: () => {
        const c = this.mapView.center();
        if (c) void this.picked(c.lat, c.lon);
      },
    });
  }

  private renderPhotos(prefix: string) {
    const error = this.errors['photo-input'];
    return html`<fieldset class="photos">
      <legend>${this.msg.t('photos')} <span class="optional">${this.core.t('field.optional')}</span></legend>
      <p class="hint" id="photos-hint">${this.msg.t('photos.hint')}</p>
      <ol class="photo-list">
        ${this.photos.map((p, i) => html`<li class="photo">
          <img src=${p.preview} alt="" />
          <div>
            ${textField({
              id: `photo-alt-${i}`, label: this.msg.t('photo.alt', i + 1), hint: this.msg.t('photo.alt.hint'), value: p.alt, error: this.errors[`photo-alt-${i}`], errorPrefix: prefix,
              onInput: (v) => { this.changed.add(`photo-alt-${i}`); this.setPhotos(this.photos.map((x) => (x.key === p.key ? { ...x, alt: v } : x))); },
              onBlur: () => this.blurred(`photo-alt-${i}`),
            })}
            ${button({ label: this.msg.t('photo.remove', i + 1), variant: 'secondary', onClick: () => this.removePhoto(p.key) })}
          </div>
        </li>`)}
      </ol>
      ${this.photos.length < MAX_PHOTOS
        ? html`<div class="field" part="field">
            <label for="photo-input" class="file-label">${this.msg.t('photos.add')}</label>
            ${error ? html`<div class="error" id="photo-input-error"><span class="visually-hidden">${prefix} </span>${error}</div>` : nothing}
            <input id="photo-input" type="file" accept="image/*" multiple aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? 'photo-input-error photos-hint' : 'photos-hint'} @change=${this.addPhotos} />
          </div>`
        : nothing}
    </fieldset>`;
  }

  private renderThemes(prefix: string) {
    const error = this.errors.theme;
    return html`<div class="field" part="field">
      <label for="theme">${this.msg.t('idea.theme')}</label>
      ${error ? html`<div class="error" id="theme-error"><span class="visually-hidden">${prefix} </span>${error}</div>` : nothing}
      <select id="theme" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${ifDefined(error ? 'theme-error' : undefined)}
        @change=${(e: Event) => { this.setField('theme', (e.target as HTMLSelectElement).value); this.blurred('theme'); }}>
        <option value="" ?selected=${!this.fields.theme}>${this.msg.t('idea.theme.choose')}</option>
        ${this.themes.map((t) => html`<option value=${t.key} ?selected=${this.fields.theme === t.key}>${this.label(t)}</option>`)}
      </select>
    </div>`;
  }

  private renderReview() {
    const f = this.fields;
    const none = html`<span class="none">${this.msg.t('review.none')}</span>`;
    const value = (v: string) => (v.trim() ? v : none);
    const theme = this.themes.find((t) => t.key === f.theme);
    const section = (step: Step, rows: [string, unknown][]) => html`<section class="review-section">
      <div class="review-head">
        ${heading(this.msg.t(`step.${step}`), this.headingLevel + 1, { sub: true })}
        ${button({ label: this.msg.t('change', this.msg.t(`step.${step}`)), variant: 'secondary', onClick: () => void this.go(step) })}
      </div>
      <dl>${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
    </section>`;
    return html`<p>${this.msg.t('review.intro')}</p>
      ${section('idea', [
        [this.msg.t('idea.title'), value(f.title)], [this.msg.t('idea.description'), value(f.description)], [this.msg.t('idea.theme'), theme ? this.label(theme) : value(f.theme)],
        [this.msg.t('photos'), this.photos.length
          ? html`<ul class="photo-review">${this.photos.map((p) => html`<li><img src=${p.preview} alt=${p.alt} /></li>`)}</ul>`
          : none],
      ])}
      ${section('where', [[this.msg.t('step.where'), f.location ? f.location.address : f.postcode.trim() ? `${f.postcode} ${f.number}` : this.msg.t('review.no-place')]])}
      ${section('support', [
        [this.msg.t('support.kinds'), f.support.length ? f.support.map((k) => this.supportLabel(k)).join(', ') : none],
        [this.msg.t('supporters'), value(f.supporters)],
        ...HOMEWORK.map((k) => [this.msg.t(`homework.${k}`), value(f.homework[k])] as [string, unknown]),
      ])}
      ${section('you', [
        [this.msg.t('you.name'), value(this.contact.name)], [this.msg.t('you.email'), value(this.contact.email)], [this.msg.t('you.phone'), value(this.contact.phone)],
        ['', this.contact.showName ? this.msg.t('review.show-name.yes') : this.msg.t('review.show-name.no')],
      ])}
      <div class="honeypot" aria-hidden="true">
        <label for="website">${this.msg.t('honeypot')}</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" @input=${(e: Event) => (this.honeypot = (e.target as HTMLInputElement).value)} />
      </div>`;
  }

  private renderOffline() {
    return html`<div class="offline callout" role="alert" tabindex="-1" part="offline">
      ${heading(this.msg.t('offline.heading'), this.headingLevel + 1, { sub: true })}
      <p>${this.msg.t('offline.text')}</p>
      ${button({ label: this.msg.t('offline.retry'), variant: 'secondary', onClick: () => void this.send(), disabled: this.sending })}
    </div>`;
  }

  private trackingLink(reference: string): string | undefined {
    if (!this.trackingUrl) return undefined;
    const url = new URL(this.trackingUrl.replace('{reference}', encodeURIComponent(reference)), document.baseURI);
    // An editor's setting, still checked: only web links.
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  }

  private renderDone(r: IdeaReceipt) {
    const link = this.trackingLink(r.reference);
    const c = r.contact;
    return html`<section class="confirmation" part="confirmation">
      ${heading(this.msg.t('done.heading'), this.headingLevel, { focusable: true })}
      <p>${this.msg.t('done.reference')}: <strong class="reference">${r.reference}</strong></p>
      <p>${this.msg.t('done.keep')}</p>
      ${heading(this.msg.t('done.next.heading'), this.headingLevel, { sub: true })}
      <ul>
        <li>${this.msg.t('done.next.answer', this.responseDays)}</li>
        <li>${this.msg.t('done.next.together')}</li>
      </ul>
      ${c
        ? html`${heading(this.msg.t('done.contact'), this.headingLevel, { sub: true })}
            <p class="contact">${c.name}${c.email && EMAIL.test(c.email) ? html`<br /><a href="mailto:${c.email}">${c.email}</a>` : nothing}${c.phone
              ? html`<br /><a href="tel:${c.phone.replace(/[^\d+]/g, '')}">${c.phone}</a>` : nothing}</p>`
        : nothing}
      <div class="actions">
        ${link ? html`<a class="button" part="button" href=${link}>${this.msg.t('done.track')}</a>` : nothing}
        ${button({ label: this.msg.t('done.another'), variant: 'secondary', onClick: () => { this.receipt = undefined; this.startOver(); } })}
      </div>
    </section>`;
  }
}
