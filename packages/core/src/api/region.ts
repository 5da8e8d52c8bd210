import type { RegionMember } from '@buurtkit/api/region';
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
