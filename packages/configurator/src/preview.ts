import { WIDGETS, type Widget } from './snippet.js';

/**
 * The live preview: one real widget in a box in the page's light DOM (so the page's theme
 * classes reach it, as they will on the editor's site), made with `createElement` and given
 * its attributes one by one, and the house style's tokens set through the CSSOM (which a
 * strict CSP allows, unlike a `style` attribute in markup).
 */
export class Preview {
  readonly box: HTMLElement;
  private element?: HTMLElement;

  /** `tokens`: every token name, set to `initial` in the box unless a page theme should reach it. */
  constructor(
    host: HTMLElement,
    slot: string,
    private readonly tokenNames: readonly string[],
  ) {
    this.box = document.createElement('div');
    this.box.slot = slot;
    this.box.className = 'buurtkit-preview';
    host.append(this.box);
  }

  show(
    widget: Widget,
    attributes: Record<string, string>,
    style: { className?: string; tokens: Record<string, string> },
  ) {
    if (!WIDGETS.includes(widget)) return;
    if (this.element?.localName !== widget) {
      this.element?.remove();
      this.element = document.createElement(widget);
      this.box.append(this.element);
    }
    const el = this.element;
    for (const { name } of [...el.attributes]) if (!(name in attributes)) el.removeAttribute(name);
    for (const [name, value] of Object.entries(attributes))
      if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    for (const name of [...this.box.style]) if (name.startsWith('--buurt-')) this.box.style.removeProperty(name);
    // Without a page theme, the page's own tokens (its body's theme) must not reach the preview either.
    if (!style.className) for (const name of this.tokenNames) this.box.style.setProperty(name, 'initial');
    for (const [name, value] of Object.entries(style.tokens)) this.box.style.setProperty(name, value);
    this.box.className = ['buurtkit-preview', style.className].filter(Boolean).join(' ');
  }

  /** The `--buurt-*` tokens as they apply in the box now (a page theme's, read back for the CSS block). */
  tokens(names: readonly string[]): Record<string, string> {
    const computed = getComputedStyle(this.box);
    const out: Record<string, string> = {};
    for (const name of names) {
      const value = computed.getPropertyValue(name).trim();
      if (value) out[name] = value;
    }
    return out;
  }
}
