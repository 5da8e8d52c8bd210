import type { html as litHtml, nothing as litNothing } from 'lit';
import {
  LocalizeController,
  type ApiClient,
  type button as coreButton,
  type heading as coreHeading,
} from '@buurtkit/core';
import type { FormHost } from './form-host.js';
import { getStaticManifest, mailText, mailtoHref, plainAddress } from './mail-text.js';
import { mailCatalogue } from './messages/mail/catalogue.js';
import { reviewSections, type ReviewInput } from './review-rows.js';

/**
 * Lit and the pieces, handed over by the form: imported here, they made the bundler split Lit
 * out of `buurtkit.js` into a chunk of its own (one more file before any widget shows).
 */
export type ViewKit = {
  html: typeof litHtml;
  nothing: typeof litNothing;
  button: typeof coreButton;
  heading: typeof coreHeading;
};

export type MailHooks = {
  client(): ApiClient;
  /** The form's state: what the resident typed (as the review shows it), their photos, the heading level. */
  context(): ReviewInput & { photos: { items: readonly unknown[] }; headingLevel: number };
  /** Back to the form's review, everything as it was. */
  back(): void;
  /** The resident says the mail went: clear the form (their draft with it), saying so. */
  clear(status: string): void;
  kit: ViewKit;
};

/**
 * The form on a website without a Buurtkit server (a static folder): it says so from the
 * first step, and instead of sending offers the idea as an e-mail to the address the folder
 * names (a `mailto:` link filled with the text, and the text to copy). The draft stays until
 * the resident clears the form: a mail program that never opened loses nothing. A chunk of
 * its own, loaded only on such a website.
 */
export class MailInstead {
  readonly msg: LocalizeController<typeof mailCatalogue.nl>;
  /** The folder's address for ideas; null when it has none, undefined until known. */
  address?: string | null;
  /** The panel shows (after "send" with no errors). */
  open = false;
  private copyStatus = '';

  constructor(
    private readonly host: FormHost,
    private readonly hooks: MailHooks,
  ) {
    this.msg = new LocalizeController(host, mailCatalogue);
    void this.load();
  }

  private async load() {
    try {
      this.address = (await getStaticManifest(this.hooks.client())).ideaMail;
    } catch {
      // No manifest to read: the form still works, and offers the text to copy.
      this.address = null;
    }
    this.host.requestUpdate();
  }

  /** What the first step says, and the review's button. */
  get note(): string {
    const address = plainAddress(this.address);
    return address ? this.msg.t('note', address) : this.msg.t('note.none');
  }

  get sendLabel(): string {
    return this.msg.t('send');
  }

  private mail() {
    const input = this.hooks.context();
    const form = input.msg;
    const text = mailText(reviewSections(input), {
      subject: this.msg.t('subject', input.fields.title.trim()),
      intro: this.msg.t('intro'),
      none: form.t('review.none'),
      step: (s) => form.t(`step.${s}`),
      photos: input.photos.items.length ? this.msg.t('photos', input.photos.items.length) : undefined,
    });
    return { ...text, href: mailtoHref(this.address, text) };
  }

  async show() {
    this.open = true;
    this.copyStatus = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.by-mail [tabindex="-1"]')?.focus();
  }

  private async copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = this.msg.t('copied');
    } catch {
      this.copyStatus = this.msg.t('copy.failed');
    }
    this.host.requestUpdate();
  }

  render() {
    const { msg } = this;
    const { html, nothing, button, heading } = this.hooks.kit;
    const mail = this.mail();
    const { headingLevel: level, photos } = this.hooks.context();
    const close = () => {
      this.open = false;
      this.host.requestUpdate();
      this.hooks.back();
    };
    return html`<section class="by-mail" part="by-mail">
      ${heading(mail.href ? msg.t('heading') : msg.t('none.heading'), level, { focusable: true })}
      <p>${mail.href ? msg.t('text', this.address!) : msg.t('none.text')}</p>
      ${photos.items.length ? html`<p>${msg.t('photos', photos.items.length)}</p>` : nothing}
      ${
        mail.href
          ? html`<p><a class="button primary" part="button mail" href=${mail.href}>${msg.t('open')}</a></p>`
          : nothing
      }
      <div class="field">
        <label for="mail-text">${msg.t('text.label')}</label>
        <textarea id="mail-text" readonly rows="12" .value=${mail.body}></textarea>
      </div>
      ${button({
        label: msg.t('copy'),
        variant: 'secondary',
        part: 'button copy',
        onClick: () => void this.copy(mail.body),
      })}
      <p class="hint" role="status">${this.copyStatus}</p>
      <p>${msg.t('kept')}</p>
      <div class="actions">
        ${button({ label: msg.t('back'), variant: 'secondary', onClick: close })}
        ${button({
          label: msg.t('done'),
          variant: 'secondary',
          part: 'button done',
          onClick: () => {
            this.open = false;
            this.hooks.clear(msg.t('cleared'));
          },
        })}
      </div>
    </section>`;
  }
}
