import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { placeWidget, WIDGETS } from './helpers/widgets.ts';

/** WCAG 1.4.12's spacing, as a user's style sheet or the usual bookmarklet sets it, inside the shadow tree. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

function* shadowRoots(root: Element | ShadowRoot): Generator<ShadowRoot> {
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot) {
      yield el.shadowRoot;
      yield* shadowRoots(el.shadowRoot);
    }
}

/** Elements whose text is cut off: wider than their box where they hide overflow, or wider than the page. */
function clipped(host: Element): string[] {
  const found: string[] = [];
  const page = document.documentElement.clientWidth;
  for (const root of [host.shadowRoot!, ...shadowRoots(host.shadowRoot!)])
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      const box = el.getBoundingClientRect();
      if (!box.width || el.closest('.leaflet-container, canvas')) continue;
      if (box.right > page + 1) found.push(`${el.localName}.${el.className} ends at ${Math.round(box.right)} px`);
      const style = getComputedStyle(el);
      const hides = style.overflowX === 'hidden' || style.overflow === 'hidden';
      if (hides && el.textContent?.trim() && el.scrollWidth > el.clientWidth + 1 && !el.matches('.visually-hidden'))
        found.push(`${el.localName}.${el.className} cuts its text`);
    }
  return found;
}

describe('reflow at 320 px and text spacing (WCAG 1.4.4, 1.4.10, 1.4.12)', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  for (const widget of WIDGETS)
    it(`<${widget[0]}>: one column at 320 px, nothing cut off, also with wider text spacing`, async () => {
      await setViewport({ width: 320, height: 640 });
      const { el } = await placeWidget(widget);
      expect(document.documentElement.scrollWidth, 'no horizontal scrolling').to.be.at.most(320);
      expect(clipped(el)).to.deep.equal([]);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(SPACING);
      for (const root of [el.shadowRoot!, ...shadowRoots(el.shadowRoot!)])
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      await new Promise((r) => requestAnimationFrame(r));
      expect(document.documentElement.scrollWidth, 'no horizontal scrolling with wider spacing').to.be.at.most(320);
      expect(clipped(el)).to.deep.equal([]);
    });
});
