import { html, nothing } from 'lit';
import { button, selectField, textField, type LocalizeController } from '@buurtkit/core';
import { FIELDS, type Field } from '../fields.js';
import type { ConfiguratorMessages } from '../messages/nl.js';
import type { Place } from '../place-search.js';
import { OPTIONS, WIDGETS, type Widget } from '../snippet.js';

type Choice = { value: string; label: string };

/** What the API offers to choose from (empty lists while it loads or when it cannot be reached). */
export interface ApiChoices {
  themes: Choice[];
  phases: Choice[];
  models: Choice[];
  initiatives: Choice[];
}

export interface OptionsContext {
  msg: LocalizeController<ConfiguratorMessages>;
  widget: Widget;
  values: Record<string, string>;
  /** Shown errors, already in the editor's language, by field id. */
  errors: Record<string, string>;
  choices: ApiChoices;
  place: { query: string; results: Place[]; status: string };
  onWidget(widget: Widget): void;
  onValue(name: string, value: string): void;
  onBlur(name: string): void;
  onPlaceQuery(query: string): void;
  onPlaceSearch(field: string): void;
  onPlacePick(field: string, place: Place): void;
}

type Key = keyof ConfiguratorMessages;

/** The four widgets as one radio group, each with what it is for. */
export function renderWidgetChoice(c: OptionsContext) {
  const { msg } = c;
  return html`<fieldset class="widgets">
    <legend class="visually-hidden">${msg.t('step.widget')}</legend>
    ${WIDGETS.map(
      (w) =>
        html`<div class="widget-choice">
          <input
            type="radio"
            name="widget"
            id="widget-${w}"
            .checked=${w === c.widget}
            aria-describedby="widget-${w}-help"
            @change=${() => c.onWidget(w)}
          />
          <label for="widget-${w}">${msg.t(`widget.${w}` as Key)}</label>
          <div class="hint" id="widget-${w}-help">${msg.t(`widget.${w}.help` as Key)}</div>
        </div>`,
    )}
  </fieldset>`;
}

const label = (c: OptionsContext, name: string) => c.msg.t(`option.${name}` as Key);
const hint = (c: OptionsContext, name: string) => c.msg.t(`option.${name}.help` as Key);

/** The choices of a `choice` field, each in words. */
function choiceLabels(c: OptionsContext, name: string, choices: readonly string[]): Choice[] {
  const { msg } = c;
  return choices.map((value) => {
    if (value === '') return { value, label: msg.t(name === 'lang' ? 'choice.page-language' : 'choice.default') };
    if (name === 'lang') return { value, label: msg.t(`choice.lang.${value}` as Key) };
    if (name === 'layout') return { value, label: msg.t(`choice.layout.${value}` as Key) };
    if (name === 'clustering') return { value, label: msg.t(`choice.clustering.${value}` as Key) };
    return { value, label: value };
  });
}

function placeField(c: OptionsContext, name: string) {
  const id = `option-${name}`;
  return html`${textField({
    id,
    label: label(c, name),
    hint: hint(c, name),
    value: c.values[name] ?? '',
    error: c.errors[id],
    inputmode: 'text',
    onInput: (v) => c.onValue(name, v),
    onBlur: () => c.onBlur(name),
  })}
    <form
      class="place-search"
      role="search"
      @submit=${(e: Event) => {
        e.preventDefault();
        c.onPlaceSearch(name);
      }}
    >
      <div class="row">
        ${textField({
          id: `${id}-place`,
          label: c.msg.t('place.label'),
          type: 'search',
          value: c.place.query,
          onInput: (v) => c.onPlaceQuery(v),
        })}
        <div class="actions">${button({ label: c.msg.t('place.search'), type: 'submit', variant: 'secondary' })}</div>
      </div>
      <div role="status" class="hint" id="${id}-status">${c.place.status}</div>
      ${
        c.place.results.length
          ? html`<ul class="places">
            ${c.place.results.map(
              (p) =>
                html`<li>
                  ${button({
                    label: c.msg.t('place.pick', p.name),
                    variant: 'secondary',
                    onClick: () => c.onPlacePick(name, p),
                  })}
                </li>`,
            )}
          </ul>`
          : nothing
      }
    </form>`;
}

function field(c: OptionsContext, name: string, f: Field) {
  const id = `option-${name}`;
  const value = c.values[name] ?? '';
  const select = (options: Choice[]) =>
    selectField({
      id,
      label: label(c, name),
      hint: hint(c, name),
      value,
      options,
      onChange: (v) => c.onValue(name, v),
    });
  const none = { value: '', label: c.msg.t('choice.none') };
  switch (f.kind) {
    case 'choice':
      return select(choiceLabels(c, name, f.choices));
    case 'themes':
    case 'phases':
    case 'models':
    case 'initiatives':
      return select([none, ...c.choices[f.kind]]);
    case 'flag':
      return html`<div class="field check">
        <input
          type="checkbox"
          id=${id}
          .checked=${value !== ''}
          aria-describedby="${id}-hint"
          @change=${(e: Event) => c.onValue(name, (e.target as HTMLInputElement).checked ? 'on' : '')}
        />
        <label for=${id}>${label(c, name)}</label>
        <div class="hint" id="${id}-hint">${hint(c, name)}</div>
      </div>`;
    case 'place':
      return placeField(c, name);
    default:
      return textField({
        id,
        label: label(c, name),
        hint: hint(c, name),
        value,
        error: c.errors[id],
        inputmode: f.kind === 'number' ? 'numeric' : undefined,
        onInput: (v) => c.onValue(name, v),
        onBlur: () => c.onBlur(name),
      });
  }
}

/** The API address (or a static folder's), then every option the chosen widget has, then the fallback link. */
export function renderOptions(c: OptionsContext) {
  const text = (name: string, extra: { hint?: boolean } = {}) =>
    textField({
      id: `option-${name}`,
      label: label(c, name),
      hint: extra.hint === false ? undefined : hint(c, name),
      value: c.values[name] ?? '',
      error: c.errors[`option-${name}`],
      onInput: (v) => c.onValue(name, v),
      onBlur: () => c.onBlur(name),
    });
  const options = OPTIONS[c.widget].map((name) => field(c, name, FIELDS[name]!));
  return html`${text('api')} ${field(c, 'static', FIELDS.static!)} ${options} ${text('fallback')}
  ${text('fallback-text', { hint: false })}`;
}
