import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  ApiError,
  BuurtElement,
  button,
  checkStyles,
  heading,
  headingStyles,
  fieldStyles,
  getInitiative,
  getPhaseModel,
  Latest,
  LocalizeController,
  skeleton,
  textField,
  trackIdea,
  type InitiativeDetail,
  type PhaseModel,
  type Tracking,
} from '@buurtkit/core';
import { readReference } from '@buurtkit/api/reference';
import { trackerCatalogue } from './messages/catalogue.js';
import { trackerStyles } from './phase-tracker.styles.js';
import { TakePart } from './take-part.js';
import { WidthController } from './width-controller.js';
import type { NearbyList } from './nearby-list.js';
import { explanations, type ExplanationHost } from './explanations.js';
import type { SupportHost } from './support-forms.js';

type Layout = 'auto' | 'vertical' | 'horizontal' | 'compact';

/** Wide enough for five phases side by side without squeezing their names. */
const HORIZONTAL_FROM = 720;

/** Only a plain address becomes a mailto: link. */
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+$/;
/**
 * @tagname buurt-phase-tracker
 * @summary Where an initiative stands, since when, and what residents may expect from the municipality in each phase.
 *
 * Give it `initiative` (an id), `reference` (from the idea confirmation) or `model` (to
 * explain the process); with none of them it asks the resident for their reference.
 *
 * @event buurt-take-part - A resident followed, backed or offered help; `detail.initiative`, `detail.action`.
 * @event buurt-nearby-select - A resident chose one under "In de buurt" (`detail.id`); cancel it to show it yourself.
 * @event buurt-error - Loading failed; `detail.message` is what the widget shows.
 *
 * @csspart phases - The ordered list of phases.
 * @csspart current - The box about the current phase.
 * @csspart history - The history list.
 * @csspart nearby - "In de buurt": initiatives nearby on the same theme or in the same buurt.
 * @csspart nearby-item - Each of them, a button that shows it.
 * @csspart error - The error message.
 * @csspart button - Buttons.
 *
 * @cssproperty --buurt-tracker-step-done-color - Marker of finished phases (default: the primary colour).
 * @cssproperty --buurt-tracker-step-current-color - Marker and border of the current phase.
 * @cssproperty --buurt-tracker-step-upcoming-color - Marker border of phases still to come.
 * @cssproperty --buurt-tracker-line-color - The line between phases (horizontal and compact layouts).
 * @cssproperty --buurt-tracker-current-background-color - Background of the current-phase box.
 */
export class PhaseTracker extends BuurtElement {
  static override styles = [...BuurtElement.styles, headingStyles, fieldStyles, checkStyles, trackerStyles];
  // Declared without decorators: their runtime stays out of the bundle.
  static override properties: PropertyDeclarations = {
    initiative: { type: Number, reflect: true },
    reference: { reflect: true },
    model: { reflect: true },
    layout: { reflect: true },
    geocoder: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    phaseModel: { state: true },
    detail: { state: true },
    tracking: { state: true },
    status: { state: true },
    error: { state: true },
    typed: { state: true },
    inputError: { state: true },
    open: { state: true },
    asked: { state: true },
  };

  /** Id of a published initiative. */
  initiative?: number;
  /** Reference of a submitted idea, e.g. `BK-7KQ4-M2XD-PQ33` (or one from before, `BK-2026-0042`). */
  reference?: string;
  /** Key of a phase model, to explain the process without an initiative. */
  model?: string;
  /** `auto` (by available width), `vertical`, `horizontal` or `compact` (for the map's detail view). */
  layout: Layout = 'auto';
  /** Level of the widget's top heading (2 by default); sub-headings follow one level down. */
  headingLevel = 2;
  /** Base URL of the geocoder that finds a backer's buurt; otherwise `<buurt-config geocoder>`, else PDOK. */
  geocoder?: string;

