import { GeocoderError, type Address } from './address.js';

/** PDOK Locatieserver v3_1, free of charge and key, CORS-enabled. */
export const PDOK_LOCATIESERVER = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1';

const FIELDS = [
  'weergavenaam',
  'postcode',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'huis_nlt',
  'centroide_ll',
  'buurtcode',
  'wijkcode',
  'gemeentecode',
  'gemeentenaam',
  'woonplaatsnaam',
].join(',');

type Doc = Record<string, unknown>;

/** `POINT(5.205 52.341)`: WKT, longitude first. */
function parsePoint(wkt: unknown): [number, number] | null {
  const match = typeof wkt === 'string' ? /^POINT\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/.exec(wkt) : null;
  return match ? [Number(match[1]), Number(match[2])] : null;
}

const text = (v: unknown) => (typeof v === 'string' && v ? v : null);

function toAddress(d: Doc): Address | null {
  const point = parsePoint(d.centroide_ll);
  if (!point || typeof d.huisnummer !== 'number' || typeof d.postcode !== 'string') return null;
  const gemeente = text(d.gemeentecode);
  return {
    label: text(d.weergavenaam) ?? `${d.postcode} ${d.huisnummer}`,
    postcode: d.postcode,
    houseNumber: d.huisnummer,
    addition: `${text(d.huisletter) ?? ''}${text(d.huisnummertoevoeging) ?? ''}`.toUpperCase(),
    lon: point[0],
    lat: point[1],
    buurtCode: text(d.buurtcode),
    wijkCode: text(d.wijkcode),
    gemeenteCode: gemeente ? `GM${gemeente}` : null,
    gemeenteName: text(d.gemeentenaam),
    woonplaats: text(d.woonplaatsnaam),
  };
}

/**
 * The geocoder adapter: postcode + house number to addresses, and a point to the nearest
 * address. It sends only parameters in PDOK's v3_1 specification (others get a 400),
 * and nothing but what the resident typed or their location on request.
 */
export class PdokGeocoder {
  private readonly base: string;

  constructor(options: { baseUrl?: string; timeout?: number; fetch?: typeof fetch } = {}) {
    this.base = (options.baseUrl ?? PDOK_LOCATIESERVER).replace(/\/+$/, '');
    this.timeout = options.timeout ?? 8000;
    this.fetchImpl = options.fetch ?? ((...a) => globalThis.fetch(...a));
  }

  private readonly timeout: number;
  private readonly fetchImpl: typeof fetch;

  /** Every address at this postcode and number (several when there are letters or additions), best match first. */
  async lookup(postcode: string, houseNumber: number, addition = '', signal?: AbortSignal): Promise<Address[]> {
    const params = new URLSearchParams();
    params.append('q', '*:*');
    params.append('fq', `postcode:${postcode}`);
    params.append('fq', `huisnummer:${houseNumber}`);
    params.append('fq', 'type:adres');
    params.append('fl', FIELDS);
    params.append('rows', '20');
    const found = (await this.ask('free', params, signal)).map(toAddress).filter((a): a is Address => !!a);
    const wanted = addition.toUpperCase();
    // The one the resident typed first; the others stay as choices.
    return found.sort(
      (a, b) => Number(b.addition === wanted) - Number(a.addition === wanted) || a.addition.localeCompare(b.addition),
    );
  }

  /** The first address at a postcode: enough to show that part of town ("go to my postcode"). */
  async postcode(postcode: string, signal?: AbortSignal): Promise<Address | null> {
    const params = new URLSearchParams();
    params.append('q', '*:*');
    params.append('fq', `postcode:${postcode}`);
    params.append('fq', 'type:adres');
    params.append('fl', FIELDS);
    params.append('rows', '1');
    return (await this.ask('free', params, signal)).map(toAddress).find((a): a is Address => !!a) ?? null;
  }

  /** The address nearest to a point ("use my location"). */
  async reverse(lat: number, lon: number, signal?: AbortSignal): Promise<Address | null> {
    const params = new URLSearchParams({ lat: String(lat), lon: String(lon), type: 'adres', rows: '1', fl: FIELDS });
    const [doc] = await this.ask('reverse', params, signal);
    return doc ? toAddress(doc) : null;
  }

  private async ask(endpoint: 'free' | 'reverse', params: URLSearchParams, signal?: AbortSignal): Promise<Doc[]> {
    const timeout = AbortSignal.timeout(this.timeout);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.base}/${endpoint}?${params}`, {
        signal: combined,
        headers: { Accept: 'application/json' },
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new GeocoderError('unavailable', `The geocoder did not answer (${(error as Error).name})`);
    }
    if (response.status >= 500 || response.status === 429)
      throw new GeocoderError('unavailable', `The geocoder answered ${response.status}`);
    if (!response.ok) throw new GeocoderError('rejected', `The geocoder refused the question (${response.status})`);
    const body = (await response.json().catch(() => null)) as { response?: { docs?: unknown } } | null;
    const docs = body?.response?.docs;
    if (!Array.isArray(docs))
      throw new GeocoderError('unavailable', 'The geocoder gave an answer we do not understand');
    return docs.filter((d): d is Doc => !!d && typeof d === 'object');
  }
}
