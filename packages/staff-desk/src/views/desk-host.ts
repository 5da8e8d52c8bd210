import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  errorSummary,
  Latest,
  type ErrorSummaryOptions,
  type ApiClient,
  type CoreMessages,
  type LocalizeController,
  type PhaseModel,
  type Theme,
} from '@buurtkit/core';
import type { DeskArea } from '../areas.js';
import type { FormState } from '../fields.js';
import type { DeskMessages } from '../messages/nl.js';
import type { Contact } from '../staff-api.js';

/** What several views need, loaded once per sign-in. Views may replace the contacts after a save. */
export interface DeskReference {
  themes: Theme[];
  phaseModels: PhaseModel[];
  contacts: Contact[];
  areas: DeskArea[];
}

/** Labels in the desk's language (core's public label functions, bound to the desk). */
export interface DeskLabels {
  theme(key: string): string;
  phase(model: string, phase: string): string;
  text(value: { nl: string } | undefined): string;
  support(kind: string): string;
  contactRole(role: string): string;
  municipalRole(role: string): string;
  date(iso: string, withTime?: boolean): string;
}

/**
 * All a view of the desk may use of the element that shows it. The views never import
 * the desk: they are reactive controllers of any host with this shape, and they talk
 * to each other only through callbacks the desk passes in.
 */
export interface DeskHost extends ReactiveControllerHost, HTMLElement {
  readonly msg: LocalizeController<DeskMessages>;
  readonly core: LocalizeController<CoreMessages>;
  /** The API client, in the desk's language. */
  readonly client: ApiClient;
  /** The staff token in use; every staff request sends it. */
  readonly staffToken: string;
  readonly reference: DeskReference;
  readonly labels: DeskLabels;
  /** Level of the desk's top heading; views start one below. */
  readonly level: number;
  readonly tiles?: string;
  readonly municipality: string;
  now(): Date;
  /** Whether the signed-in person's roles allow something (`settings:manage`, …). */
  may(permission: string): boolean;
  /** Says something to screen reader users. */
  announce(text: string): void;
  /** A failed request: a refused token signs out, anything else is reported; the text to show. */
  failed(error: unknown): string;
  /** The one visible error state, with a retry. */
  errorView(message: string, retry?: () => void): TemplateResult;
}

/**
 * A desk view: a reactive controller that renders a part of the desk. `set` changes its
 * state and asks the host to render, in one place instead of after every assignment.
 */
export abstract class DeskView implements ReactiveController {
  /** The view's loads: a newer one drops the one before (and leaving the page, the one in flight). */
  protected readonly loads: Latest;

  constructor(protected readonly host: DeskHost) {
    host.addController(this);
    this.loads = new Latest(host);
  }

  hostConnected() {}

  /** Changes state and renders again. */
  protected set(patch: Partial<this>) {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Renders again after state changed in place (a list re-sorted, a form's values). */
  protected changed = () => this.host.requestUpdate();

  /**
   * Above a form: the error summary after a refused submit (its links focus the fields)
   * and a message about the form as a whole (a conflict, a network failure).
   */
  protected formFeedback(
    form: FormState<Record<string, string>>,
    errors: ErrorSummaryOptions['errors'],
    level: number,
  ) {
    const { core } = this.host;
    const summary = errorSummary({
      heading: core.t('summary.heading', errors.length),
      intro: core.t('summary.intro'),
      errors,
      root: this.host.shadowRoot,
      level,
    });
    return html`${errors.length ? summary : nothing}
      ${form.problem ? html`<p class="form-problem" role="alert" tabindex="-1">${form.problem}</p>` : nothing}`;
  }

  abstract render(): unknown;
}