  /** Its messages in the language it speaks now (read-only). */
  readonly msg = new LocalizeController(this, trackerCatalogue);
  private readonly loads = new Latest(this);
  /** Backing, offering help, following: what the tracker of a published initiative lets residents do. */
  private readonly takePart = new TakePart(this.takePartHost());
  /** "In de buurt" (a chunk of its own, with its request after the tracker shows); one chosen there is shown here. */
  private nearby?: NearbyList;

  private phaseModel?: PhaseModel;
  private detail?: InitiativeDetail;
  private tracking?: Tracking;
  private status: 'idle' | 'loading' | 'ready' | 'not-found' | 'error' = 'idle';
  private error = '';
  private typed = '';
  private inputError = '';
  private open = new Set<string>();
  /** A reference the resident typed (instead of the attribute). */
  private asked?: string;

  /** Horizontal when the page gives it room (`layout="auto"`). */
  private readonly width = new WidthController(this, HORIZONTAL_FROM);

  private takePartHost(): SupportHost {
    const host = {
      element: this,
      msg: this.msg,
      core: this.core,
      requestUpdate: () => this.requestUpdate(),
      reportError: (error: unknown) => this.reportError(error),
      emit: (event: Event) => this.emit(event),
      focusAfterRender: (selector: string) =>
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
    };
    // Read when used: the API, the language and the geocoder may change after the tracker is made.
    return Object.defineProperties(host, {
      client: { get: () => this.client },
      locale: { get: () => this.locale },
      geocoder: { get: () => this.geocoder || this.config?.geocoder || undefined },
    }) as typeof host & Pick<SupportHost, 'client' | 'locale' | 'geocoder'>;
  }

  // Before rendering: the loading state that load() sets joins this update instead of scheduling another.
  protected override willUpdate(changed: PropertyValues<this>) {
    const keys = changed as Map<PropertyKey, unknown>;
    if (['initiative', 'reference', 'model', 'api', 'config'].some((k) => keys.has(k))) {
      if (changed.has('reference')) this.asked = undefined;
      void this.load();
    }
  }

  /** Loads (again) what the attributes ask for. */
  async load(): Promise<void> {
    const reference = this.asked ?? this.reference;
    if (this.initiative === undefined && !reference && !this.model) {
      this.status = 'idle';
      return;
    }
    this.status = 'loading';
    const signal = this.loads.next();
    const key = { signal };
    try {
      if (!this.apiUrl) throw new ApiError('network', 'no api');
      const tracking = reference ? await trackIdea(this.client, reference.trim().toUpperCase(), key) : undefined;
      const id = tracking ? tracking.initiative : this.initiative;
      const detail = id !== null && id !== undefined ? await getInitiative(this.client, id, key) : undefined;
      const phaseModel = await getPhaseModel(
        this.client,
        detail?.phaseModel ?? tracking?.phaseModel ?? this.model!,
        key,
      );
      if (signal.aborted) return;
      // All at once, so a view never mixes two loads.
      Object.assign(this, { tracking, detail, phaseModel });
      this.status = 'ready';
      if (detail)
        void import('./nearby-list.js').then(({ NearbyList }) =>
          (this.nearby ??= new NearbyList(this, (id) => (this.initiative = id), { html, nothing, button })).load(
            this.client,
            detail.id,
            signal,
          ),
        );
    } catch (e) {
      if (signal.aborted) return;
      if (e instanceof ApiError && e.status === 404) {
        this.status = 'not-found';
        return;
      }
      this.error = this.reportError(e);
      this.status = 'error';
    }
  }

  /** The tracker as its phase explanations see it. */
  private readonly explanationHost: ExplanationHost = {
    msg: this.msg,
    localized: (v) => this.localized(v),
    heading: (text) => this.heading(text, true),
    isOpen: (phase) => this.open.has(phase),
    toggle: (phase) => {
      const next = new Set(this.open);
      if (!next.delete(phase)) next.add(phase);
      this.open = next;
    },
  };

  private heading(text: string, sub = false, id?: string) {
    return heading(text, this.headingLevel, { sub, id, focusable: id === 'tracker-title' });
  }

