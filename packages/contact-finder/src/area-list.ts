import { html, nothing } from 'lit';
import { textField, type LocalizeController } from '@buurtkit/core';
import type { FinderMessages } from './messages/nl.js';

export type Area = { code: string; name: string; level: string };

export interface AreaListView {
  msg: LocalizeController<FinderMessages>;
  /** The municipality's wijken and buurten; undefined while they load. */
  areas: Area[] | undefined;
  /** What the resident typed to narrow the list. */
  filter: string;
  onFilter(text: string): void;
  pick(code: string): void;
}

/** The wijken and buurten to choose from when no address helps, narrowed as the resident types (count announced). */
export function renderAreas(v: AreaListView) {
  const { msg } = v;
  const needle = v.filter.trim().toLowerCase();
  const shown = (v.areas ?? []).filter((a) => !needle || a.name.toLowerCase().includes(needle));
  return html`<div part="areas">
    ${textField({
      id: 'area-filter',
      label: msg.t('area.filter'),
      value: v.filter,
      type: 'search',
      autocomplete: 'off',
      onInput: v.onFilter,
    })}
    ${
      v.areas
        ? html`<p aria-live="polite">${shown.length ? msg.t('area.count', shown.length) : msg.t('area.none')}</p>
          <ul class="areas">
            ${shown.map(
              (a) => html`<li><button type="button"
              @click=${() => v.pick(a.code)}>${a.name} <span class="level">(${msg.t(
                `level.${a.level}` as 'level.wijk',
              )})</span></button></li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}
