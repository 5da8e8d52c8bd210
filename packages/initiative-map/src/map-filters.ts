import { html, nothing } from 'lit';
import { button, textField, type LocalizeController } from '@buurtkit/core';
import type { Filter } from './initiative-source.js';
import type { MapMessages } from './messages/nl.js';

type Kind = 'theme' | 'phase';

export interface FiltersView {
  msg: LocalizeController<MapMessages>;
  /** What is in the search box (the filter follows after a pause in typing). */
  searchText: string;
  onSearch(text: string): void;
  filter: Filter;
  /** The editor's presets (`theme` and `phase` attributes). */
  presets: Record<Kind, string[]>;
  /** The keys to choose from when there is no preset. */
  choices: Record<Kind, string[]>;
  labelOf: Record<Kind, (key: string) => string>;
  change(patch: Partial<Filter>): void;
  reset(): void;
  /** The list's order, and its change (the map's points do not move). */
  sort: 'newest' | 'backers';
  onSort(sort: 'newest' | 'backers'): void;
}

/** The search and filter form above the map and its list. */
export function renderFilters(v: FiltersView) {
  const { msg } = v;
  const changed =
    v.filter.q || v.filter.theme.join() !== v.presets.theme.join() || v.filter.phase.join() !== v.presets.phase.join();
  // A search landmark, not a <form>: every filter applies as it changes (the count is announced),
  // so there is nothing to submit, and a form without a submit button fails WCAG technique H32.
  return html`<div class="filters" part="filters" role="search" aria-label=${msg.t('filters.label')}>
    ${textField({
      id: 'search',
      label: msg.t('filter.search'),
      type: 'search',
      value: v.searchText,
      autocomplete: 'off',
      onInput: v.onSearch,
    })}
    ${renderSelect(v, 'theme', msg.t('filter.theme'), msg.t('filter.theme.all'))}
    ${renderSelect(v, 'phase', msg.t('filter.phase'), msg.t('filter.phase.all'))}
    <div class="field">
      <label class="label" for="sort">${msg.t('sort')}</label>
      <select class="input" id="sort" @change=${(e: Event) =>
        v.onSort((e.target as HTMLSelectElement).value as 'newest' | 'backers')}>
        ${(['newest', 'backers'] as const).map(
          (k) => html`<option value=${k} ?selected=${v.sort === k}>${msg.t(`sort.${k}`)}</option>`,
        )}
      </select>
    </div>
    ${changed ? button({ label: msg.t('filter.reset'), variant: 'secondary', onClick: v.reset }) : nothing}
  </div>`;
}

/**
 * A filter as a select. An editor's preset narrows the choices; a single preset value
 * is fixed and shown as text.
 */
function renderSelect(v: FiltersView, name: Kind, label: string, all: string) {
  const preset = v.presets[name];
  const labelOf = v.labelOf[name];
  if (preset.length === 1) return html`<p class="fixed">${v.msg.t('filter.fixed', label, labelOf(preset[0]!))}</p>`;
  const keys = preset.length ? preset : v.choices[name];
  const value = v.filter[name].length === 1 ? v.filter[name][0] : '';
  const change = (e: Event) => {
    const key = (e.target as HTMLSelectElement).value;
    v.change({ [name]: key ? [key] : preset });
  };
  return html`<div class="field">
    <label class="label" for="filter-${name}">${label}</label>
    <select class="input" id="filter-${name}" @change=${change}>
      <option value="" ?selected=${!value}>${all}</option>
      ${keys.map((k) => html`<option value=${k} ?selected=${value === k}>${labelOf(k)}</option>`)}
    </select>
  </div>`;
}
