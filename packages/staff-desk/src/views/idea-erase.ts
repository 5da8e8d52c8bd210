import { html, nothing } from 'lit';
import { button, heading, textField } from '@buurtkit/core';
import { eraseIdea, type StaffIdea } from '../staff-api.js';
import type { IdeaMailOwner } from './idea-mail.js';

/**
 * A resident asks (by phone, at the counter) to have their data erased (AVG art. 17):
 * staff erase the contact details, address, description and photos of the idea, with the
 * request noted. Two steps, so a stray click erases nothing; the audit names who did it.
 */
export class IdeaErase {
  private confirming = false;
  private reason = '';
  private error = '';
  private busy = false;

  constructor(private readonly owner: IdeaMailOwner) {}

  reset() {
    this.confirming = false;
    this.reason = '';
    this.error = '';
  }

  private async erase(idea: StaffIdea) {
    const { host } = this.owner;
    if (this.reason.trim().length < 3) {
      this.error = host.msg.t('erase.reason.required');
      this.owner.changed();
      this.focus('#erase-reason');
      return;
    }
    this.error = '';
    this.busy = true;
    this.owner.changed();
    try {
      const updated = await eraseIdea(host.client, host.staffToken, idea.id, this.reason.trim());
      this.reset();
      this.owner.updated(updated, host.msg.t('erase.done'));
    } catch (e) {
      this.owner.failed(e);
    } finally {
      this.busy = false;
      this.owner.changed();
    }
  }

  private focus(selector: string) {
    const { host } = this.owner;
    void host.updateComplete.then(() => host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
  }

  render(idea: StaffIdea) {
    const { msg, level, core } = this.owner.host;
    if (!idea.contact && !idea.photos.length) return nothing;
    return html`<section class="idea-erase" aria-labelledby="erase-heading">
      ${heading(msg.t('erase.heading'), level + 1, { sub: true, id: 'erase-heading' })}
      <p class="muted">${msg.t('erase.intro')}</p>
      ${
        this.confirming
          ? html`<form novalidate @submit=${(e: Event) => (e.preventDefault(), void this.erase(idea))}>
          ${textField({
            id: 'erase-reason',
            label: msg.t('erase.reason'),
            hint: msg.t('erase.reason.hint'),
            value: this.reason,
            error: this.error || undefined,
            errorPrefix: core.t('field.error-prefix'),
            onInput: (v) => (this.reason = v),
          })}
          <div class="actions">
            ${button({ label: msg.t('erase.confirm'), type: 'submit', disabled: this.busy, part: 'button' })}
            ${button({
              label: msg.t('cancel'),
              variant: 'secondary',
              part: 'button',
              onClick: () => {
                this.reset();
                this.owner.changed();
                this.focus('#erase-start');
              },
            })}
          </div>
        </form>`
          : html`<div class="actions"><button id="erase-start" type="button" class="button secondary" part="button"
              @click=${() => {
                this.confirming = true;
                this.owner.changed();
                this.focus('#erase-reason');
              }}>${msg.t('erase.start')}</button></div>`
      }
    </section>`;
  }
}
