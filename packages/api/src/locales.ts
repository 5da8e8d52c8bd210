/**
 * The languages Buurtkit speaks, written once for the widgets, the desk and the server.
 * Adding one is this list plus a catalogue file per package: the type checker then names
 * every catalogue that still lacks it (see CONTRIBUTING.md). Browser-safe: no Node imports.
 */
export const LOCALES = ['nl', 'en', 'fy'] as const;
export type Locale = (typeof LOCALES)[number];

/** Dutch is the default: the municipality's language, and what every text has. */
export const DEFAULT_LOCALE = 'nl' satisfies Locale;

/** The tag `Intl` formats dates and numbers with, per language. */
export const INTL_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB', fy: 'fy-NL' };

/** A text the API carries in every language; Dutch is always there. */
export type LocalizedText = { nl: string } & Partial<Record<Locale, string>>;
