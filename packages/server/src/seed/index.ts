import { readFileSync } from 'node:fs';
import type { Db } from '../db/index.js';
import { bboxOf, containsPoint, interiorPoint, type AreaGeometry } from '@buurtkit/api/geo';
import { areasAtPoint } from '../store/areas.js';
import { findContacts, saveContact } from '../store/contacts.js';
import { insertInitiative } from '../store/initiatives.js';
import { syncReference } from '../store/reference.js';
import { contacts } from './contacts.js';
import { seedDemoIdeas } from './ideas.js';
import { initiatives } from './initiatives.js';
import { phaseModels } from '../reference/phase-models.js';
import { themes } from '../reference/themes.js';

type AreaFeature = {
  properties: { statcode: string; statnaam: string; rubriek: string; gmCode?: string; jrstatcode: string };
  geometry: AreaGeometry;
};

const dataFile = (name: string) => new URL(`../../seed-data/${name}`, import.meta.url);
const readAreas = (name: string) =>
  (JSON.parse(readFileSync(dataFile(name), 'utf8')) as { features: AreaFeature[] }).features;

/** Themes and phase models: the reference data every installation needs, brought up to date at each start. */
export const seedReference = (db: Db) => syncReference(db, { themes, phaseModels });

export async function seedAreas(db: Db) {
  const features = [
    ...readAreas('gemeenten-2025.geojson'),
    ...readAreas('wijken-2025-almere-leiden-zwolle.geojson'),
    ...readAreas('buurten-2025-almere.geojson'),
  ];
  await db.transaction(async (tx) => {
    for (const f of features) {
      const p = f.properties;
      const [w, s, e, n] = bboxOf(f.geometry);
      const level = p.rubriek as 'gemeente' | 'wijk' | 'buurt';
      const parent = level === 'buurt' ? `WK${p.statcode.slice(2, 8)}` : level === 'wijk' ? (p.gmCode ?? null) : null;
      await tx.run(
        `INSERT INTO areas (code, year, level, name, municipality, parent, geometry, min_lon, min_lat, max_lon, max_lat)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING`,
        [
          p.statcode,
          Number(p.jrstatcode.slice(0, 4)),
          level,
          p.statnaam,
          p.gmCode ?? p.statcode,
          parent,
          JSON.stringify(f.geometry),
          w,
          s,
          e,
          n,
        ],
      );
    }
  });
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.normalize('NFD')[0])
    .join('')
    .slice(0, 3)
    .toUpperCase();

/** Days before `now`, as an ISO timestamp. */
const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

export async function seedDemo(db: Db, now = new Date()): Promise<{ seeded: boolean }> {
  const existing = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM initiatives');
  if (Number(existing?.n ?? 0) > 0) return { seeded: false };
  await seedReference(db);
  await seedAreas(db);
  const wijken = new Map(
    readAreas('wijken-2025-almere-leiden-zwolle.geojson').map((f) => [f.properties.statcode, f.geometry]),
  );
  await db.transaction(async (tx) => {
    for (const [n, c] of contacts.entries()) {
      await saveContact(
        tx,
        {
          name: c.name,
          role: c.role,
          areas: c.areas,
          themes: c.themes ?? [],
          languages: c.languages,
          officeHours: c.hours ?? [],
          desk: c.desk ?? false,
          photo: c.desk ? null : `/api/v1/avatars/${initials(c.name)}-${(n * 47) % 360}.svg`,
          email: `${c.name
            .toLowerCase()
            .normalize('NFD')
            .replace(/[^a-z ]/g, '')
            .trim()
            .replace(/\s+/g, '.')}@gemeente.example`,
          phone: `14 0${String(36 + n).padStart(2, '0')}`,
        },
        now.toISOString(),
      );
    }
    for (const [n, seed] of initiatives.entries()) {
      let lon: number, lat: number;
      if (typeof seed.place === 'string') {
        const geometry = wijken.get(seed.place);
        if (!geometry) throw new Error(`seed: unknown wijk ${seed.place}`);
        [lon, lat] = interiorPoint(geometry);
        if (!containsPoint(geometry, lon, lat)) throw new Error(`seed: no point inside ${seed.place}`);
      } else {
        [lon, lat] = seed.place;
      }
      const areas = await areasAtPoint(tx, lon, lat);
      const model = phaseModels.find((m) => m.key === seed.model)!;
      // Each earlier phase lasted one to three months; the current one began days to weeks ago.
      const currentStart = 3 + ((n * 11) % 55);
      let start = currentStart;
      const spans = Array.from({ length: seed.phase }, (_, k) => 30 + ((n * 17 + k * 23) % 60));
      const starts = [currentStart];
      for (const span of spans.reverse()) {
        start += span;
        starts.unshift(start);
      }
      const history = starts.map((ago, k) => ({
        phase: model.phases[k]!.key,
        since: daysAgo(now, ago),
        until: k < starts.length - 1 ? daysAgo(now, starts[k + 1]!) : null,
        note:
          k === 0
            ? 'Idee ontvangen en besproken met de initiatiefnemers.'
            : k === starts.length - 1
              ? 'Afspraken gemaakt over de volgende stap.'
              : null,
      }));
      const contact = areas[0]
        ? (await findContacts(tx, { area: areas[0].code, theme: seed.theme })).contacts[0]
        : undefined;
      await insertInitiative(
        tx,
        {
          title: seed.title,
          summary: seed.summary,
          description: seed.description,
          theme: seed.theme,
          phaseModel: seed.model,
          phase: model.phases[seed.phase]!.key,
          role: seed.role,
          support: seed.support,
          supporters: seed.supporters,
          areaCode: areas[0]?.code ?? null,
          municipality: areas.find((a) => a.level === 'gemeente')?.code ?? null,
          lon,
          lat,
          contactId: contact?.id ?? null,
          links: seed.links,
          history,
        },
        now.toISOString(),
      );
    }
    await seedDemoIdeas(tx, now);
  });
  return { seeded: true };
}
