import { distance } from './nearby.js';

/**
 * "Lijkt dit op een bestaand initiatief?": the published initiatives that look like an idea a
 * resident is typing, so they can join one instead of starting a duplicate. Written once for the
 * reference server (after its full-text index's cut) and a static folder; browser-safe.
 *
 * Words are compared as crude Dutch stems (lower case, no accents, no diminutive or plural
 * ending), so "moestuintjes" meets "Moestuin" and "daken" meets "dak". A database finds the
 * candidates by word prefix (SQLite FTS5, PostgreSQL full-text search): a stem is always a prefix
 * of the words it came from, so the index never misses what this rule would keep.
 */
export const SIMILAR = {
  /** How many are suggested. */
  max: 5,
  /** How many of the typed words count (the title's first). */
  words: 12,
  /** With a place: how far a look-alike may be, in metres. */
  radius: 5000,
  /** With a place: how far one on the same theme may be without a word in common. */
  themeRadius: 1000,
  /** Without a place: the newest text matches a database hands over. */
  unplacedCandidates: 2000,
  /** The score a suggestion needs (two words in common, or one on the same theme nearby). */
  threshold: 3,
} as const;

// Words that say nothing about what an idea is: Dutch, a little English, and the words every
// idea on a buurt platform uses.
const STOP = new Set(
  `aan al alle als alles ander andere anders bij binnen daar dan dat de den der deze die dit doen door dus een
  eens elk en er erg ga gaan gaat geen graag had heb hebben heeft hem hen het hier hij hoe hun ieder iedereen
  ik in is je jij jullie kan kun kunnen laat maar maken me meer met mij mijn mogen moet moeten na naar niet
  niets nog nu of om ons onze ook op over per sinds samen te tot twee u uit uw van veel voor vooral waar wat
  we wel welke werd wie wij wil willen wordt worden zal ze zelf zich zij zijn zo zoals zodat zou zouden
  the and for with our your this that from have will
  buurt buurten wijk wijken straat idee ideeen initiatief initiatieven gemeente bewoner bewoners mensen
  plan plannen project nieuw nieuwe goed goede leuk leuke`.split(/\s+/),
);

// Longest first; an ending comes off only where a stem of three letters or more is left.
const ENDINGS = ['etjes', 'tjes', 'pjes', 'jes', 'etje', 'tje', 'pje', 'je', 'ers', 'en', 's'];

/**
 * One word's stem: "moestuintjes" → "moestuin", "bewoners" → "bewoner", "bakken" → "bak",
 * "fietsen" and "fiets" → "fiet". Always
 * a prefix of the word, and its own stem. Crude (no "bomen" → "boom"), but the same everywhere.
 */
export function stem(word: string): string {
  // Until no ending is left, so a stem is its own stem ("keukentje" → "keuken" → "keuk").
  for (let again = true; again;) {
    const end = ENDINGS.find((e) => word.length - e.length >= 3 && word.endsWith(e));
    again = !!end;
    if (end) word = end === 'ers' ? word.slice(0, -1) : word.slice(0, -end.length);
    // "bakken" → "bak": a consonant doubled before the ending is single in the word itself.
    if (end === 'en' && /([b-df-hj-np-tv-z])\1$/.test(word)) word = word.slice(0, -1);
  }
  return word;
}

/** Lower case without accents ("Café" → "cafe"); printable ASCII skips the costly normalising. */
const plain = (text: string) =>
  (/[^ -~]/.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text).toLowerCase();

/**
 * The words of a text, in order, once each, as stems: no stop words, numbers or single letters.
 * With `only`, just those stems among it: a word is stemmed only when one of them is its prefix
 * (a stem always is), which spares stemming thousands of candidates' words.
 */
export function stems(text: string, only?: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  const wanted = only && [...only];
  for (const word of plain(text).split(/[^\p{L}]+/u)) {
    if (word.length < 3 || STOP.has(word)) continue;
    if (wanted && !wanted.some((w) => word.startsWith(w))) continue;
    const s = stem(word);
    if (!STOP.has(s) && (!only || only.has(s))) out.add(s);
  }
  return [...out];
}

/** What is asked: the stems that count (title's first), and the theme and place if known. */
export type SimilarQuery = { words: string[]; theme?: string; location?: { lon: number; lat: number } };

/** The question of an idea's title and description (what the server does with `text`). */
export function similarQuery(text: string, theme?: string, location?: { lon: number; lat: number }): SimilarQuery {
  return { words: stems(text).slice(0, SIMILAR.words), ...(theme ? { theme } : {}), ...(location ? { location } : {}) };
}

export type SimilarCandidate = { id: number; title: string; summary: string; theme: string; lon: number; lat: number };
export type Similar<C> = C & { score: number; words: string[]; sameTheme: boolean; distance: number | null };

/**
 * The look-alikes among `candidates`, best first (then nearest, then newest), at most
 * `SIMILAR.max`. Score: two points per word in common, two for the same theme, and with a place
 * two within 500 m or one within 1,500 m. With a place, only those within 5 km count.
 */
export function similar<C extends SimilarCandidate>(q: SimilarQuery, candidates: readonly C[]): Similar<C>[] {
  const asked = new Set(q.words);
  // Scored lightly first: only the few kept become answers (thousands of candidates without a place).
  const kept: { c: C; score: number; words: string[]; sameTheme: boolean; d: number | null }[] = [];
  for (const c of candidates) {
    const d = q.location ? distance(q.location, c) : null;
    if (d !== null && d > SIMILAR.radius) continue;
    const words = stems(`${c.title} ${c.summary}`, asked);
    const sameTheme = !!q.theme && c.theme === q.theme;
    // Without a word in common only the same theme close by counts ("nearby, same theme").
    if (!words.length && !(sameTheme && d !== null && d <= SIMILAR.themeRadius)) continue;
    const near = d === null ? 0 : d <= 500 ? 2 : d <= 1500 ? 1 : 0;
    const score = 2 * words.length + (sameTheme ? 2 : 0) + near;
    if (score >= SIMILAR.threshold) kept.push({ c, score, words, sameTheme, d: d === null ? null : Math.round(d) });
  }
  return kept
    .sort((a, b) => b.score - a.score || (a.d ?? 0) - (b.d ?? 0) || b.c.id - a.c.id)
    .slice(0, SIMILAR.max)
    .map(({ c, score, words, sameTheme, d }) => ({ ...c, score, words, sameTheme, distance: d }));
}

/** The full-text question for SQLite FTS5: any of the stems as a word prefix. */
export const fts5Match = (words: readonly string[]) => words.map((w) => `"${w}"*`).join(' OR ');

/** The same for PostgreSQL `to_tsquery('simple', …)`. */
export const tsQuery = (words: readonly string[]) => words.map((w) => `'${w}':*`).join(' | ');
