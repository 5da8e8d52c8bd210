/**
 * How initiatives are clustered, written once: the widget's engine (in the browser) and
 * the server's cluster index both build Supercluster with these, so a map clusters alike
 * whichever of the two did the work. Browser-safe: no Node imports.
 */
export const CLUSTER_OPTIONS = {
  /** Cluster radius in pixels at each zoom. */
  radius: 60,
  /** Above this zoom every initiative stands on its own. */
  maxZoom: 17,
  /** Two initiatives close together already make a cluster. */
  minPoints: 2,
} as const;
