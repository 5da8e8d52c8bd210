import { areaBoundsContain, type Db } from '../db/index.js';
import { containsPoint, type AreaGeometry } from '@buurtkit/api/geo';

export const AREA_ATTRIBUTION =
  'Bron: Centraal Bureau voor de Statistiek / Kadaster, Wijk- en buurtkaart 2025 (CC BY 4.0), generalised';

export type AreaLevel = 'gemeente' | 'wijk' | 'buurt';
export type AreaRow = {
  code: string;
  year: number;
  level: AreaLevel;
  name: string;
  municipality: string;
  parent: string | null;
  geometry: string | null;
};

const specificity: Record<AreaLevel, number> = { buurt: 0, wijk: 1, gemeente: 2 };

export const areaProperties = (a: AreaRow) => ({
  code: a.code,
  name: a.name,
  level: a.level,
  year: Number(a.year),
  municipality: a.municipality,
  parent: a.parent,
});

export async function areasByCodes(db: Db, codes: string[]): Promise<AreaRow[]> {
  if (!codes.length) return [];
  const rows = await db.all<AreaRow>(
    `SELECT code, year, level, name, municipality, parent, NULL AS geometry FROM areas WHERE code IN (${codes
      .map(() => '?')
      .join(', ')})`,
    codes,
  );
  return rows.sort((a, b) => codes.indexOf(a.code) - codes.indexOf(b.code));
}

/** Areas containing the point, most specific first. */
export async function areasAtPoint(db: Db, lon: number, lat: number): Promise<AreaRow[]> {
  const where = areaBoundsContain(db.dialect, lon, lat);
  const candidates = await db.all<AreaRow>(
    `SELECT a.code, a.year, a.level, a.name, a.municipality, a.parent, a.geometry FROM areas a WHERE ${where.sql}`,
    where.params,
  );
  return candidates
    .filter((a) => a.geometry && containsPoint(JSON.parse(a.geometry) as AreaGeometry, lon, lat))
    .sort((a, b) => specificity[a.level] - specificity[b.level]);
}

export async function listAreas(db: Db, filter: { municipality?: string; level?: string; geometry: boolean }) {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.municipality) {
    where.push('municipality = ?');
    params.push(filter.municipality);
  }
  if (filter.level) {
    where.push('level = ?');
    params.push(filter.level);
  }
  const rows = await db.all<AreaRow>(
    `SELECT code, year, level, name, municipality, parent, ${filter.geometry ? 'geometry' : 'NULL AS geometry'}
     FROM areas ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY code`,
    params,
  );
  return {
    type: 'FeatureCollection' as const,
    attribution: AREA_ATTRIBUTION,
    features: rows.map((a) => ({
      type: 'Feature' as const,
      id: a.code,
      geometry: a.geometry ? (JSON.parse(a.geometry) as unknown) : null,
      properties: areaProperties(a),
    })),
  };
}

export async function existingAreaCodes(db: Db, codes: string[]): Promise<Set<string>> {
  return new Set((await areasByCodes(db, codes)).map((a) => a.code));
}
