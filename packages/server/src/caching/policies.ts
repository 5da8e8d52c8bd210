/**
 * How each public read may be kept, by browsers and CDNs (`Cache-Control`) and by this server
 * (`cache`: answered from memory while the public version stands). Everything without a policy
 * is `no-store`: staff answers, anything personal, every write.
 */
export interface ReadPolicy {
  /** Kept in this server's memory per URL and public version. */
  cache: boolean;
  cacheControl: string;
}

export const READS = {
  /** Initiatives, clusters, one initiative: they change when staff or residents act; briefly stale is fine. */
  initiatives: { cache: true, cacheControl: 'public, max-age=15, stale-while-revalidate=60' },
  /** Themes, phase models, areas: reference data, changed by beheer now and then. */
  reference: { cache: true, cacheControl: 'public, max-age=300, stale-while-revalidate=86400' },
  /** Who to contact where: changes when beheer edits a contact person. */
  contacts: { cache: true, cacheControl: 'public, max-age=60, stale-while-revalidate=600' },
  /**
   * A resident's own idea: the reference in the URL is its key, so not for shared caches; always
   * revalidated (a 304 when nothing moved). Not kept in memory: unknown references are throttled
   * per client, and a cache must not answer around that.
   */
  tracking: { cache: false, cacheControl: 'private, no-cache' },
  /**
   * Open data (OGC API – Features, the GeoJSON download): as initiatives, for shared caches too;
   * not kept in memory, as its links carry the address it was asked at.
   */
  openData: { cache: false, cacheControl: 'public, max-age=60, stale-while-revalidate=600' },
  /**
   * Answers to what a resident is typing (similar initiatives): public data, but the question is
   * theirs and every one differs, so neither shared caches nor this server's memory keep them.
   */
  typed: { cache: false, cacheControl: 'private, max-age=60' },
  /** The OpenAPI document: changes with a deployment. */
  document: { cache: true, cacheControl: 'public, max-age=300' },
} as const satisfies Record<string, ReadPolicy>;

export const NO_STORE = 'no-store';

declare module 'fastify' {
  interface FastifyContextConfig {
    read?: ReadPolicy;
  }
}
