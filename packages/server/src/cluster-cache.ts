import { CLUSTER_OPTIONS } from '@buurtkit/api/cluster';
import Supercluster from 'supercluster';
import type { Db } from './db/index.js';
import { clusterPoints } from './store/initiatives.js';
import { publicVersion } from './store/versions.js';
import { gridded } from '@buurtkit/api/cluster-grid';

type PointProps = { id: number; title: string; theme: string; phase: string };

/**
 * Supercluster indexes per filter, derived from the database and rebuilt when the
 * public version (a counter the database moves on every write to what is public) moves: a cache, never the truth, so
 * several instances can serve one database.
 */
export class ClusterCache {
  private entries = new Map<string, { version: number; index: Promise<Supercluster<PointProps>> }>();
  constructor(private readonly maxEntries = 16) {}

  /** `known`: the public version the request has just read (one query fewer per map view). */
  async index(
    db: Db,
    themes: string[],
    phases: string[],
    q?: string,
    known?: number,
  ): Promise<Supercluster<PointProps>> {
    const key = JSON.stringify([themes, phases, q ?? '']);
    const version = known ?? (await publicVersion(db));
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.index;
    const index = this.build(db, themes, phases, q);
    this.entries.delete(key);
    this.entries.set(key, { version, index });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    index.catch(() => this.entries.delete(key));
    return index;
  }

  /**
   * The zoom at which a cluster splits, memoised per index: each answer walks the tree,
   * and the same clusters come back for every resident looking at the same area.
   */
  expansionZoom(index: Supercluster<PointProps>): (clusterId: number) => number {
    let memo = this.expansions.get(index);
    if (!memo) this.expansions.set(index, (memo = new Map()));
    const m = memo;
    return (id) => m.get(id) ?? m.set(id, index.getClusterExpansionZoom(id)).get(id)!;
  }

  private readonly expansions = new WeakMap<Supercluster<PointProps>, Map<number, number>>();

  private async build(db: Db, themes: string[], phases: string[], q?: string) {
    const rows = await clusterPoints(db, { themes, phases, q });
    // Grids as the widget's engine has them: the same clusters, listed in the same order.
    const index = gridded(new Supercluster<PointProps>({ ...CLUSTER_OPTIONS }));
    index.load(
      rows.map((r) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [Number(r.lon), Number(r.lat)] },
        properties: { id: Number(r.id), title: r.title, theme: r.theme, phase: r.phase },
      })),
    );
    return index;
  }
}
