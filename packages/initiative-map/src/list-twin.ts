import { html, nothing } from 'lit';
import {
  button,
  emptyState,
  heading,
  Latest,
  listInitiatives,
  skeleton,
  type ApiClient,
  type InitiativeCollection,
  type InitiativeQuery,
} from '@buurtkit/core';

import type { MapHost } from './map-host.js';

type ListItem = InitiativeCollection['features'][number];

/** List page size: enough to scan, small enough to announce and tab through. */
const PAGE = 20;

export interface ListTwinOptions {
  client(): ApiClient;
  /** The filter and the view's bounds (none before the map shows: then all of them). */
  query(): Omit<InitiativeQuery, 'limit' | 'offset'>;
  /** Titles the list brings, for the map's label. */
  remember(id: number, title: string): void;
  failed(error: unknown): void;
}

export interface ListTwinView {
  /** The widget is still loading its reference data, or failed. */
  state: 'loading' | 'ready' | 'error';
  headingLevel: number;
  /** Highlighted (hover, focus) or selected: marked as current. */
  current(id: number): boolean;
  meta(item: ListItem): string;
  select(id: number): void;
  highlight(id: number | undefined): void;
  reset(): void;
}

/**
 * The map's accessible twin: the initiatives in the current view and filter as a list
 * (one page at a time), and their count. Everything the map does can be done from here
 * by keyboard.
 */
export class ListTwin {
  items: ListItem[] = [];
  total = 0;
  status: 'loading' | 'ready' = 'loading';
  private readonly loads = new Latest();

  constructor(
    private readonly host: MapHost,
    private readonly o: ListTwinOptions,
  ) {}

  /** Loads the first page again (offset 0), or the next one ("show more"). */
  refresh(offset: number) {
    const signal = this.loads.next();
    if (offset === 0) this.set({ status: 'loading' });
    listInitiatives(this.o.client(), { ...this.o.query(), limit: PAGE, offset }, { signal }).then(
      (page) => {
        if (signal.aborted) return;
        for (const f of page.features) this.o.remember(f.id, f.properties.title);
        const first = this.items.length;
        this.set({
          items: offset === 0 ? page.features : [...this.items, ...page.features],
          total: page.total,
          status: 'ready',
        });
        // "Show more" moves focus to the first new item, so the resident reads on.
        if (offset > 0)
          void this.host.updateComplete.then(() =>
            this.host.renderRoot.querySelectorAll<HTMLElement>('.item')[first]?.focus(),
          );
      },
      (e: unknown) => {
        if (!signal.aborted) this.o.failed(e);
      },
    );
  }

  private set(patch: Partial<Pick<ListTwin, 'items' | 'total' | 'status'>>) {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  render(v: ListTwinView) {
    const { msg } = this.host;
    if (v.state === 'loading' || (this.status === 'loading' && !this.items.length))
      return skeleton(msg.t('list.loading'));
    if (v.state === 'error') return nothing;
    if (!this.items.length) {
      return emptyState(
        msg.t('empty.heading'),
        msg.t('empty.text'),
        button({ label: msg.t('filter.reset'), variant: 'secondary', onClick: v.reset }),
      );
    }
    return html`${heading(msg.t('list.label'), v.headingLevel, { sub: true, id: 'list-heading', focusable: true })}
      <ul class="list" part="list" aria-labelledby="list-heading">
        ${this.items.map(
          (f) => html`<li>
            <button
              class="item"
              part="item"
              type="button"
              data-id=${f.id}
              aria-current=${v.current(f.id) ? 'true' : 'false'}
              @click=${() => v.select(f.id)}
              @focus=${() => v.highlight(f.id)}
              @blur=${() => v.highlight(undefined)}
              @mouseenter=${() => v.highlight(f.id)}
              @mouseleave=${() => v.highlight(undefined)}
            >
              <span class="item-title">${f.properties.title}</span>
              <span class="item-meta">${v.meta(f)}</span>
            </button>
          </li>`,
        )}
      </ul>
      ${
        this.items.length < this.total
          ? button({ label: msg.t('list.more'), variant: 'secondary', onClick: () => this.refresh(this.items.length) })
          : nothing
      }`;
  }
}
