/**
 * The house style an editor picks, as the `--buurt-*` tokens their site's style sheet sets:
 * colours they type (checked for WCAG contrast before they copy anything) or a theme their
 * site already has. Pure: the preview sets the same tokens the CSS block lists.
 */

export type HouseStyle =
  | { kind: 'default' }
  /** A theme class the configurator's page has (`house-styles="stad:Stad"`). */
  | { kind: 'preset'; name: string }
  | { kind: 'custom'; primary: string; text: string; font: string };

const HEX = /^#[0-9a-f]{6}$/i;

/** A font-family list as CSS has it, and nothing that could end the declaration. */
export const isFontFamily = (text: string) => /^[\p{L}\p{N} ,'"-]+$/u.test(text.trim());

/** WCAG 2.1 relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The same colour, darker by a share (the hover state of buttons). */
export function darker(hex: string, share = 0.25): string {
  return `#${[1, 3, 5]
    .map((i) =>
      Math.round(parseInt(hex.slice(i, i + 2), 16) * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Tokens of typed colours; a colour that is not `#rrggbb` or a font that is not a font list is left out. */
export function customTokens(s: { primary: string; text: string; font: string }): Record<string, string> {
  const tokens: Record<string, string> = {};
  if (HEX.test(s.primary)) {
    tokens['--buurt-color-primary'] = s.primary.toLowerCase();
    tokens['--buurt-color-primary-hover'] = darker(s.primary);
  }
  if (HEX.test(s.text)) tokens['--buurt-color-text'] = s.text.toLowerCase();
  if (s.font.trim() && isFontFamily(s.font)) tokens['--buurt-font-family'] = s.font.trim();
  return tokens;
}

/**
 * Which typed colours fail WCAG 1.4.3 against the white they sit on (buttons carry white
 * text on the main colour; text sits on a white background): 'primary' | 'text', with the ratio.
 */
export function contrastProblems(s: { primary: string; text: string }): { what: 'primary' | 'text'; ratio: number }[] {
  const found: { what: 'primary' | 'text'; ratio: number }[] = [];
  for (const what of ['primary', 'text'] as const) {
    if (!HEX.test(s[what])) continue;
    const ratio = contrast(s[what], '#ffffff');
    if (ratio < 4.5) found.push({ what, ratio });
  }
  return found;
}

/** The CSS block for the site's style sheet, or '' when the tokens are the defaults. */
export function styleSheet(widget: string, tokens: Record<string, string>): string {
  // Values come from typed colours (checked above) or the page's own theme; still, nothing that ends a rule.
  const lines = Object.entries(tokens)
    .filter(([name, value]) => /^--buurt-[a-z-]+$/.test(name) && value && !/[;{}<>]/.test(value))
    .map(([name, value]) => `  ${name}: ${value};`);
  return lines.length ? `${widget} {\n${lines.join('\n')}\n}\n` : '';
}
