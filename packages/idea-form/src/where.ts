import type { ReactiveController } from 'lit';
import {
  loadGeocoder,
  MapController,
  normalizePostcode,
  parseHouseNumber,
  type AddressMessages,
  type LocalizeController,
} from '@buurtkit/core';
import type { IdeaFields } from './draft.js';
import type { FormHost } from './form-host.js';

export interface WhereOptions {
  addressMsg: LocalizeController<AddressMessages>;
  /** The geocoder's base URL in effect (PDOK when undefined). */
  geocoder(): string | undefined;
  fields(): IdeaFields;
  /** Where the map opens without a place, and its tiles. */
  start(): { center: string; zoom: number; tiles: string };
  /** A place was found or picked: the form keeps it (and saves the draft). */
  place(location: NonNullable<IdeaFields['location']>, typed: boolean): void;
  /** The typed address is not known: show it on the postcode field. */
  unknownAddress(message: string): Promise<void>;
  /** Busy while looking up (the form's buttons wait). */
  busy(on: boolean): void;
  /** A polite status for screen readers. */
  status(text: string): void;
  failed(error: unknown): string;
}

/**
 * The "where" step's work: the typed address looked up (PDOK), or a place picked on a map
 * that loads when asked for, named by the nearest address when the geocoder knows one.
 */
export class WhereStep implements ReactiveController {
  /** The map to pick a place on: closed, loading its code, or open. */
  map: 'closed' | 'loading' | 'open' = 'closed';
  /** A note under the address (the geocoder is down, the map did not load). */
  note = '';
  private readonly view: MapController;

  constructor(
    private readonly host: FormHost,
    private readonly o: WhereOptions,
  ) {
    host.addController(this);
    this.view = new MapController(host);
  }

  hostConnected() {}

  private set(patch: Partial<Pick<WhereStep, 'map' | 'note'>>) {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Leaving the step closes the map. */
  closeMap() {
    if (this.map === 'closed') return;
    this.view.close();
    this.set({ map: 'closed' });
  }

  /** Looks up the typed address; going on without one is fine, going on with a wrong one is not. */
  async locate(): Promise<boolean> {
    const f = this.o.fields();
    const previous = this.note;
    this.set({ note: '' });
    if (!f.postcode.trim() && !f.number.trim()) return true;
    if (f.location) return true;
    const postcode = normalizePostcode(f.postcode)!;
    const house = parseHouseNumber(f.number)!;
    this.o.busy(true);
    try {
      const pdok = await loadGeocoder(this.o.geocoder());
      if (!pdok) throw new Error('geocoder unavailable');
      const found = await pdok.lookup(postcode, house.number, house.addition);
      const address = found.find((a) => a.addition.toUpperCase() === house.addition.toUpperCase()) ?? found[0];
      if (!address) {
        await this.o.unknownAddress(this.o.addressMsg.t('not-found'));
        return false;
      }
      this.o.place({ lat: address.lat, lon: address.lon, address: address.label.slice(0, 200) }, true);
      return true;
    } catch {
      // The geocoder is down or did not load. The address is a help, not a must: say so
      // once, then let the resident go on without it.
      this.set({ note: this.host.msg.t('where.geocoder-down') });
      this.o.status(this.note);
      return previous === this.note;
    } finally {
      this.o.busy(false);
    }
  }

  async openMap() {
    this.set({ map: 'loading' });
    await this.host.updateComplete;
    const start = this.o.start();
    const at = this.o.fields().location;
    const [lat, lon] = (at ? [at.lat, at.lon] : start.center.split(',').map(Number)) as [number, number];
    try {
      const container = this.host.renderRoot.querySelector<HTMLElement>('.picker .map')!;
      await this.view.open(
        container,
        { lat, lon, zoom: at ? 17 : start.zoom, tiles: start.tiles },
        this.host.msg.t('where.map.label'),
      );
      this.set({ map: 'open' });
      this.view.focus();
    } catch (error) {
      this.set({ map: 'closed', note: this.o.failed(error) });
    }
  }

  zoomBy(delta: number) {
    this.view.zoomBy(delta);
  }

  /** The place under the map's cross. */
  choose() {
    const c = this.view.center();
    if (c) void this.picked(c.lat, c.lon);
  }

  /** A place picked on the map: named by the nearest address when the geocoder knows one. */
  private async picked(lat: number, lon: number) {
    let address = this.host.msg.t('where.map.point', lat.toFixed(5), lon.toFixed(5));
    try {
      const found = await (await loadGeocoder(this.o.geocoder()))?.reverse(lat, lon);
      if (found) address = found.label;
    } catch {
      // No name for the place: its coordinates will do.
    }
    this.o.place({ lat, lon, address: address.slice(0, 200) }, false);
    this.view.close();
    this.set({ map: 'closed' });
    this.o.status(this.host.msg.t('where.found', address));
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.found')?.focus();
  }
}
