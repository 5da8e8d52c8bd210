import { html, type PropertyDeclarations } from 'lit';
import { addressCatalogue, ApiError, BuurtElement, listThemes, LocalizeController } from '@buurtkit/core';
import { errorSummaryStyles, fieldStyles, headingStyles, PDOK_ATTRIBUTION, PDOK_TILES } from '@buurtkit/core';
import type { IdeaReceipt, Theme } from '@buurtkit/core';
import { clearDraft, emptyContact, emptyFields, isEmpty, loadDraft, saveDraft, STEPS } from './draft.js';
import type { ContactFields, Draft, IdeaFields, Pending, Step } from './draft.js';
import { renderDone, renderRestore } from './form-outcome.js';
import { renderForm, SIMILAR_KIT, VIEW_KIT, type StepContext } from './form-steps.js';
import { BuurtDraftRestoredEvent, BuurtIdeaSubmittedEvent } from './events.js';
import { formStyles } from './idea-form.styles.js';
import { formCatalogue } from './messages/catalogue.js';
import { photoKit, PhotoList } from './photo-list.js';
import { WhereStep } from './where.js';
import type { MailInstead } from './by-mail.js';
import type { SimilarIdeas } from './similar.js';
import { fieldErrors, sendIdea, type SubmissionDraft } from './submission.js';
import { stepOf, validateIdea } from './validation.js';

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
 * @event buurt-initiative-join - The resident chose to join a look-alike initiative (`detail.id`, `detail.title`);
 * cancel it to show that initiative on your own page instead of its tracker in the form.
 * @event buurt-error - Sending or loading failed; `detail.message` is what the form shows.
 *
 * @csspart form - The form.
 * @csspart progress - The step indicator.
 * @csspart field - Each field with its label, hint and error.
 * @csspart error-summary - The list of errors after trying to go on.
 * @csspart button - Buttons.
 * @csspart confirmation - What the resident sees after sending.
 * @csspart similar - On the review step: initiatives that look like the idea, or the one the resident joins.
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
    status: { state: true },
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

  /** Its messages in the language it speaks now (read-only). */
  readonly msg = new LocalizeController(this, formCatalogue);
  private readonly addressMsg = new LocalizeController(this, addressCatalogue);
  private readonly photos = new PhotoList(this, {
    scope: () => this.scope,
    changed: () => this.save(),
    problem: (text) => {
      this.errors = { ...this.errors, 'photo-input': text || undefined };
      this.status = text;
    },
    // Errors are numbered by position: check them again after a photo goes.
    removed: () =>
      (this.errors = Object.fromEntries(Object.entries(this.errors).filter(([id]) => !id.startsWith('photo-alt-')))),
  });

  private readonly where = new WhereStep(this, {
    addressMsg: this.addressMsg,
    geocoder: () => this.geocoder || this.config?.geocoder || undefined,
    fields: () => this.fields,
    start: () => ({ center: this.mapCenter, zoom: this.mapZoom, tiles: this.mapTiles }),
    place: (location, typed) => {
      // A place picked on the map replaces the typed address.
      if (!typed) this.fields = { ...this.fields, postcode: '', number: '' };
      this.setField('location', location);
      if (!typed) this.errors = { ...this.errors, postcode: undefined, number: undefined };
    },
    unknownAddress: (message) => {
      this.errors = { ...this.errors, postcode: message };
      return this.showSummary();
    },
    busy: (on) => (this.sending = on),
    status: (text) => (this.status = text),
    failed: (error) => this.reportError(error),
  });

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
  private status = '';
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
    // The form still works without them: the theme list says what failed, trying again is a click away.
    listThemes(this.client).then(
      (found) => (this.themes = found.items),
      (error: unknown) => (this.notice = this.reportError(error)),
    );
    if (this.isStatic) void this.offerMail();
  }

  /** A website without a server (a static folder): the idea goes by e-mail instead (see `MailInstead`). */
  private byMail?: MailInstead;
  private async offerMail() {
    const { MailInstead } = await import('./by-mail.js');
    this.byMail ??= new MailInstead(this, {
      client: () => this.client,
      context: () => this.stepContext(),
      back: () => void this.go('review'),
      clear: (status) => this.startOver(status),
      kit: VIEW_KIT,
    });
  }

  /** "Lijkt jouw idee op een van deze initiatieven?" on the review step (a chunk of its own). */
  private similar?: SimilarIdeas;
  private async suggest() {
    const { SimilarIdeas } = await import('./similar.js');
    (this.similar ??= new SimilarIdeas(this, { client: () => this.client, kit: SIMILAR_KIT })).load(this.fields);
  }

  // --- drafts ------------------------------------------------------------------------

  private save() {
    const untouched = isEmpty(this.fields, this.contact) && !this.pending && !this.photos.items.length;
    // Nothing typed yet (or everything started over): nothing to offer back later.
    if (untouched) return clearDraft(this.scope);
    saveDraft(
      this.scope,
      {
        savedAt: Date.now(),
        step: this.step,
        fields: this.fields,
        formToken: this.formToken,
        pending: this.pending,
        photos: this.photos.items.length,
      },
      this.contact,
    );
  }

  private async continueDraft() {
    const draft = this.restorable!;
    await this.photos.restore();
    this.fields = draft.fields;
    this.formToken = draft.formToken;
    this.pending = draft.pending;
    this.restorable = undefined;
    this.emit(new BuurtDraftRestoredEvent({ step: draft.step }));
    void this.go(draft.step);
  }

  private startOver(status = '') {
    this.status = status;
    clearDraft(this.scope);
    this.photos.clear(true);
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

  private allErrors() {
    const alts = this.photos.items.map((p) => p.alt);
    return validateIdea(this.fields, this.contact, this.msg.t.bind(this.msg), alts, this.addressMsg);
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
    if (step !== 'where') this.where.closeMap();
    if (step === 'review') void this.suggest();
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
    if (this.step === 'where' && !(await this.where.locate())) return;
    await this.go(STEPS[STEPS.indexOf(this.step) + 1]!);
  }

  /**
   * Goes to the first step with errors and focuses its summary; says at once (not after a
   * microtask) whether there were any: a second click on send must find `sending` already set.
   */
  private showFirstErrors(): boolean {
    const first = STEPS.find((s) => this.errorsOn(s).length);
    if (first) void this.go(first, false).then(() => this.showSummary());
    return !!first;
  }

  private async showSummary() {
    this.summary = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private async send(e?: Event) {
    e?.preventDefault();
    if (this.sending) return; // a double click sends once
    this.errors = this.allErrors();
    if (this.showFirstErrors()) return;
    if (this.isStatic) return this.byMail?.show();
    this.sending = true;
    this.offline = false;
    this.notice = '';
    this.status = this.msg.t('sending');
    try {
      this.receipt = await sendIdea({
        client: this.client,
        draft: (): SubmissionDraft => {
          const { fields, contact, formToken, pending, honeypot, locale } = this;
          return { fields, contact, formToken, pending, honeypot, locale, photos: this.photos.items };
        },
        keep: (change) => {
          if (change.photos) this.photos.set(change.photos);
          if ('formToken' in change) this.formToken = change.formToken;
          if (change.pending) this.pending = change.pending;
          this.save();
        },
        onRetry: ({ waitMs }) => {
          this.notice = this.msg.t('retry.wait', Math.max(1, Math.round(waitMs / 1000)));
          this.status = this.notice;
        },
      });
      clearDraft(this.scope);
      this.photos.clear();
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

  private async failed(error: unknown) {
    const errors = fieldErrors(error, this.msg.t('error.server-field'));
    if (errors) {
      this.errors = errors;
      if (this.showFirstErrors()) return;
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

  protected override render() {
    if (!this.apiUrl) return this.renderError(this.errorMessage(null));
    const another = () => {
      this.receipt = undefined;
      this.startOver();
    };
    const restore = { resume: () => void this.continueDraft(), restart: () => this.startOver() };
    return html`<div class="visually-hidden" role="status">${this.status}</div>
      ${
        this.receipt
          ? renderDone(this, this.receipt, another)
          : this.restorable
            ? renderRestore(this, this.restorable, restore)
            : this.byMail?.open
              ? this.byMail.render()
              : renderForm(this.stepContext())
      }`;
  }

  /** The form's state and actions, for the steps. */
  private stepContext(): StepContext {
    const { msg, core, addressMsg, headingLevel, retentionMonths, fields, contact, errors, themes } = this;
    const { photos, where, mapAttribution, step, summary, sending, notice, offline } = this;
    return {
      ...{ msg, core, addressMsg, headingLevel, retentionMonths, fields, contact, errors, themes },
      ...{ photos, where, mapAttribution, step, summary, sending, notice, offline, root: this.shadowRoot },
      errorsOn: (step) => this.errorsOn(step),
      next: (e) => void this.next(e),
      send: (e) => void this.send(e),
      themeLabel: (theme) => this.localized(theme.label),
      supportLabel: (kind) => this.supportLabel(kind),
      setField: (key, value, id) => this.setField(key, value, id),
      setContact: (key, value, id) => this.setContact(key, value, id),
      blurred: (id) => this.blurred(id),
      touched: (id) => this.changed.add(id),
      go: (step) => void this.go(step),
      setHoneypot: (value) => (this.honeypot = value),
      byMail: this.byMail && { note: this.byMail.note, send: this.byMail.sendLabel },
      similar: this.similar,
    };
  }
}