  private get layoutClass(): string {
    return this.layout === 'auto' ? (this.width.wide ? 'horizontal' : 'vertical') : this.layout;
  }

  private submitReference(e: Event) {
    e.preventDefault();
    // Read generously (case, spaces, dashes); a wrong check character is a typo, told before asking.
    const read = readReference(this.typed);
    if (read.kind === 'typo' || read.kind === 'malformed') {
      this.inputError = this.msg.t(read.kind === 'typo' ? 'track.typo' : 'track.invalid');
      void this.updateComplete.then(() => this.renderRoot.querySelector('input')?.focus());
      return;
    }
    this.inputError = '';
    this.asked = read.value;
    void this.load();
  }

  protected override render() {
    const asking = this.initiative === undefined && !this.reference && !this.model;
    return html`<div class=${this.layoutClass}>
      ${asking && (!this.asked || this.status === 'not-found') ? this.renderAsk() : nothing}
      ${this.status === 'loading' ? skeleton(this.core.t('loading')) : nothing}
      ${
        this.status === 'not-found'
          ? html`<div class="error-state" role="alert"
            part="error"><p>${this.msg.t(
              'track.not-found',
              this.asked ?? this.reference ?? String(this.initiative ?? ''),
            )}</p></div>`
          : nothing
      }
      ${this.status === 'error' ? this.renderError(this.error, () => this.load()) : nothing}
      ${this.status === 'ready' && this.phaseModel ? this.renderTracker(this.phaseModel) : nothing}
      ${
        asking && this.asked && this.status === 'ready'
          ? button({
              label: this.msg.t('track.again'),
              variant: 'secondary',
              onClick: () => {
                this.asked = undefined;
                this.typed = '';
                this.status = 'idle';
              },
            })
          : nothing
      }
    </div>`;
  }

  private renderAsk() {
    return html`<form novalidate @submit=${this.submitReference} part="form">
      ${this.heading(this.msg.t('title.track'))}
      ${textField({
        id: 'reference',
        label: this.msg.t('track.label'),
        hint: this.msg.t('track.hint'),
        value: this.typed,
        error: this.inputError || undefined,
        errorPrefix: this.core.t('field.error-prefix'),
        autocomplete: 'off',
        onInput: (v) => (this.typed = v),
      })}
      ${button({ label: this.msg.t('track.submit'), type: 'submit' })}
    </form>`;
  }

  private renderTracker(model: PhaseModel): TemplateResult {
    const current = this.detail?.phase ?? this.tracking?.phase;
    const index = current ? model.phases.findIndex((p) => p.key === current) : -1;
    const compact = this.layoutClass === 'compact';
    const title = this.detail?.title ?? (this.tracking ? this.msg.t('title.track') : this.msg.t('title.process'));
    const statusOf = (i: number) => (index < 0 ? '' : i < index ? 'done' : i === index ? 'current' : 'upcoming');
    return html`<section aria-labelledby="tracker-title">
      ${this.heading(title, false, 'tracker-title')}
      ${compact ? nothing : html`<p>${this.localized(model.label)}</p>`}
      <ol class="phases" part="phases" aria-label=${this.msg.t('phases')}>
        ${model.phases.map((p, i) => {
          const s = statusOf(i);
          return html`<li class="phase ${s}" aria-current=${ifDefined(s === 'current' ? 'step' : undefined)}>
            ${
              compact
                ? html`<span
                  class="visually-hidden">${this.localized(p.label)}${
                    s ? ` (${this.msg.t(`status.${s}` as 'status.done')})` : ''
                  }</span>`
                : html`<span class="marker" aria-hidden="true">${s === 'done' ? '✓' : i + 1}</span>
                  <span class="label">${this.localized(p.label)}${
                    s
                      ? html`<span class="visually-hidden"> (${this.msg.t(`status.${s}` as 'status.done')})</span>`
                      : nothing
                  }${
                    s === 'current' ? html`<span class="now" aria-hidden="true">${this.msg.t('now')}</span>` : nothing
                  }</span>`
            }
          </li>`;
        })}
      </ol>
      ${index >= 0 ? this.renderCurrent(model, index, compact) : nothing}
      ${compact ? nothing : explanations(this.explanationHost, model, index < 0)}
      ${!compact && this.detail ? this.renderHistory(model, this.detail) : nothing}
      ${
        this.detail && this.detail.status !== 'closed'
          ? this.takePart.render(this.detail.id, this.detail.backing, compact, !this.isStatic)
          : nothing
      }
      ${this.detail && this.nearby ? this.nearby.render((text) => this.heading(text, true)) : nothing}
    </section>`;
  }

