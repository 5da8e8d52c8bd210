import {
  listPhaseModels,
  listThemes,
  localizedText,
  type ApiClient,
  type Locale,
  type PhaseModel,
  type Theme,
} from '@buurtkit/core';

/**
 * The API's themes and phase models as the map uses them: loaded once per API, then
 * labels, colours and the phase keys to filter on.
 */
export class MapReference {
  themes: Theme[] = [];
  models: PhaseModel[] = [];

  constructor(private readonly locale: () => Locale) {}

  /** Another API has its own themes and phase models. */
  forget() {
    this.themes = [];
    this.models = [];
  }

  /** Loads what is not loaded yet. */
  async load(client: ApiClient, signal: AbortSignal) {
    const [themes, models] = await Promise.all([
      this.themes.length ? { items: this.themes } : listThemes(client, { signal }),
      this.models.length ? { items: this.models } : listPhaseModels(client, { signal }),
    ]);
    if (signal.aborted) return;
    this.themes = themes.items;
    this.models = models.items;
  }

  /** A theme's colour; asked for every dot of every draw, so looked up, not searched. */
  colorOf(key: string | undefined) {
    if (this.colors?.themes !== this.themes)
      this.colors = { themes: this.themes, byKey: new Map(this.themes.map((t) => [t.key, t.color])) };
    return (key !== undefined && this.colors.byKey.get(key)) || '#4b4b4b';
  }

  private colors?: { themes: Theme[]; byKey: Map<string, string | undefined> };

  themeLabel(key: string | undefined) {
    return localizedText(this.locale(), this.themes.find((t) => t.key === key)?.label) || key || '';
  }

  phaseLabel(key: string | undefined) {
    for (const m of this.models) {
      const p = m.phases.find((x) => x.key === key);
      if (p) return localizedText(this.locale(), p.label);
    }
    return key ?? '';
  }

  /** Every phase key of every model, once, in order. */
  phaseKeys() {
    const keys: string[] = [];
    for (const m of this.models) for (const p of m.phases) if (!keys.includes(p.key)) keys.push(p.key);
    return keys;
  }
}
