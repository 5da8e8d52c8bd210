import type { PdokGeocoder } from './pdok.js';

/**
 * The geocoder arrives when an address is first looked up. Offline it may not load at
 * all: that is the same as a geocoder that does not answer, and the resident goes on
 * without it (null).
 */
export async function loadGeocoder(baseUrl: string | undefined): Promise<PdokGeocoder | null> {
  try {
    const { PdokGeocoder } = await import('./pdok.js');
    return new PdokGeocoder({ baseUrl });
  } catch {
    return null;
  }
}
