import { html } from 'lit';
import { ApiError, getInitiative, Latest, type ApiClient, type InitiativeDetail } from '@buurtkit/core';
import { BuurtInitiativeSelectEvent } from './events.js';
import type { MapHost } from './map-host.js';

export interface DetailPanelOptions {
  client(): ApiClient;
  /**
   * Where the phase tracker inside reads an initiative: its API (a static folder or not) and its
   * id there. In a region that is its own municipality's, named.
   */
  source(id: number): { api: string; static: boolean; id: number; municipality?: string };
  /** The map's id of an initiative the tracker's "In de buurt" names by its id in `id`'s API. */
  nearby(id: number, other: number): number;
  /** The geocoder and heading level the detail (and its phase tracker) use. */
  geocoder(): string | undefined;
  headingLevel(): number;
  labels: { theme(key: string): string; role(role: string): string; support(kind: string): string };
  /** The detail is in: the map follows it (title for the label, the place into view). */
  shown(detail: InitiativeDetail): void;
  /** The address follows the detail (see DeepLink). */
  opened(id: number): void;
  closed(fromHistory: boolean): void;
  /** Where focus goes back to when the detail was opened from the map, not the list. */
  back(): HTMLElement | null | undefined;
  notFound(): void;
  failed(error: unknown): void;
}

/**
 * One initiative opened from the map or its list: loaded (a newer choice drops an older
 * one), shown in place of the list, closed with Escape or its button, focus returned to
 * where the resident came from.
 */
export class DetailPanel {
  selected?: number;
  detail?: InitiativeDetail;
  private openedFrom?: 'map' | number;
  private readonly loads = new Latest();
  /** The detail's view arrives with the first initiative opened: most visits open none. */
  private view?: typeof import('./initiative-detail.js');

  constructor(
    private readonly host: MapHost,
    private readonly o: DetailPanelOptions,
  ) {}

  /** Opens an initiative's detail; `from` the list item's id, or the map. */
  async select(id: number, from: 'map' | number = id) {
    const signal = this.loads.next();
    this.selected = id;
    this.openedFrom = from;
    this.host.requestUpdate();
    this.host.dispatchEvent(new BuurtInitiativeSelectEvent(id));
    this.o.opened(id);
    try {
      const [detail, view] = await Promise.all([
        getInitiative(this.o.client(), id, { signal }),
        this.view ?? import('./initiative-detail.js'),
      ]);
      if (signal.aborted) return;
      this.view = view;
      this.detail = detail;
      this.host.requestUpdate();
      this.o.shown(detail);
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
      void import('@buurtkit/phase-tracker/define');
    } catch (e) {
      if (signal.aborted) return;
      this.selected = undefined;
      this.host.requestUpdate();
      if (e instanceof ApiError && e.status === 404) this.o.notFound();
      else this.o.failed(e);
    }
  }

  /** Closes the detail; focus goes back to where the resident came from. */
  async close(fromHistory = false) {
    const id = this.selected;
    this.loads.cancel();
    this.selected = undefined;
    this.detail = undefined;
    this.host.requestUpdate();
    this.o.closed(fromHistory);
    await this.host.updateComplete;
    const item = this.host.renderRoot.querySelector<HTMLElement>(`.item[data-id="${id}"]`);
    if (this.openedFrom !== 'map' && item) item.focus();
    else this.o.back()?.focus();
  }

  /** The open detail, or undefined when none is open (the list shows instead). */
  render() {
    const d = this.detail;
    if (!d || !this.view || this.selected === undefined) return undefined;
    const { msg, core } = this.host;
    const source = this.o.source(d.id);
    return html`<div @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && void this.close()}>
      ${this.view.initiativeDetail({
        detail: d,
        source,
        geocoder: this.o.geocoder(),
        lang: core.locale,
        headingLevel: this.o.headingLevel() + 1,
        themeLabel: this.o.labels.theme(d.theme),
        roleLabel: this.o.labels.role,
        supportLabel: this.o.labels.support,
        supporters: msg.t('detail.supporters', d.supporters, core.number(d.supporters)),
        labels: {
          close: msg.t('detail.close'),
          theme: msg.t('detail.theme'),
          support: msg.t('detail.support'),
          contact: msg.t('detail.contact'),
          links: msg.t('detail.links'),
          municipality: msg.t('detail.municipality'),
        },
        onClose: () => void this.close(),
        onNearby: (id) => void this.select(this.o.nearby(d.id, id), 'map'),
      })}
    </div>`;
  }
}
