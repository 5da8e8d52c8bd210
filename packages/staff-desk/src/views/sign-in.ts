import { html, nothing } from 'lit';
import { button, heading, type CoreMessages, type LocalizeController } from '@buurtkit/core';
import type { StaffSession } from '../auth/staff-session.js';
import type { DeskMessages } from '../messages/nl.js';

interface SignInHost {
  readonly msg: LocalizeController<DeskMessages>;
  readonly core: LocalizeController<CoreMessages>;
  readonly shadowRoot: ShadowRoot | null;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  /** Where the provider sends the person back: the page the desk is on. */
  readonly returnUri: string;
}

/**
 * The sign-in screen: the municipality's account first (when the server has an OpenID
 * provider), the static token form where the server accepts those. The typed token is
 * kept here until it is used, never in an attribute.
 */
export class SignInView {
  private typed = '';
  private remember = false;

  constructor(
    private readonly host: SignInHost,
    private readonly session: StaffSession,
  ) {}

  reset() {
    this.typed = '';
  }

  /** Focus where the person goes on: the error, or the first way to sign in. */
  focus() {
    void this.host.updateComplete.then(() =>
      this.host.shadowRoot?.querySelector<HTMLElement>(this.session.options?.oidc ? '#oidc' : '#token')?.focus(),
    );
  }

  render(level: number) {
    const { msg } = this.host;
    const { options, checking, error } = this.session;
    const oidc = options?.oidc;
    const alert = error
      ? html`<div class="error" id="signin-error" role="alert"><span
          class="visually-hidden">${this.host.core.t('field.error-prefix')} </span>${error}</div>`
      : nothing;
    return html`<div class="signin">
      ${heading(msg.t('signin.heading'), level)}
      <p>${msg.t('signin.intro')}</p>
      ${
        oidc
          ? html`${alert}<div class="actions"><button id="oidc" class="button primary" type="button" part="button"
              ?disabled=${checking} @click=${() => void this.session.startOidc(this.host.returnUri)}>${
                checking ? msg.t('signin.checking') : msg.t('signin.oidc')
              }</button></div>`
          : nothing
      }
      ${!options || options.tokens ? this.renderTokenForm(level, oidc ? undefined : error) : nothing}
    </div>`;
  }

  private renderTokenForm(level: number, error: string | undefined) {
    const { msg, core } = this.host;
    const oidc = !!this.session.options?.oidc;
    const submit = (e: Event) => {
      e.preventDefault();
      if (!this.typed.trim()) {
        this.session.error = msg.t('signin.required');
        this.host.requestUpdate();
        void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('#token')?.focus());
        return;
      }
      void this.session.use(this.typed.trim(), this.remember).then(() => this.reset());
    };
    return html`<form class="token-form" novalidate @submit=${submit}>
      ${oidc ? heading(msg.t('signin.token.heading'), level + 1) : nothing}
      <div class="field" part="field">
        <label for="token">${msg.t('signin.token')}</label>
        <div class="hint" id="token-hint">${msg.t('signin.token.hint')}</div>
        ${
          error
            ? html`<div class="error" id="token-error" role="alert"><span
              class="visually-hidden">${core.t('field.error-prefix')} </span>${error}</div>`
            : nothing
        }
        <input id="token" type="password" autocomplete="off" spellcheck="false"
          aria-describedby=${error ? 'token-error token-hint' : 'token-hint'}
          aria-invalid=${error ? 'true' : 'false'} .value=${this.typed}
          @input=${(e: Event) => (this.typed = (e.target as HTMLInputElement).value)} />
      </div>
      <label class="check"><input type="checkbox" .checked=${this.remember}
        @change=${(e: Event) => (this.remember = (e.target as HTMLInputElement).checked)} />
        ${msg.t('signin.remember')}</label>
      <div class="actions">${button({
        label: this.session.checking ? msg.t('signin.checking') : msg.t('signin.submit'),
        type: 'submit',
        variant: oidc ? 'secondary' : undefined,
        disabled: this.session.checking,
        part: 'button',
      })}</div>
    </form>`;
  }
}
