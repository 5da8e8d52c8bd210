import type { RegionMember } from '@buurtkit/api/region';
import { ApiError } from './errors.js';
import type { RegionOptions } from './region-transport.js';

/**
 * `fetch` for a region, loading its transport (`region-transport.ts`) at the first request:
 * pages with one API never download it.
 */
export function regionFetch(members: readonly RegionMember[], options: RegionOptions): typeof fetch {
  let transport: Promise<typeof fetch> | undefined;
  return async (input, init) => {
    // A chunk that could not load (offline) is asked for again next time.
    transport ??= import('./region-transport.js').then(
      (m) => m.regionTransport(members, options),
      (error: unknown) => {
        transport = undefined;
        throw error;
      },
    );
    return (await transport)(input, init);
  };
}

/**
 * A region's members: from the region file at `region` (fetched; addresses relative to it), or
 * from `apis`, addresses separated by spaces. Throws an ApiError saying what is wrong, for the
 * web editor who wrote it (the page hears it in `buurt-error`). The rules are a chunk of their own.
 */
export async function readRegion(o: { region?: string; apis?: string }, signal?: AbortSignal): Promise<RegionMember[]> {
  const rules = await import('@buurtkit/api/region');
  if (!o.region) return rules.parseApis(o.apis ?? '', document.baseURI);
  const url = new URL(o.region, document.baseURI);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ApiError('malformed', `region: only http(s) addresses, not ${url.protocol}`);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    signal?.throwIfAborted();
    throw new ApiError('network', `region: ${String(e)}`);
  }
  if (!response.ok) throw new ApiError('problem', `region file: ${response.status}`, response.status);
  try {
    return rules.parseRegion(await response.json(), url.href);
  } catch (e) {
    throw new ApiError('malformed', `region file: ${e instanceof Error ? e.message : String(e)}`);
  }
}
