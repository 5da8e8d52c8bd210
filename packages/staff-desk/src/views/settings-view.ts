import { html, nothing } from 'lit';
import {
  arr,
  bool,
  button,
  isAbort,
  nullable,
  num,
  obj,
  str,
  textField,
  type ApiClient,
  type Check,
} from '@buurtkit/core';
import type { Schemas } from '@buurtkit/core';
import { FormState } from '../fields.js';
import { DeskView, type DeskHost } from './desk-host.js';
import { SETTINGS_TEXTS } from './settings-texts.js';

type Settings = Schemas['SettingsView'];
type Values = {
  name: string;
  mailFrom: string;
  corsOrigins: string;
  responseDays: string;
  showElsewhere: string;
  trackingUrl: string;
  initiativeUrl: string;
  deskUrl: string;
};
type TextKey = Exclude<keyof Values, 'showElsewhere'>;

const checkSettings = obj({
  tenant: nullable(str),
  name: str,
  mailFrom: str,
  corsOrigins: arr(str),
  responseDays: num,
  showElsewhere: bool,
  trackingUrl: nullable(str),
  initiativeUrl: nullable(str),
  deskUrl: nullable(str),
}) as unknown as Check<Settings>;

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const getSettings = (c: ApiClient, token: string, signal: AbortSignal) =>
  c.send('GET', '/staff/settings', {}, checkSettings, { headers: auth(token), idempotent: true, signal });
const saveSettings = (c: ApiClient, token: string, body: Omit<Settings, 'tenant'>) =>
  c.send('PUT', '/staff/settings', {}, checkSettings, { body, headers: auth(token), idempotent: true });

const toValues = (s: Settings): Values => ({
  name: s.name,
  mailFrom: s.mailFrom,
  corsOrigins: s.corsOrigins.join('\n'),
  responseDays: String(s.responseDays),
  showElsewhere: s.showElsewhere ? 'yes' : '',
  trackingUrl: s.trackingUrl ?? '',
  initiativeUrl: s.initiativeUrl ?? '',
  deskUrl: s.deskUrl ?? '',
});

/** The form's text as the API takes it; the server checks every field (422 with a pointer per field). */
export const toSettings = (v: Values): Omit<Settings, 'tenant'> => ({
  name: v.name.trim(),
  mailFrom: v.mailFrom.trim(),
  corsOrigins: v.corsOrigins
    .split(/[\s,]+/)
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean),
  responseDays: /^\d{1,3}$/.test(v.responseDays.trim()) ? Number(v.responseDays.trim()) : -1,
  showElsewhere: v.showElsewhere === 'yes',
  trackingUrl: v.trackingUrl.trim() || null,
  initiativeUrl: v.initiativeUrl.trim() || null,
  deskUrl: v.deskUrl.trim() || null,
});

/**
 * The municipality's own settings, for `beheer`: its name in mail, the sender, the sites
 * that show the widgets, the answer promise and the links in mail. Who may sign in is not
 * here: the server's administrator sets that.
 */
export class SettingsView extends DeskView {
  form?: FormState<Values>;
  done = '';
  error = '';

  constructor(host: DeskHost) {
    super(host);
  }

  /** This view's words in the desk's language. */
  private get texts() {
    return SETTINGS_TEXTS[this.host.msg.locale];
  }

  reset() {
    this.form = undefined;
    this.done = '';
  }

  enter() {
    this.done = '';
    const signal = this.loads.next();
    getSettings(this.host.client, this.host.staffToken, signal).then(
      (settings) => {
        this.form = new FormState<Values>(toValues(settings), this.changed);
        this.error = '';
        this.changed();
      },
      (e: unknown) => {
        if (isAbort(e)) return;
        this.error = this.host.failed(e);
        this.changed();
      },
    );
  }

  private async submit(e: Event) {
    e.preventDefault();
    const form = this.form!;
    const t = this.texts;
    this.done = '';
    await form.send(
      this.host,
      async () => {
        const saved = await saveSettings(this.host.client, this.host.staffToken, toSettings(form.values));
        form.values = toValues(saved);
        this.done = t['settings.saved'];
        this.host.announce(this.done);
      },
      { failed: (error) => this.host.failed(error) },
    );
  }

  render() {
    const { msg, core } = this.host;
    const t = this.texts;
    if (this.error) return this.host.errorView(this.error, () => this.enter());
    const form = this.form;
    const level = this.host.level + 1;
    if (!form) return html`<p>${core.t('loading')}</p>`;
    const v = form.values;
    const field = (key: TextKey, o: { hint?: string; multiline?: boolean; optional?: boolean } = {}) =>
      textField({
        id: `settings-${key}`,
        label: t[`settings.${key}`],
        value: v[key],
        onInput: (x) => form.set(key, x),
        error: form.errors[key],
        errorPrefix: core.t('field.error-prefix'),
        hint: o.hint,
        multiline: o.multiline,
        inputmode: key === 'responseDays' ? 'numeric' : undefined,
        optionalText: o.optional ? core.t('field.optional') : undefined,
      });
    return html`<form class="settings-form" part="detail" novalidate @submit=${(e: Event) => void this.submit(e)}>
      <div role="heading" aria-level=${level} id="settings-heading" tabindex="-1">${t['settings.heading']}</div>
      <p>${t['settings.intro']}</p>
      ${this.formFeedback(form, form.summary('settings'), level + 1)}
      ${field('name')}
      ${field('mailFrom', { hint: t['settings.mailFrom.hint'] })}
      ${field('corsOrigins', { hint: t['settings.corsOrigins.hint'], multiline: true })}
      ${field('responseDays')}
      <label class="check"><input type="checkbox" .checked=${v.showElsewhere === 'yes'}
        @change=${(e: Event) =>
          form.set(
            'showElsewhere',
            (e.target as HTMLInputElement).checked ? 'yes' : '',
          )} />${t['settings.showElsewhere']}</label>
      ${field('trackingUrl', { hint: t['settings.trackingUrl.hint'], optional: true })}
      ${field('initiativeUrl', { hint: t['settings.initiativeUrl.hint'], optional: true })}
      ${field('deskUrl', { optional: true })}
      <div class="actions">
        ${button({
          label: form.busy ? msg.t('busy') : t['settings.save'],
          type: 'submit',
          disabled: form.busy,
          part: 'button',
        })}
      </div>
      <p class="done" role="status">${this.done || nothing}</p>
    </form>`;
  }
}
