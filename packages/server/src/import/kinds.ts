import type { LocalizedText } from '@buurtkit/api/locales';
import { interiorPoint, type AreaGeometry } from '@buurtkit/api/geo';
import type { ContactInput } from '../store/contacts.js';
import type { AreaRef, ImportedInitiative } from '../store/imports.js';
import type { PhaseModelDoc, ThemeInput } from '../store/reference.js';
import type { Row } from './read.js';

/**
 * The three kinds of spreadsheet a municipality keeps, their columns (Dutch, as the templates
 * in packages/server/templates have them, with English names accepted too) and how a row
 * becomes what the store writes. Pure: what rows may refer to comes in as `Refs`.
 */
export type Kind = 'themes' | 'contacts' | 'initiatives';
export type Problem = { column?: string; code: string; params?: Record<string, string | number> };

type Column = { name: string; aliases?: string[]; required?: boolean };
export const COLUMNS: Record<Kind, Column[]> = {
  themes: [
    { name: 'sleutel', aliases: ['key'], required: true },
    { name: 'naam', aliases: ['name', 'naam_nl'], required: true },
    { name: 'naam_en', aliases: ['name_en'] },
    { name: 'naam_fy', aliases: ['name_fy'] },
    { name: 'kleur', aliases: ['color', 'colour'], required: true },
    { name: 'icoon', aliases: ['icon'] },
  ],
  contacts: [
    { name: 'id', required: true },
    { name: 'naam', aliases: ['name'], required: true },
    { name: 'rol', aliases: ['role'], required: true },
    { name: 'email', aliases: ['e_mail'] },
    { name: 'telefoon', aliases: ['phone'] },
    { name: 'gebieden', aliases: ['areas'] },
    { name: 'talen', aliases: ['languages'] },
    { name: 'themas', aliases: ['themes'] },
    { name: 'centrale_balie', aliases: ['desk'] },
  ],
  initiatives: [
    { name: 'id', required: true },
    { name: 'titel', aliases: ['title'], required: true },
    { name: 'samenvatting', aliases: ['summary'], required: true },
    { name: 'beschrijving', aliases: ['description'] },
    { name: 'thema', aliases: ['theme'], required: true },
    { name: 'fasemodel', aliases: ['phase_model'] },
    { name: 'fase', aliases: ['phase'], required: true },
    { name: 'rol_gemeente', aliases: ['role'] },
    { name: 'gebied', aliases: ['area'] },
    { name: 'lat' },
    { name: 'lon' },
    { name: 'contactpersoon', aliases: ['contact'] },
    { name: 'initiatiefnemer', aliases: ['initiator'] },
    { name: 'steun', aliases: ['support'] },
    { name: 'aantal_betrokkenen', aliases: ['supporters'] },
  ],
};

/** Which kind a file is: by its name (initiatieven.csv, contactpersonen.xlsx, themas.csv …). */
export function kindOfFile(file: string): Kind | undefined {
  const name = file.toLowerCase().split(/[\\/]/).pop()!;
  if (/initiati/.test(name)) return 'initiatives';
  if (/contact/.test(name)) return 'contacts';
  if (/thema|theme/.test(name)) return 'themes';
  return undefined;
}

/** Header problems (line 1), and each column's name as the rows carry it. */
export function checkColumns(kind: Kind, columns: string[]): { problems: Problem[]; names: Map<string, string> } {
  const names = new Map<string, string>();
  const problems: Problem[] = [];
  for (const c of columns) {
    const col = COLUMNS[kind].find((k) => k.name === c || k.aliases?.includes(c));
    if (col) names.set(col.name, c);
    else if (c)
      problems.push({
        code: 'import.unknown-column',
        params: { column: c, columns: COLUMNS[kind].map((k) => k.name).join(', ') },
      });
  }
  for (const col of COLUMNS[kind])
    if (col.required && !names.has(col.name))
      problems.push({ code: 'import.missing-column', params: { column: col.name } });
  return { problems, names };
}

export type Refs = {
  themes: { key: string; label: LocalizedText }[];
  models: PhaseModelDoc[];
  areas: AreaRef[];
  contacts: { id: number; name: string; external_id: string | null }[];
  /** CBS code of the municipality whose area names count first (names repeat across municipalities). */
  municipality?: string;
};

