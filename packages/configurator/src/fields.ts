/**
 * How the configurator's form asks for each attribute an editor may set (`OPTIONS`), and
 * what it accepts: pure, so the form, its tests and the snippet agree. An empty value always
 * means "not set": the element's own default.
 */
import { checkedUrl, OPTIONS, type Widget } from './snippet.js';

export type Field =
  /** Free text (no markup characters). */
  | { kind: 'text' }
  /** An https address (or http on this machine), as the snippet's policy needs it. */
  | { kind: 'address' }
  /** A page on the site: an https address or a path from `/`. */
  | { kind: 'link' }
  | { kind: 'number'; min: number; max: number }
  /** One of these (`''` first: the default). */
  | { kind: 'choice'; choices: readonly string[] }
  /** A boolean attribute: present or not. */
  | { kind: 'flag' }
  /** `lat,lon`, found by searching a place; `zoom` names the attribute set with it. */
  | { kind: 'place'; zoom: string }
  /** A CBS gemeente code. */
  | { kind: 'municipality' }
  /** From the API: its themes, the phases of its models, its models, or its initiatives. */
  | { kind: 'themes' | 'phases' | 'models' | 'initiatives' };

const ZOOM = { kind: 'number', min: 6, max: 19 } as const;

export const FIELDS: Record<string, Field> = {
  lang: { kind: 'choice', choices: ['', 'nl', 'en', 'fy'] },
  'heading-level': { kind: 'choice', choices: ['', '1', '2', '3', '4', '5', '6'] },
  center: { kind: 'place', zoom: 'zoom' },
  zoom: ZOOM,
  theme: { kind: 'themes' },
  phase: { kind: 'phases' },
  tiles: { kind: 'address' },
  attribution: { kind: 'text' },
  geocoder: { kind: 'address' },
  municipality: { kind: 'municipality' },
  'deep-link': { kind: 'flag' },
  static: { kind: 'flag' },
  'idea-href': { kind: 'link' },
  clustering: { kind: 'choice', choices: ['', 'server'] },
  'tracking-url': { kind: 'link' },
  'map-center': { kind: 'place', zoom: 'map-zoom' },
  'map-zoom': ZOOM,
  'map-tiles': { kind: 'address' },
  'map-attribution': { kind: 'text' },
  'response-days': { kind: 'number', min: 1, max: 60 },
  'retention-months': { kind: 'number', min: 1, max: 120 },
  initiative: { kind: 'initiatives' },
  reference: { kind: 'text' },
  model: { kind: 'models' },
  layout: { kind: 'choice', choices: ['', 'vertical', 'horizontal', 'compact'] },
};

/** What is wrong with a value, as a message key (with its numbers), or undefined. */
export type Problem =
  { key: 'address' | 'link' | 'center' | 'code' | 'text' } | { key: 'number'; min: number; max: number };

export function check(field: Field, value: string): Problem | undefined {
  if (value === '') return undefined;
  switch (field.kind) {
    case 'address':
      try {
        checkedUrl(value, 'address');
        return undefined;
      } catch {
        return { key: 'address' };
      }
    case 'link':
      if (value.startsWith('/') && !value.startsWith('//')) return undefined;
      return check({ kind: 'address' }, value) ? { key: 'link' } : undefined;
    case 'number': {
      const n = Number(value);
      return Number.isInteger(n) && n >= field.min && n <= field.max
        ? undefined
        : { key: 'number', min: field.min, max: field.max };
    }
    case 'place': {
      const m = /^(-?\d{1,2}(?:\.\d+)?),\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(value);
      return m && Math.abs(Number(m[1])) <= 90 && Math.abs(Number(m[2])) <= 180 ? undefined : { key: 'center' };
    }
    case 'municipality':
      return /^GM\d{4}$/.test(value) ? undefined : { key: 'code' };
    case 'text':
      return /[<>]/.test(value) ? { key: 'text' } : undefined;
    default:
      // Choices come from lists the form offers; the snippet escapes whatever they hold.
      return undefined;
  }
}

/** Every problem in a widget's values, by attribute. */
export function problems(widget: Widget, values: Record<string, string>): Record<string, Problem> {
  const found: Record<string, Problem> = {};
  for (const name of OPTIONS[widget]) {
    const problem = check(FIELDS[name]!, values[name] ?? '');
    if (problem) found[name] = problem;
  }
  return found;
}

/** The attributes for the snippet: set ones only; a flag as `deep-link="deep-link"` (HTML's boolean form). */
export function attributesOf(widget: Widget, values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of OPTIONS[widget]) {
    const value = values[name]?.trim() ?? '';
    if (value) out[name] = FIELDS[name]!.kind === 'flag' ? name : value;
  }
  return out;
}
