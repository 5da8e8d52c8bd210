import { BuurtTakePartEvent } from './events.js';
import { html, nothing } from 'lit';
import { ApiError, button, followInitiative, textField, type ApiClient } from '@buurtkit/core';
import type { TrackerMessages } from './messages/nl.js';

/** What the follow form needs from the tracker it sits in (it never imports the element). */
export interface FollowHost {
  readonly client: ApiClient;
  readonly locale: string;
  readonly msg: { t<K extends keyof TrackerMessages>(key: K, ...args: unknown[]): string };
  readonly core: { t(key: 'field.error-prefix'): string };
  requestUpdate(): void;
  /** The resident-facing message for a failure (and a `buurt-error` event). */
  reportError(error: unknown): string;
  /** Moves focus to an element of the tracker after the next render. */
  focusAfterRender(selector: string): void;
  /** Dispatches an event from the tracker (`buurt-take-part`). */
  emit(event: Event): void;
}

const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "Volg dit initiatief": an e-mail address, then a confirmation mail (double opt-in).
 * Loaded only when a resident opens it, so the tracker's first load stays small. The
 * address is kept while the resident fixes an error; nothing is stored in the browser.
 */
export class FollowForm {
  /** Where focus goes when the form opens. */
  readonly first = '#follow-email';
  private email = '';
  private error = '';
  private problem = '';
  private state: 'editing' | 'sending' | 'sent' = 'editing';
  private sentTo = '';

  constructor(
    private readonly host: FollowHost,
    private readonly initiative: number,
  ) {}

  private async submit(e: Event) {
    e.preventDefault();
    const email = this.email.trim();
    this.problem = '';
    this.error = !email
      ? this.host.msg.t('follow.required')
      : LOOKS_LIKE_EMAIL.test(email)
        ? ''
        : this.host.msg.t('follow.invalid');
    if (this.error) {
      this.host.requestUpdate();
      this.host.focusAfterRender('#follow-email');
      return;
    }
    this.state = 'sending';
    this.host.requestUpdate();
    try {
      await followInitiative(this.host.client, this.initiative, { email, locale: this.host.locale });
      this.state = 'sent';
      this.sentTo = email;
      this.host.emit(new BuurtTakePartEvent({ initiative: this.initiative, action: 'follow' }));
      // Rendered first, then focused: the status is read out where the form was.
      this.host.requestUpdate();
      this.host.focusAfterRender('#follow-status');
      return;
    } catch (error) {
      this.state = 'editing';
      const field = error instanceof ApiError ? error.problem?.errors.find((f) => f.pointer === '#/email') : undefined;
      if (field) this.error = field.detail;
      else this.problem = this.host.reportError(error);
      this.host.requestUpdate();
      if (field) this.host.focusAfterRender('#follow-email');
    }
  }

  render() {
    const { msg } = this.host;
    if (this.state === 'sent')
      return html`<p class="follow-sent" id="follow-status" role="status" tabindex="-1" part="follow-status">${msg.t(
        'follow.sent',
        this.sentTo,
      )}</p>`;
    return html`<form class="follow" novalidate part="follow" aria-labelledby="follow-legend"
      @submit=${(e: Event) => void this.submit(e)}>
      <p id="follow-legend"><strong>${msg.t('follow.open')}</strong></p>
      ${textField({
        id: 'follow-email',
        label: msg.t('follow.email'),
        hint: msg.t('follow.hint'),
        type: 'email',
        autocomplete: 'email',
        inputmode: 'email',
        value: this.email,
        error: this.error || undefined,
        errorPrefix: this.host.core.t('field.error-prefix'),
        onInput: (v) => (this.email = v),
      })}
      ${this.problem ? html`<p class="callout" role="alert">${this.problem}</p>` : nothing}
      ${button({
        label: msg.t('follow.submit'),
        type: 'submit',
        disabled: this.state === 'sending',
        part: 'button follow-submit',
      })}
    </form>`;
  }
}
