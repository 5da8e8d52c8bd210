import { html } from 'lit';
import { loadGeocoder, normalizePostcode, textField } from '@buurtkit/core';
import type { MapHost } from './map-host.js';

export interface PlaceSearchOptions {
  /** The geocoder's base URL in effect (PDOK when undefined). */
  geocoder(): string | undefined;
  goTo(lat: number, lon: number, zoom: number): void;
  /** A polite message under the tools (found, not available, …). */
  notice(text: string): void;
}

/**
 * "Near me" and "go to postcode": two ways for a resident to bring the map to their own
 * street. The position only moves the map; it is not sent anywhere.
 */
export class PlaceSearch {
  postcode = '';
  error = '';

  constructor(
    private readonly host: MapHost,
    private readonly o: PlaceSearchOptions,
  ) {}

  nearMe() {
    this.o.notice('');
    if (!('geolocation' in navigator)) {
      this.o.notice(this.host.msg.t('near-me.unavailable'));
      return;
    }
    // Only on request, and only to move the map: the position is not sent anywhere.
    navigator.geolocation.getCurrentPosition(
      (p) => this.o.goTo(p.coords.latitude, p.coords.longitude, 15),
      (e) =>
        this.o.notice(
          e.code === e.PERMISSION_DENIED ? this.host.msg.t('near-me.denied') : this.host.msg.t('near-me.unavailable'),
        ),
      { timeout: 10_000, maximumAge: 60_000 },
    );
  }

  async goToPostcode(e: Event) {
    e.preventDefault();
    const postcode = normalizePostcode(this.postcode);
    this.o.notice('');
    if (!postcode) {
      this.setError(this.host.msg.t('postcode.invalid'));
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLInputElement>('#postcode')?.focus();
      return;
    }
    this.setError('');
    const pdok = await loadGeocoder(this.o.geocoder());
    try {
      if (!pdok) throw new Error('no geocoder');
      const found = await pdok.postcode(postcode);
      if (!found) {
        this.setError(this.host.msg.t('postcode.unknown', `${postcode.slice(0, 4)} ${postcode.slice(4)}`));
        return;
      }
      this.o.goTo(found.lat, found.lon, 16);
      this.o.notice(this.host.msg.t('postcode.found', `${found.postcode} ${found.woonplaats ?? ''}`.trim()));
    } catch {
      this.o.notice(this.host.msg.t('postcode.unavailable'));
    }
  }

  private setError(error: string) {
    this.error = error;
    this.host.requestUpdate();
  }

  /** "Near me" and the postcode form. */
  render() {
    const { msg, core } = this.host;
    return html`<button class="button secondary" type="button" part="button"
      @click=${() => this.nearMe()}>${msg.t('near-me')}</button>
      <form class="postcode" @submit=${(e: Event) => void this.goToPostcode(e)} novalidate>
      ${textField({
        id: 'postcode',
        label: msg.t('postcode.label'),
        value: this.postcode,
        autocomplete: 'postal-code',
        error: this.error || undefined,
        errorPrefix: core.t('field.error-prefix'),
        onInput: (v) => {
          this.postcode = v;
          this.host.requestUpdate();
        },
      })}
      <button class="button secondary" type="submit" part="button">${msg.t('postcode.submit')}</button>
    </form>`;
  }
}
