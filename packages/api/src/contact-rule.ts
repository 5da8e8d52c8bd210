/**
 * "Wie is mijn contactpersoon?", written once: the reference server and a static folder's
 * transport (see `static-folder.ts`) both answer `GET /contacts` by this rule, so a
 * municipality without a server gets the same person the server would name. Browser-safe.
 */

/** The codes above a CBS code, derived from the code itself (it survives yearly renumbering of tables). */
export function codeChain(code: string): string[] {
  if (code.startsWith('BU')) return [code, `WK${code.slice(2, 8)}`, `GM${code.slice(2, 6)}`];
  if (code.startsWith('WK')) return [code, `GM${code.slice(2, 6)}`];
  return [code];
}

/** What the rule needs of a contact person: the areas they cover, their themes, whether they are a desk. */
export type Candidate = { id: number; areas: readonly string[]; themes: readonly string[]; desk: boolean };

export type Ranked<C> = C & { match: 'theme' | 'area' | 'desk' };

/**
 * The contacts for a place, best first: those who cover its areas, most specific area first
 * (then by id); with a theme, its specialists before generalists and other specialists left
 * out, without one generalists first; then the central desk of the place's municipality (or
 * the first desk), so there is always someone to ask.
 *
 * @param chain the place's area codes, most specific first (see `codeChain`)
 * @param contacts every contact person who might answer (desks among them)
 */
export function rankContacts<C extends Candidate>(
  chain: readonly string[],
  contacts: readonly C[],
  theme?: string,
): Ranked<C>[] {
  const rank = (c: C) => Math.min(...c.areas.map((a) => chain.indexOf(a)).filter((i) => i >= 0));
  const covering = contacts
    .filter((c) => !c.desk && c.areas.some((a) => chain.includes(a)))
    .sort((a, b) => rank(a) - rank(b) || a.id - b.id);
  const generalists: Ranked<C>[] = [];
  const specialists: Ranked<C>[] = [];
  for (const c of covering) {
    if (!c.themes.length) generalists.push({ ...c, match: 'area' });
    else if (!theme || c.themes.includes(theme)) specialists.push({ ...c, match: theme ? 'theme' : 'area' });
  }
  const ordered = theme ? [...specialists, ...generalists] : [...generalists, ...specialists];
  const municipality = chain.find((c) => c.startsWith('GM'));
  const desks = contacts.filter((c) => c.desk).sort((a, b) => a.id - b.id);
  const desk = desks.find((d) => municipality && d.areas.includes(municipality)) ?? desks[0];
  return desk ? [...ordered, { ...desk, match: 'desk' as const }] : ordered;
}
