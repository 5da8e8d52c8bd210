/**
 * What a web editor copies: the script (version-pinned, with its Subresource Integrity hash),
 * the element with the attributes they chose and a fallback link, and the exact
 * Content-Security-Policy that page then needs. Pure, so the configurator's page, its tests
 * and the docs all make the same snippet.
 */

/** The resident widgets an editor can place. */
export const WIDGETS = [
  'buurt-initiative-map',
  'buurt-idea-form',
  'buurt-phase-tracker',
  'buurt-contact-finder',
] as const;
export type Widget = (typeof WIDGETS)[number];

/**
 * The attributes an editor may set per widget (besides `api`, which is always the API's own
 * address): the configurator's form and the server's embed page accept these and no others.
 */
export const OPTIONS: Record<Widget, readonly string[]> = {
  'buurt-initiative-map': [
    'lang',
    'heading-level',
    'center',
    'zoom',
    'theme',
    'phase',
    'tiles',
    'attribution',
    'geocoder',
    'municipality',
    'deep-link',
    'idea-href',
    'clustering',
  ],
  'buurt-idea-form': [
    'lang',
    'heading-level',
    'tracking-url',
    'map-center',
    'map-zoom',
    'map-tiles',
    'map-attribution',
    'geocoder',
    'response-days',
    'retention-months',
  ],
  'buurt-phase-tracker': ['lang', 'heading-level', 'initiative', 'reference', 'model', 'layout', 'geocoder'],
  'buurt-contact-finder': ['lang', 'heading-level', 'municipality', 'geocoder'],
};

/** PDOK's address search and grey base map: the widgets' defaults when a page names none. */
export const PDOK_GEOCODER = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1';
export const PDOK_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png';

/**
 * What each widget reaches beyond the API and the bundle, for its policy: all of them look up
 * addresses (the tracker for backers' buurten); the map and the idea form's place picker draw
 * tiles (named by the attribute given); the idea form previews photos as `data:` images.
 */
const REACHES: Record<Widget, { tiles?: string; dataImages?: boolean }> = {
  'buurt-initiative-map': { tiles: 'tiles' },
  'buurt-idea-form': { tiles: 'map-tiles', dataImages: true },
  'buurt-phase-tracker': {},
  'buurt-contact-finder': {},
};

export interface Choice {
  widget: Widget;
  /** The folder of one version on the CDN, e.g. `https://cdn.example/buurtkit/0.1.0/`. */
  cdn: string;
  /** `integrity` of `buurtkit.js`, from that version's `sri.json`. */
  integrity: string;
  /** The API address, e.g. `https://gemeente.example/api/v1`. */
  api: string;
  /** `api` is a static folder (`buurtkit-server export-static`), not a server. */
  static?: boolean;
  /** The element's other attributes (`lang`, `theme`, `center`, …); empty values are left out. */
  attributes?: Record<string, string | undefined>;
  /** Where residents go when scripts cannot run. */
  fallback?: { href: string; text: string };
}

export interface Snippet {
  /** The HTML to paste: script, then the element. */
  html: string;
  /** The policy, one directive per entry, in the order a page lists them. */
  directives: [name: string, sources: string[]][];
  /** The policy as a header value. */
  csp: string;
}