const ROLES = ['loslaten', 'faciliteren', 'stimuleren', 'regisseren', 'reguleren'];
const SUPPORT = ['advies', 'netwerk', 'procesbegeleiding', 'materiaal', 'ruimte', 'vergunning', 'financiering'];
const LANGS = ['nl', 'en', 'fy', 'de', 'pl', 'tr', 'ar', 'uk'];
const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const same = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0;
const list = (v: string) =>
  v
    .split(/[;,\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Reads one row's cells: `get` by column, problems collected per column. */
class Cells {
  readonly problems: Problem[] = [];
  constructor(
    private readonly row: Row,
    private readonly names: Map<string, string>,
  ) {}
  get(column: string) {
    const at = this.names.get(column);
    return at ? (this.row.cells[at] ?? '') : '';
  }
  fail(column: string, code: string, params?: Record<string, string | number>) {
    this.problems.push({ column, code, params });
  }
  text(column: string, o: { required?: boolean; max: number }) {
    const v = this.get(column);
    if (!v && o.required) this.fail(column, 'required');
    else if (v.length > o.max) this.fail(column, 'too-long', { limit: o.max });
    return v;
  }
  choice(column: string, options: string[], fallback?: string) {
    const v = this.get(column).toLowerCase();
    if (!v && fallback) return fallback;
    if (!options.includes(v))
      this.fail(column, v ? 'import.choice' : 'required', { value: v, options: options.join(', ') });
    return v;
  }
  choices(column: string, options: string[]) {
    const values = list(this.get(column).toLowerCase());
    for (const v of values)
      if (!options.includes(v)) this.fail(column, 'import.choice', { value: v, options: options.join(', ') });
    return values;
  }
  count(column: string) {
    const v = this.get(column);
    if (!v) return 0;
    if (!/^\d{1,9}$/.test(v)) this.fail(column, 'import.count');
    return Number(v);
  }
  yesNo(column: string) {
    const v = this.get(column).toLowerCase();
    if (['ja', 'yes', 'true', '1', 'x'].includes(v)) return true;
    if (['', 'nee', 'no', 'false', '0'].includes(v)) return false;
    this.fail(column, 'import.yes-no');
    return false;
  }
}

function theme(refs: Refs, value: string) {
  return refs.themes.find((t) => t.key === value || same(t.label.nl, value) || (t.label.en && same(t.label.en, value)));
}

/** An area by CBS code or by name; a name two areas share is an error unless one is in the municipality. */
function area(c: Cells, refs: Refs, column: string, value: string): AreaRef | undefined {
  const byCode = refs.areas.find((a) => a.code === value.toUpperCase());
  if (byCode) return byCode;
  let named = refs.areas.filter((a) => same(a.name, value));
  if (named.length > 1 && refs.municipality) {
    const own = named.filter((a) => a.municipality === refs.municipality);
    if (own.length) named = own;
  }
  if (named.length === 1) return named[0];
  if (named.length > 1) c.fail(column, 'import.ambiguous-area', { value, codes: named.map((a) => a.code).join(', ') });
  else c.fail(column, 'import.unknown-area', { value });
  return undefined;
}

export function themeRow(row: Row, names: Map<string, string>) {
  const c = new Cells(row, names);
  const key = c.get('sleutel');
  if (!key) c.fail('sleutel', 'required');
  else if (!KEY.test(key)) c.fail('sleutel', 'import.key');
  const label: LocalizedText = { nl: c.text('naam', { required: true, max: 80 }) };
  for (const l of ['en', 'fy'] as const) {
    const v = c.text(`naam_${l}`, { max: 80 });
    if (v) label[l] = v;
  }
  const color = c.get('kleur').toLowerCase();
  if (!/^#[0-9a-f]{6}$/.test(color)) c.fail('kleur', 'import.color');
  const icon = c.get('icoon') || 'star';
  if (!KEY.test(icon)) c.fail('icoon', 'import.key');
  const value: ThemeInput & { key: string } = { key, label, color, icon };
  return { id: key, value, problems: c.problems };
}

export function contactRow(row: Row, names: Map<string, string>, refs: Refs) {
  const c = new Cells(row, names);
  const id = c.text('id', { required: true, max: 64 });
  const email = c.get('email');
  if (email && !EMAIL.test(email)) c.fail('email', 'email');
  const phone = c.get('telefoon');
  if (phone && !/^\+?[0-9 ()-]{6,20}$/.test(phone)) c.fail('telefoon', 'format');
  const desk = c.yesNo('centrale_balie');
  if (!c.get('rol')) c.fail('rol', 'required');
  else if (!KEY.test(c.get('rol').toLowerCase())) c.fail('rol', 'import.key');
  const areas = list(c.get('gebieden'))
    .map((v) => area(c, refs, 'gebieden', v)?.code)
    .filter((x): x is string => !!x);
  if (!areas.length && !desk && !c.problems.some((p) => p.column === 'gebieden')) c.fail('gebieden', 'import.no-areas');
  const themes = list(c.get('themas')).map((v) => {
    const t = theme(refs, v);
    if (!t) c.fail('themas', 'import.unknown-theme', { value: v });
    return t?.key ?? v;
  });
  const languages = c.get('talen') ? c.choices('talen', LANGS) : ['nl'];
  const value: ContactInput = {
    name: c.text('naam', { required: true, max: 120 }),
    // As in the API: any role key (the widgets name the known ones, wijkregisseur, buurtcoach …).
    role: c.get('rol').toLowerCase(),
    email: email || null,
    phone: phone || null,
    areas,
    themes,
    languages,
    desk,
    officeHours: [],
  };
  return { id, value, problems: c.problems };
}

export function initiativeRow(row: Row, names: Map<string, string>, refs: Refs) {
  const c = new Cells(row, names);
  const id = c.text('id', { required: true, max: 64 });
  const title = c.text('titel', { required: true, max: 120 });
  const summary = c.text('samenvatting', { required: true, max: 400 });
  const description = c.text('beschrijving', { max: 10000 }) || summary;
  const themeValue = c.get('thema');
  const t = themeValue ? theme(refs, themeValue) : undefined;
  if (!themeValue) c.fail('thema', 'required');
  else if (!t) c.fail('thema', 'import.unknown-theme', { value: themeValue });
  const modelValue = c.get('fasemodel');
  const model = modelValue
    ? refs.models.find((m) => m.key === modelValue || same(m.label.nl, modelValue))
    : (refs.models.find((m) => m.forNewIdeas) ?? refs.models[0]);
  if (!model) c.fail('fasemodel', 'import.unknown-model', { value: modelValue });
  const phaseValue = c.get('fase');
  const phase = model?.phases.find((p) => p.key === phaseValue || same(p.label.nl, phaseValue));
  if (!phaseValue) c.fail('fase', 'required');
  else if (model && !phase) c.fail('fase', 'import.unknown-phase', { value: phaseValue, model: model.key });
  // Where: a point given, or the middle of the area (a point inside it, not its box's centre).
  const where = c.get('gebied') ? area(c, refs, 'gebied', c.get('gebied')) : undefined;
  let lat = Number(c.get('lat').replace(',', '.'));
  let lon = Number(c.get('lon').replace(',', '.'));
  const given = c.get('lat') !== '' && c.get('lon') !== '';
  if (given && !(lat >= 50.7 && lat <= 53.6 && lon >= 3.3 && lon <= 7.3)) c.fail('lat', 'import.place');
  else if (!given && where?.geometry) [lon, lat] = interiorPoint(JSON.parse(where.geometry) as AreaGeometry);
  else if (!given && !c.get('gebied')) c.fail('gebied', 'import.place');
  const contactValue = c.get('contactpersoon');
  const contact = contactValue
    ? refs.contacts.find((k) => k.external_id === contactValue || same(k.name, contactValue))
    : undefined;
  if (contactValue && !contact) c.fail('contactpersoon', 'import.unknown-contact', { value: contactValue });
  const value: ImportedInitiative & { phaseModel: string; phase: string; areaGiven: boolean } = {
    title,
    summary,
    description,
    theme: t?.key ?? '',
    role: c.choice('rol_gemeente', ROLES, 'faciliteren'),
    support: c.choices('steun', SUPPORT),
    supporters: c.count('aantal_betrokkenen'),
    areaCode: where?.code ?? null,
    municipality: where?.municipality ?? null,
    lat,
    lon,
    contactId: contact ? Number(contact.id) : null,
    initiator: c.text('initiatiefnemer', { max: 120 }) || null,
    phaseModel: model?.key ?? '',
    phase: phase?.key ?? '',
    areaGiven: !!where,
  };
  return { id, value, problems: c.problems };
}
