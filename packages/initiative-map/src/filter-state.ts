import { BuurtFilterChangeEvent } from './events.js';
import type { Filter } from './initiative-source.js';
import { renderFilters } from './map-filters.js';
import type { MapHost } from './map-host.js';

type Kind = 'theme' | 'phase';

export interface FilterStateOptions {
  /** The editor's presets (the `theme` and `phase` attributes). */
  presets(): Record<Kind, string[]>;
  /** The keys to choose from where there is no preset, and their labels. */
  choices(): Record<Kind, string[]>;
  labelOf: Record<Kind, (key: string) => string>;
  /** The resident changed the filter: the map loads what matches. */
  changed(): void;
  /** The resident changed the list's order (the map's points stay). */
  sorted(): void;
}

/**
 * What the resident filters the map by (theme, phase, words) and the list's order: the search
 * box follows typing at once, the filter after a pause; each change tells the page.
 */
export class FilterState {
  filter: Filter = { theme: [], phase: [], q: '' };
  sort: 'newest' | 'backers' = 'newest';
  /** What is in the search box; the filter follows after a pause in typing. */
  private searchText = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: MapHost,
    private readonly o: FilterStateOptions,
  ) {}

  /** The editor changed the presets: the filter takes them (the page did it, so no event). */
  preset() {
    this.filter = { ...this.filter, ...this.o.presets() };
  }

  set(change: Partial<Filter>) {
    this.filter = { ...this.filter, ...change };
    const { theme, phase, q } = this.filter;
    this.host.dispatchEvent(new BuurtFilterChangeEvent({ theme: [...theme], phase: [...phase], q }));
    this.host.requestUpdate();
    this.o.changed();
  }

  /** Back to the editor's presets, without words. */
  reset() {
    this.searchText = '';
    clearTimeout(this.timer);
    this.set({ q: '', ...this.o.presets() });
  }

  render() {
    return renderFilters({
      msg: this.host.msg,
      searchText: this.searchText,
      onSearch: (q) => {
        this.searchText = q;
        this.host.requestUpdate();
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.set({ q: q.trim() }), 300);
      },
      filter: this.filter,
      presets: this.o.presets(),
      choices: this.o.choices(),
      labelOf: this.o.labelOf,
      change: (patch) => this.set(patch),
      reset: () => this.reset(),
      sort: this.sort,
      onSort: (sort) => {
        this.sort = sort;
        this.o.sorted();
      },
    });
  }
}