/** An address the snippet may carry: http(s) only, and `http:` only for this machine. */
export function checkedUrl(text: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${what}: not an address (${text})`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    throw new Error(`${what}: only https addresses (${text})`);
  return url;
}

/** Text for an attribute value or element content: nothing in it can end the attribute or start a tag. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Tiles as the template names them, without the `{z}/{x}/{y}` that is not part of an origin. */
const tilesOrigin = (template: string) => checkedUrl(template.replace(/\{[a-z]\}/g, '0'), 'tiles').origin;

export function snippet(c: Choice): Snippet {
  if (!WIDGETS.includes(c.widget)) throw new Error(`not a widget: ${c.widget}`);
  const cdn = checkedUrl(c.cdn.endsWith('/') ? c.cdn : `${c.cdn}/`, 'cdn');
  const api = checkedUrl(c.api, 'api');
  if (!/^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/.test(c.integrity)) throw new Error('integrity: not an SRI hash');
  const reach = REACHES[c.widget];
  const attributes = Object.entries({
    api: c.static ? api.href : api.href.replace(/\/$/, ''),
    ...(c.static ? { static: 'static' } : {}),
    ...c.attributes,
  }).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
  for (const [name] of attributes) if (!/^[a-z][a-z-]*$/.test(name)) throw new Error(`not an attribute: ${name}`);
  const attribute = (name: string) => attributes.find(([n]) => n === name)?.[1];
  const geocoder = checkedUrl(attribute('geocoder') ?? PDOK_GEOCODER, 'geocoder');
  const tiles = reach.tiles ? tilesOrigin(attribute(reach.tiles) ?? PDOK_TILES) : undefined;
  const fallback = c.fallback
    ? `\n  <a href="${escapeHtml(checkedUrl(c.fallback.href, 'fallback').href)}">${escapeHtml(c.fallback.text)}</a>\n`
    : '';
  const script = new URL('buurtkit.js', cdn).href;
  const tag = `<script type="module" src="${escapeHtml(script)}" integrity="${c.integrity}" crossorigin="anonymous">`;
  const html = `${tag}</script>
<${c.widget}${attributes.map(([n, v]) => `\n  ${n}="${escapeHtml(v)}"`).join('')}>${fallback}</${c.widget}>
`;
  const unique = (...sources: (string | undefined)[]) => [...new Set(sources.filter((s): s is string => !!s))];
  const directives: [string, string[]][] = [
    ['default-src', ["'none'"]],
    // The bundle and its lazy chunks (which the browser fetches with the same CORS mode).
    ['script-src', [cdn.origin]],
    ['connect-src', unique(api.origin, geocoder.origin)],
    // Contact photos and initiative images come from the API.
    ['img-src', unique(api.origin, tiles, reach.dataImages ? 'data:' : undefined)],
    ['base-uri', ["'none'"]],
    ['object-src', ["'none'"]],
    // Lit writes templates through its policy; nothing else needs one.
    ['require-trusted-types-for', ["'script'"]],
    ['trusted-types', ['lit-html']],
  ];
  return { html, directives, csp: directives.map(([n, s]) => `${n} ${s.join(' ')}`).join('; ') };
}

export interface FrameChoice {
  widget: Widget;
  /** The reference server's API address: its `/embed/{widget}` page serves the widget. */
  api: string;
  attributes?: Record<string, string | undefined>;
  /** The frame's accessible name (WCAG 4.1.2), in the page's language. */
  title: string;
}

/**
 * The iframe for CMSs that strip scripts or unknown elements: the reference server's embed
 * page for the widget, with the options in its query (the page takes only known ones), and
 * the server's resize script, which fits the frame to the widget. Its policy: the frame and
 * that script from the server.
 */
export function iframeSnippet(c: FrameChoice): Snippet {
  if (!WIDGETS.includes(c.widget)) throw new Error(`not a widget: ${c.widget}`);
  const api = checkedUrl(c.api, 'api');
  const server = new URL(api.href.replace(/\/api\/v\d+\/?$/, '/'));
  const query = new URLSearchParams(
    Object.entries(c.attributes ?? {}).filter(
      (e): e is [string, string] => OPTIONS[c.widget].includes(e[0]) && typeof e[1] === 'string' && e[1] !== '',
    ),
  ).toString();
  const src = new URL(`embed/${c.widget}${query ? `?${query}` : ''}`, server).href;
  const resize = new URL('embed/resize.js', server).href;
  const html = `<iframe src="${escapeHtml(src)}" title="${escapeHtml(c.title)}" loading="lazy"></iframe>
<script src="${escapeHtml(resize)}" async></script>
`;
  const directives: [string, string[]][] = [
    ['frame-src', [server.origin]],
    ['script-src', [server.origin]],
  ];
  return { html, directives, csp: directives.map(([n, s]) => `${n} ${s.join(' ')}`).join('; ') };
}
