import { html, nothing } from 'lit';
import { ApiError, button, heading, textField } from '@buurtkit/core';
import { getIdeaMails, markAnswered, setIdeaMail, type MailRecord, type StaffIdea } from '../staff-api.js';
import type { DeskHost } from './desk-host.js';

/** What the mail part needs of the idea panel it sits in. */
export interface IdeaMailOwner {
  readonly host: DeskHost;
  /** The idea changed on the server (answered, mail turned off): show it everywhere. */
  updated(idea: StaffIdea, done: string): void;
  failed(error: unknown): void;
  changed(): void;
}

/**
 * Mail about one idea at the desk: answer the initiator by mail (through the outbox),
 * turn mail off for a resident who asked to be phoned, and see what went out, what
 * waits and what a mail server refused (with its reason).
 */
export class IdeaMail {
  private mails: MailRecord[] = [];
  private sending = true;
  private text = '';
  private error = '';
  private busy = false;

  constructor(private readonly owner: IdeaMailOwner) {}

  reset() {
    this.mails = [];
    this.text = '';
    this.error = '';
  }

  async load(idea: StaffIdea, signal: AbortSignal) {
    const { client, staffToken } = this.owner.host;
    // The list is extra (the idea shows without it), but a refused token or role is news: the desk
    // signs out or re-scopes on it rather than showing the idea to someone who may no longer see it.
    const answer = await getIdeaMails(client, staffToken, idea.id, { signal }).catch((e: unknown) => {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) this.owner.failed(e);
      return undefined;
    });
    if (signal.aborted || !answer) return;
    this.mails = answer.items;
    this.sending = answer.sending;
    this.owner.changed();
  }

  private async send(idea: StaffIdea) {
    const { host } = this.owner;
    if (this.text.trim().length < 3) {
      this.error = host.msg.t('mail.answer-required');
      this.owner.changed();
      void host.updateComplete.then(() => host.shadowRoot?.querySelector<HTMLElement>('#mail-answer')?.focus());
      return;
    }
    this.busy = true;
    this.owner.changed();
    try {
      const updated = await markAnswered(host.client, host.staffToken, idea.id, 'email', this.text.trim());
      this.text = '';
      this.error = '';
      this.owner.updated(updated, host.msg.t('mail.sent'));
    } catch (e) {
      this.owner.failed(e);
    } finally {
      this.busy = false;
      this.owner.changed();
    }
  }

  private async toggle(idea: StaffIdea) {
    const { host } = this.owner;
    try {
      const updated = await setIdeaMail(host.client, host.staffToken, idea.id, !idea.mail);
      this.owner.updated(updated, host.msg.t(updated.mail ? 'mail.turned-on' : 'mail.turned-off'));
    } catch (e) {
      this.owner.failed(e);
    }
  }

  private entry(m: MailRecord) {
    const { msg, labels } = this.owner.host;
    const what = msg.t('mail.entry', msg.t(`mail.kind.${m.kind}`), msg.t(`mail.audience.${m.audience}`));
    return html`<li>
      ${what}: <strong>${msg.t(`mail.status.${m.status}`)}</strong> (${labels.date(m.sent ?? m.created, true)})
      ${
        m.error && m.status !== 'sent'
          ? html`<br /><span class="muted">${msg.t('mail.reason', m.error)}</span>`
          : nothing
      }
    </li>`;
  }

  render(idea: StaffIdea) {
    const { msg, level } = this.owner.host;
    const canMail = Boolean(idea.contact) && idea.mail && idea.status !== 'spam';
    return html`<section class="idea-mail" aria-labelledby="mail-heading">
      ${heading(msg.t('mail.heading'), level + 1, { sub: true, id: 'mail-heading' })}
      ${this.sending ? nothing : html`<p class="muted">${msg.t('mail.server-off')}</p>`}
      ${idea.mail ? nothing : html`<p><strong>${msg.t('mail.off')}</strong></p>`}
      ${
        canMail
          ? html`<form novalidate @submit=${(e: Event) => (e.preventDefault(), void this.send(idea))}>
          ${textField({
            id: 'mail-answer',
            label: msg.t('mail.answer'),
            hint: msg.t('mail.answer-hint'),
            multiline: true,
            value: this.text,
            error: this.error || undefined,
            errorPrefix: this.owner.host.core.t('field.error-prefix'),
            onInput: (v) => (this.text = v),
          })}
          ${button({ label: msg.t('mail.send'), type: 'submit', disabled: this.busy, part: 'button' })}
        </form>`
          : nothing
      }
      ${
        idea.contact
          ? html`<div class="actions">${button({
              label: msg.t(idea.mail ? 'mail.turn-off' : 'mail.turn-on'),
              variant: 'secondary',
              onClick: () => void this.toggle(idea),
              part: 'button',
            })}</div>`
          : nothing
      }
      ${heading(msg.t('mail.log'), level + 2, { sub: true })}
      ${
        this.mails.length
          ? html`<ul class="mail-log">${this.mails.map((m) => this.entry(m))}</ul>`
          : html`<p>${msg.t('mail.none')}</p>`
      }
    </section>`;
  }
}
