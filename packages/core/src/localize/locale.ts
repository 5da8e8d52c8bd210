import { DEFAULT_LOCALE, LOCALES, type Locale } from '@buurtkit/api/locales';

// The language list is the contract's (one list for widgets, desk and server).
export { DEFAULT_LOCALE, LOCALES, type Locale };

/** `nl-NL` → `nl`, `FY` → `fy`; null for languages we do not have. */
export function toLocale(tag: string | null | undefined): Locale | null {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : null;
}

/**
 * The element's language: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots), else `<html lang>`, else Dutch. A language we do not have counts as Dutch.
 */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang');
      if (lang) return toLocale(lang) ?? DEFAULT_LOCALE;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LOCALE;
}

/**
 * The `lang` property of our elements: reflected when set, and absent when not. An empty
 * `lang=""` would tell assistive technology the language is unknown, overriding the page's
 * `lang` for everything inside (WCAG 3.1.1/3.1.2); the widget follows the nearest `lang` anyway.
 */
export const LANG_PROPERTY = {
  attribute: 'lang',
  reflect: true,
  converter: { toAttribute: (value: unknown) => (value ? String(value) : null) },
} as const;
