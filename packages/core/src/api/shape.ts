/**
 * Tiny runtime checks for API responses: a malformed answer becomes a clear ApiError
 * ('malformed') at the client, never a crash deep inside a widget. They check what
 * the widgets rely on, not every rule of the schema (that is the server tests' job).
 */
import { DEFAULT_LOCALE, LOCALES, type LocalizedText } from '@buurtkit/api/locales';

export type Check<T> = (value: unknown, path: string) => T;

export class ShapeError extends Error {}

const fail = (path: string, expected: string): never => {
  throw new ShapeError(`${path || 'response'}: expected ${expected}`);
};

export const str: Check<string> = (v, p) => (typeof v === 'string' ? v : fail(p, 'a string'));
export const num: Check<number> = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(p, 'a number'));
export const bool: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : fail(p, 'a boolean'));
export const any: Check<unknown> = (v) => v;

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, p) =>
    v === null ? null : check(v, p);

export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v, p) =>
    v === undefined ? undefined : check(v, p);

export const arr =
  <T>(check: Check<T>): Check<T[]> =>
  (v, p) =>
    Array.isArray(v) ? v.map((item, i) => check(item, `${p}/${i}`)) : fail(p, 'an array');

export const obj =
  <T extends Record<string, unknown>>(fields: { [K in keyof T]: Check<T[K]> }): Check<T> =>
  (v, p) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return fail(p, 'an object');
    const source = v as Record<string, unknown>;
    const out = { ...source } as Record<string, unknown>;
    for (const key of Object.keys(fields)) out[key] = fields[key as keyof T](source[key], `${p}/${key}`);
    return out as T;
  };

/** A text in every language of the list: Dutch required, the others where the API has them. */
export const localized: Check<LocalizedText> = (v, p) => {
  const text = obj({ [DEFAULT_LOCALE]: str })(v, p) as LocalizedText;
  for (const locale of LOCALES) if (locale !== DEFAULT_LOCALE) optional(str)(text[locale], `${p}/${locale}`);
  return text;
};
export const point: Check<{ type: 'Point'; coordinates: [number, number] }> = (v, p) => {
  const g = obj({ type: str, coordinates: arr(num) })(v, p);
  if (g.coordinates.length !== 2) fail(`${p}/coordinates`, '[longitude, latitude]');
  return g as { type: 'Point'; coordinates: [number, number] };
};
