import { html, nothing } from 'lit';
import { textField, type LocalizeController } from '@buurtkit/core';
import type { HouseStyle } from '../house-style.js';
import type { ConfiguratorMessages } from '../messages/nl.js';

export interface StyleContext {
  msg: LocalizeController<ConfiguratorMessages>;
  style: HouseStyle;
  /** Theme classes the page offers, with their names. */
  presets: { name: string; label: string }[];
  custom: { primary: string; text: string; font: string };
  /** Contrast and font problems, in the editor's language. */
  warnings: string[];
  fontError?: string;
  onStyle(style: HouseStyle): void;
  onCustom(name: 'primary' | 'text' | 'font', value: string): void;
}

function radio(id: string, label: string, checked: boolean, onChange: () => void) {
  return html`<div class="widget-choice">
    <input type="radio" name="style" id=${id} .checked=${checked} @change=${onChange} />
    <label for=${id}>${label}</label>
  </div>`;
}

function colour(c: StyleContext, name: 'primary' | 'text') {
  const id = `style-${name}`;
  return html`<div class="field colour">
    <label for=${id}>${c.msg.t(name === 'primary' ? 'style.primary' : 'style.text')}</label>
    <input
      type="color"
      id=${id}
      .value=${c.custom[name]}
      @input=${(e: Event) => c.onCustom(name, (e.target as HTMLInputElement).value)}
    />
  </div>`;
}

export function renderStyle(c: StyleContext) {
  const { msg, style } = c;
  return html`<fieldset class="styles">
      <legend class="visually-hidden">${msg.t('step.style')}</legend>
      ${radio('style-default', msg.t('style.default'), style.kind === 'default', () => c.onStyle({ kind: 'default' }))}
      ${c.presets.map((p) =>
        radio(
          `style-preset-${p.name}`,
          msg.t('style.preset', p.label),
          style.kind === 'preset' && style.name === p.name,
          () => c.onStyle({ kind: 'preset', name: p.name }),
        ),
      )}
      ${radio('style-custom', msg.t('style.custom'), style.kind === 'custom', () =>
        c.onStyle({ kind: 'custom', ...c.custom }),
      )}
    </fieldset>
    ${
      style.kind === 'custom'
        ? html`<div class="row">${colour(c, 'primary')} ${colour(c, 'text')}</div>
          ${textField({
            id: 'style-font',
            label: msg.t('style.font'),
            hint: msg.t('style.font.help'),
            value: c.custom.font,
            error: c.fontError,
            onInput: (v) => c.onCustom('font', v),
          })}
          ${
            c.warnings.length
              ? html`<div class="callout" role="alert">${c.warnings.map((w) => html`<p>${w}</p>`)}</div>`
              : nothing
          }`
        : nothing
    }`;
}
