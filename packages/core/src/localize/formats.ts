/**
 * Intl formatters, made once per language and options. Making one costs far more than using
 * it (an `Intl.NumberFormat` ~0.1 ms, on a phone several times that), and a map's list or
 * clusters format hundreds of numbers a render: on the demo page that was the largest piece
 * of script in the first long task.
 */
type Formatters = {
  number: [Intl.NumberFormatOptions, Intl.NumberFormat];
  date: [Intl.DateTimeFormatOptions, Intl.DateTimeFormat];
  relative: [Intl.RelativeTimeFormatOptions, Intl.RelativeTimeFormat];
  names: [Intl.DisplayNamesOptions, Intl.DisplayNames];
};

const MAKERS: { [K in keyof Formatters]: (locales: string[], o?: Formatters[K][0]) => Formatters[K][1] } = {
  number: (locales, o) => new Intl.NumberFormat(locales, o),
  date: (locales, o) => new Intl.DateTimeFormat(locales, o),
  relative: (locales, o) => new Intl.RelativeTimeFormat(locales, o),
  names: (locales, o) => new Intl.DisplayNames(locales, o!),
};

/** Enough for every language × every options object the widgets use; a runaway caller cannot grow it. */
const MAX = 256;
const made = new Map<string, unknown>();

export function formatter<K extends keyof Formatters>(
  kind: K,
  locales: string[],
  options?: Formatters[K][0],
): Formatters[K][1] {
  const key = `${kind}\u0000${locales.join(',')}\u0000${options ? JSON.stringify(options) : ''}`;
  let found = made.get(key) as Formatters[K][1] | undefined;
  if (!found) {
    if (made.size >= MAX) made.clear();
    found = MAKERS[kind](locales, options);
    made.set(key, found);
  }
  return found;
}

/** A whole, non-negative number with its thousands grouped ("12.345"); undefined for any other. */
export function groupDigits(value: number, separator: string): string | undefined {
  return Number.isSafeInteger(value) && value >= 0 ? String(value).replace(/\B(?=(\d{3})+$)/g, separator) : undefined;
}