  private renderCurrent(model: PhaseModel, index: number, compact: boolean) {
    const phase = model.phases[index]!;
    const since = this.detail?.phaseSince ?? this.tracking!.since;
    const days = Math.max(0, Math.floor((Date.now() - Date.parse(since)) / 86_400_000));
    // Days in words from the catalogue: an Intl unit format costs ~30 ms to make on a phone (its unit data).
    const sinceText = this.msg.t('since', this.core.date(since), days, this.core.number(days));
    if (compact)
      return html`<p><strong>${this.msg.t('now')}: ${this.localized(phase.label)}</strong>. ${sinceText}</p>`;
    const note = this.detail?.history.at(-1)?.note;
    const next = model.phases[index + 1];
    const contact = this.detail?.contact;
    const closed = this.tracking?.status === 'closed';
    return html`<div class="box" part="current">
      ${this.heading(`${this.msg.t('now')}: ${this.localized(phase.label)}`, true)}
      <p>${sinceText}</p>
      ${this.tracking ? html`<p>${this.msg.t('submitted', this.core.date(this.tracking.submitted))}</p>` : nothing}
      ${this.tracking?.status === 'received' ? html`<p>${this.msg.t('status.received')}</p>` : nothing}
      ${
        closed
          ? html`<p><strong>${this.msg.t('status.closed')}</strong></p>${
              this.tracking!.closedReason
                ? html`<p>${this.msg.t('closed.reason')} ${this.tracking!.closedReason}</p>`
                : nothing
            }`
          : html`${note ? html`<p><strong>${this.msg.t('last-note')}</strong> ${note}</p>` : nothing}
            <p><strong>${this.msg.t('next-step')}</strong> ${
              next ? this.localized(next.label) : this.msg.t('next-step.none')
            }</p>`
      }
      ${
        contact
          ? html`<p><strong>${this.msg.t('contact')}</strong> ${contact.name}, ${this.contactRoleLabel(contact.role)}${
              contact.email && EMAIL.test(contact.email)
                ? html`, <a href="mailto:${contact.email}">${contact.email}</a>`
                : nothing
            }${
              contact.phone
                ? html`, <a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a>`
                : nothing
            }</p>`
          : this.tracking?.contactRole
            ? html`<p><strong>${this.msg.t('contact')}</strong> ${this.contactRoleLabel(this.tracking.contactRole)}</p>`
            : nothing
      }
    </div>
    ${this.detail ? this.renderRole(this.detail.role) : nothing}`;
  }

  private renderRole(role: string) {
    const key = `role.${role}` as 'role.faciliteren';
    return html`${this.heading(
      this.msg.t('role.heading', this.municipalRoleLabel(role)),
      true,
    )}<p>${this.msg.t(`${key}.text` as 'role.faciliteren.text')}</p>`;
  }

  private renderHistory(model: PhaseModel, detail: InitiativeDetail) {
    const label = (key: string) => this.localized(model.phases.find((p) => p.key === key)?.label) || key;
    return html`${this.heading(this.msg.t('history.heading'), true)}
      <ol class="history" part="history">
        ${detail.history.map(
          (h) => html`<li>
          <strong>${label(h.phase)}</strong>:
          ${
            h.until
              ? this.msg.t('history.period', this.core.date(h.since), this.core.date(h.until))
              : this.msg.t('history.from', this.core.date(h.since))
          }${h.note ? html`. ${h.note}` : nothing}
        </li>`,
        )}
      </ol>`;
  }
}
