import type { Db } from '../db/index.js';
import { themes } from '../reference/themes.js';

/** A small deterministic PRNG so generated data sets are the same on every run. */
export function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHASES = ['idee', 'definitie', 'opstart', 'uitvoering', 'afronding-en-borging'];
/** Centres of a few cities; generated initiatives crowd around them like real ones do. */
const CITIES: [number, number][] = [
  [5.22, 52.37],
  [4.49, 52.16],
  [6.09, 52.51],
  [4.9, 52.37],
  [5.12, 52.09],
  [4.48, 51.92],
  [5.47, 51.44],
  [6.57, 53.22],
  [5.82, 53.2],
  [6.89, 52.22],
];

/**
 * What generated initiatives are called, by theme: words residents use, so the look-alike search
 * (`/initiatives/similar`) meets as many matches per word as it would in a real region.
 */
const NAMES: Record<string, string[]> = {
  'groen-en-natuur': ['Moestuin', 'Geveltuin', 'Voedselbos', 'Boomspiegels', 'Bloembakken', 'Buurttuin'],
  'energie-en-duurzaamheid': ['Zonnepanelen', 'Warmtenet', 'Repair Café', 'Isolatieclub', 'Energiecoöperatie'],
  'zorg-en-welzijn': ['Boodschappenhulp', 'Buurtkamer', 'Koffieochtend', 'Maaltijdservice', 'Mantelzorgcafé'],
  'werk-en-inkomen': ['Taalcafé', 'Werkplaats', 'Klussendienst', 'Budgetcafé'],
  'kunst-en-cultuur': ['Kunstroute', 'Buurtbieb', 'Muurschildering', 'Buurtkoor', 'Theaterwerkplaats'],
  'sport-en-bewegen': ['Wandelvoetbal', 'Beweegtuin', 'Hardloopgroep', 'Pannakooi', 'Jeu-de-boulesbaan'],
  'evenementen-en-toerisme': ['Buurtfeest', 'Straatfestival', 'Rommelmarkt', 'Zomerkermis'],
  'wonen-en-leefomgeving': ['Speelstraat', 'Buurtpreventie', 'Zwerfvuilploeg', 'Deelauto', 'Bankjesplan'],
  jeugd: ['Jongerenhonk', 'Speeltuin', 'Huiswerkklas', 'Skatebaan', 'Kinderboerderij'],
  veiligheid: ['Buurtwacht', 'Verkeersveilige school', 'Straatverlichting', 'Whatsapp-buurtpreventie'],
};

/** Inserts `count` generated initiatives (for benchmarks): 70% around cities, the rest across the country. */
export async function seedBulk(db: Db, count: number, seed = 42) {
  const random = mulberry32(seed);
  const now = Date.now();
  const batch = 500;
  for (let done = 0; done < count; done += batch) {
    await db.transaction(async (tx) => {
      for (let k = done; k < Math.min(count, done + batch); k++) {
        let lon: number, lat: number;
        if (random() < 0.7) {
          const [cx, cy] = CITIES[Math.floor(random() * CITIES.length)]!;
          lon = cx + (random() - 0.5) * 0.3 * random();
          lat = cy + (random() - 0.5) * 0.2 * random();
        } else {
          lon = 3.4 + random() * 3.7;
          lat = 50.8 + random() * 2.6;
        }
        const theme = themes[Math.floor(random() * themes.length)]!.key;
        const phase = PHASES[Math.floor(random() * PHASES.length)]!;
        const at = new Date(now - Math.floor(random() * 400) * 86_400_000).toISOString();
        await tx.run(
          `INSERT INTO initiatives (title, summary, description, theme, phase_model, phase, phase_since, role, support,
             supporters, area_code, municipality, lon, lat, contact_id, links, images, initiator, status, idea_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, 'burgerinitiatief', ?, ?, 'faciliteren', '[]', 0, NULL, NULL, ?, ?, NULL, '[]', '[]', NULL, 'active', NULL, ?, ?)`,
          [
            // The name by position, not by another draw: the places, themes and phases stay as they were.
            `${NAMES[theme]?.[k % NAMES[theme]!.length] ?? 'Initiatief'} ${k + 1}`,
            `Gegenereerd initiatief nummer ${k + 1}`,
            `Gegenereerd initiatief nummer ${k + 1}.`,
            theme,
            phase,
            at,
            lon,
            lat,
            at,
            at,
          ],
        );
      }
    });
  }
  // What autovacuum would do after a bulk load: statistics for the planner, and the
  // visibility map that lets PostgreSQL answer bbox queries from the index alone.
  await db.run(db.dialect === 'postgres' ? 'VACUUM ANALYZE initiatives' : 'ANALYZE');
}
