/**
 * HTML_CodeSniffer (the engine pa11y runs) beside axe: another reading of WCAG 2.1 AA that
 * catches what axe lets pass (an empty `lang` on a host element, for one). It cannot enter
 * shadow roots, so it reads the page's own DOM in place and each widget's shadow tree as
 * markup in a frame of its own (structure, names, labels and languages; not colours).
 */
type Message = { type: number; code: string; msg: string; element: Element };
type Htmlcs = {
  process(standard: string, content: Element | Document | string, done: () => void, fail?: () => void): void;
  getMessages(): Message[];
};

let loaded: Promise<Htmlcs> | undefined;
function load(): Promise<Htmlcs> {
  loaded ??= new Promise((resolve, reject) => {
    // Its 1.1.1 sniff assigns an undeclared `elements` in strict code (2.5.1's build): a global
    // of that name lets the assignment land instead of throwing.
    (window as unknown as { elements: unknown }).elements = undefined;
    const script = document.createElement('script');
    script.src = '/node_modules/html_codesniffer/build/HTMLCS.js';
    script.onload = () => resolve((window as unknown as { HTMLCS: Htmlcs }).HTMLCS);
    script.onerror = () => reject(new Error('HTML_CodeSniffer did not load'));
    document.head.append(script);
  });
  return loaded;
}

const ERROR = 1;

async function run(content: Element | Document | string): Promise<Message[]> {
  const htmlcs = await load();
  await new Promise<void>((resolve, reject) =>
    htmlcs.process('WCAG2AA', content, resolve, () => reject(new Error('HTML_CodeSniffer failed'))),
  );
  return htmlcs.getMessages().filter((m) => m.type === ERROR);
}

/** Where a message points: the element's tag and attributes (enough to find it). */
const where = (el: Element | undefined) =>
  el ? `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 40)}"`).join('')}>` : '';
const describe = (m: Message) => `${m.code.replace(/^WCAG2AA\./, '')}: ${m.msg} ${where(m.element)}`;

/** WCAG 2.1 AA errors HTML_CodeSniffer finds in an element: its light DOM in place, then its shadow tree. */
export async function htmlcsErrors(el: Element): Promise<string[]> {
  const light = (await run(document)).filter((m) => m.element && (el === m.element || el.contains(m.element)));
  const found = light.map(describe);
  for (const host of [el, ...el.querySelectorAll('*')]) {
    if (!host.shadowRoot) continue;
    // The shadow tree as a page of its own, in the widget's language (as the host page gives it).
    const lang = host.closest('[lang]')?.getAttribute('lang') || 'nl';
    const markup = [...host.shadowRoot.childNodes].map((n) => new XMLSerializer().serializeToString(n)).join('');
    const head = `<head><title>${host.localName}</title></head>`;
    const page = `<!doctype html><html lang="${lang}">${head}<body>${markup}</body></html>`;
    found.push(...(await run(page)).map((m) => `${host.localName} › ${describe(m)}`));
  }
  return found;
}
