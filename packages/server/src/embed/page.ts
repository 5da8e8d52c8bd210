import { createHash } from 'node:crypto';
import { OPTIONS, snippet, WIDGETS, type Widget } from '@buurtkit/configurator/snippet';

/** The title of each embed page, which the host page's iframe should repeat in its `title`. */
const TITLES: Record<Widget, string> = {
  'buurt-initiative-map': 'Initiatieven op de kaart',
  'buurt-idea-form': 'Stuur je idee in',
  'buurt-phase-tracker': 'Waar staat het initiatief?',
  'buurt-contact-finder': 'Wie is mijn contactpersoon?',
};

export const isWidget = (name: string): name is Widget => (WIDGETS as readonly string[]).includes(name);

/** `sha384-…` of the bundle's entry as served, so the embed page pins exactly that file. */
export const integrityOf = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

export interface EmbedPage {
  html: string;
  csp: string;
}

/**
 * The page an iframe shows: the configurator's snippet for the widget, on the API's own origin
 * (bundle, data and worker all 'self'), with the options the query names (known ones only),
 * under the snippet's own policy plus `frame-ancestors` for the municipality's sites and
 * Trusted Types for the map's worker. Links open in the host page.
 */
export function embedPage(
  widget: Widget,
  query: Record<string, unknown>,
  o: { origin: string; base?: string; integrity: string; frameAncestors: string[] },
): EmbedPage {
  const attributes: Record<string, string> = {};
  for (const name of OPTIONS[widget]) {
    const value = query[name];
    if (typeof value === 'string' && value.length <= 500) attributes[name] = value;
  }
  const s = snippet({
    widget,
    cdn: `${o.origin}${o.base ?? ''}/embed/assets/`,
    integrity: o.integrity,
    api: `${o.origin}${o.base ?? ''}/api/v1`,
    attributes,
  });
  const lang = ['nl', 'en', 'fy'].includes(attributes.lang ?? '') ? attributes.lang : 'nl';
  const html = `<!doctype html>
<html lang="${lang}" data-parents="${o.frameAncestors.join(' ')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLES[widget]}</title>
<base target="_parent">
<link rel="stylesheet" href="${o.base ?? ''}/embed/frame.css">
<script type="module" src="${o.base ?? ''}/embed/frame.js"></script>
</head>
<body>
${s.html}</body>
</html>
`;
  const directives = s.directives.map(([name, sources]): [string, string[]] => {
    if (name === 'script-src') return [name, ["'self'"]];
    if (name === 'trusted-types') return [name, [...sources, 'buurtkit-worker']];
    return [name, sources];
  });
  directives.push(['style-src', ["'self'"]], ['worker-src', ["'self'"]]);
  directives.push(['frame-ancestors', o.frameAncestors.length ? o.frameAncestors : ["'none'"]]);
  return { html, csp: directives.map(([n, v]) => `${n} ${v.join(' ')}`).join('; ') };
}

/**
 * Inside the frame: tells the host page the height of the widget whenever it changes, and
 * only a host page whose origin the municipality listed.
 */
export const FRAME_JS = `const parents = (document.documentElement.dataset.parents || '').split(' ').filter(Boolean);
const parent = location.ancestorOrigins?.[0] ?? (document.referrer ? new URL(document.referrer).origin : '');
if (window.parent !== window && parents.includes(parent)) {
  const height = () => Math.ceil(document.body.getBoundingClientRect().height);
  const send = () => window.parent.postMessage({ type: 'buurtkit:height', height: height() }, parent);
  new ResizeObserver(send).observe(document.body);
}
`;

export const FRAME_CSS = 'html,body{margin:0;padding:0}body{padding:1px 0}';

/**
 * On the host page, beside the iframe: sets each Buurtkit frame's height (and full width) from its messages,
 * taking only messages from this server's origin and from the frame they claim to be.
 */
export const RESIZE_JS = `(() => {
  const origin = new URL(document.currentScript.src).origin;
  addEventListener('message', (e) => {
    if (e.origin !== origin || !e.data || e.data.type !== 'buurtkit:height') return;
    const height = Math.min(Math.max(Number(e.data.height) || 0, 0), 20000);
    for (const frame of document.querySelectorAll('iframe'))
      if (frame.contentWindow === e.source) {
        // Full width and no border, set here so the snippet needs no style attribute (CSP).
        Object.assign(frame.style, { width: '100%', border: '0', height: height + 'px' });
      }
  });
})();
`;
