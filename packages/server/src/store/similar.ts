import type { Db, SqlValue } from '../db/types.js';
import { initiativeInBbox } from '../db/migrations.js';
import { around } from '@buurtkit/api/nearby';
import { fts5Match, SIMILAR, tsQuery, type SimilarQuery } from '@buurtkit/api/similar';

export type SimilarRow = {
  id: number;
  title: string;
  summary: string;
  theme: string;
  phase: string;
  area_code: string | null;
  lon: number;
  lat: number;
};

const box = (db: Db, at: { lon: number; lat: number }, radius: number) => {
  const b = around(at, radius);
  return initiativeInBbox(db.dialect, [b.west, b.south, b.east, b.north]);
};

/**
 * The initiatives `similar` of `@buurtkit/api/similar` chooses from: those with any of the words
 * as a word prefix (the full-text index: FTS5 or a GIN-indexed tsvector), within 5 km of the
 * place when there is one; and those on the same theme within 1 km. Without a place, the newest
 * 2,000 text matches, on both databases alike.
 */
export async function similarCandidates(db: Db, q: SimilarQuery): Promise<SimilarRow[]> {
  const columns = 'i.id, i.title, i.summary, i.theme, i.phase, i.area_code, i.lon, i.lat';
  const text =
    db.dialect === 'sqlite'
      ? { sql: 'i.id IN (SELECT rowid FROM initiatives_fts WHERE initiatives_fts MATCH ?)', param: fts5Match(q.words) }
      : { sql: `i.words @@ to_tsquery('simple', ?)`, param: tsQuery(q.words) };
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (!q.location) {
    if (!q.words.length) return [];
    return db.all<SimilarRow>(`SELECT ${columns} FROM initiatives i WHERE ${text.sql} ORDER BY i.id DESC LIMIT ?`, [
      text.param,
      SIMILAR.unplacedCandidates,
    ]);
  }
  if (q.words.length) {
    const near = box(db, q.location, SIMILAR.radius);
    parts.push(`(${text.sql} AND ${near.sql})`);
    params.push(text.param, ...near.params);
  }
  if (q.theme) {
    const near = box(db, q.location, SIMILAR.themeRadius);
    parts.push(`(i.theme = ? AND ${near.sql})`);
    params.push(q.theme, ...near.params);
  }
  if (!parts.length) return [];
  return db.all<SimilarRow>(`SELECT ${columns} FROM initiatives i WHERE ${parts.join(' OR ')}`, params);
}
