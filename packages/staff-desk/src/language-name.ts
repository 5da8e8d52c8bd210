/** A language's own name in the reader's language (`fy` → "Fries"), or its code where Intl has none. */
export function languageName(code: string, intlLocale: string) {
  try {
    return new Intl.DisplayNames([intlLocale, 'nl'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
