import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  ApiClient,
  listInitiatives,
  listPhaseModels,
  listThemes,
  localizedText,
  staticFetch,
  type Locale,
} from '@buurtkit/core';
import type { ApiChoices } from './views/options-view.js';

const EMPTY: ApiChoices = { themes: [], phases: [], models: [], initiatives: [] };

/**
 * What the editor's API offers to choose from (themes, the phases of its models, its models,
 * its newest initiatives), loaded once per address and language; the last asked wins.
 */
export class ApiData implements ReactiveController {
  choices: ApiChoices = EMPTY;
  /** The address did not answer as a Buurtkit API. */
  failed = false;
  private key = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected() {}

  load(api: string, isStatic: boolean, locale: Locale) {
    const key = `${api}|${isStatic}|${locale}`;
    if (key === this.key) return;
    this.key = key;
    const client = new ApiClient({ baseUrl: api, locale, fetch: isStatic ? staticFetch(api) : undefined });
    const text = (v: Parameters<typeof localizedText>[1]) => localizedText(locale, v);
    Promise.all([listThemes(client), listPhaseModels(client), listInitiatives(client, { limit: 100 })]).then(
      ([themes, models, initiatives]) => {
        if (this.key !== key) return;
        const phases = new Map<string, string>();
        for (const m of models.items)
          for (const p of m.phases) if (!phases.has(p.key)) phases.set(p.key, text(p.label));
        this.choices = {
          themes: themes.items.map((t) => ({ value: t.key, label: text(t.label) })),
          phases: [...phases].map(([value, label]) => ({ value, label })),
          models: models.items.map((m) => ({ value: m.key, label: text(m.label) })),
          initiatives: initiatives.features.map((f) => ({ value: String(f.id), label: f.properties.title })),
        };
        this.failed = false;
        this.host.requestUpdate();
      },
      () => {
        if (this.key !== key) return;
        this.choices = EMPTY;
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }
}
