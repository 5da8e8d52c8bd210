import { ClusterAnswers } from './cluster-answer.js';
import type { Db } from './db/index.js';
import { clusterPoints } from './store/initiatives.js';
import { publicVersion } from './store/versions.js';

/**
 * Cluster indexes per filter, derived from the database and rebuilt when the
 * public version (a counter the database moves on every write to what is public) moves: a cache, never the truth, so
 * several instances can serve one database.
 */
export class ClusterCache {
  private entries = new Map<string, { version: number; index: Promise<ClusterAnswers> }>();
  constructor(private readonly maxEntries = 16) {}

  /** `known`: the public version the request has just read (one query fewer per map view). */
  async index(db: Db, themes: string[], phases: string[], q?: string, known?: number): Promise<ClusterAnswers> {
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

  private async build(db: Db, themes: string[], phases: string[], q?: string) {
    const rows = await clusterPoints(db, { themes, phases, q });
    return new ClusterAnswers(rows.map((r) => ({ ...r, id: Number(r.id), lon: Number(r.lon), lat: Number(r.lat) })));
  }
}
