import type { ConfiguratorMessages } from './nl.js';

const en: ConfiguratorMessages = {
  title: 'Buurtkit on your website',
  intro:
    'Choose a part, set it up and copy the code into your CMS. The preview shows straight away what residents will ' +
    'see on your page.',
  'step.widget': '1. Choose a part',
  'step.options': '2. Set it up',
  'step.style': '3. Choose the house style',
  'step.preview': 'Preview',
  'step.code': '4. Copy the code',

  'widget.buurt-initiative-map': 'Map of initiatives',
  'widget.buurt-initiative-map.help': 'Residents see on a map and in a list which initiatives there are near them.',
  'widget.buurt-idea-form': 'Submit an idea',
  'widget.buurt-idea-form.help': 'Residents submit an idea in a few short steps. Nothing they type is ever lost.',
  'widget.buurt-phase-tracker': 'Where does the initiative stand?',
  'widget.buurt-phase-tracker.help':
    'Shows which phase an initiative is in and what the municipality does in each phase.',
  'widget.buurt-contact-finder': 'Who is my contact person?',
  'widget.buurt-contact-finder.help': 'Residents enter their postcode and see who at the municipality helps them.',

  'option.api': 'Address of the Buurtkit API',
  'option.api.help': 'You get this address from whoever runs Buurtkit for your municipality. It starts with https://.',
  'option.lang': 'Language',
  'option.lang.help': 'Leave this on "Language of the page": the part then follows the language of your page.',
  'option.heading-level': 'Heading level',
  'option.heading-level.help':
    'Choose the level that fits the headings of your page. If the part sits under an h2, choose 3.',
  'option.center': 'Where the map starts',
  'option.center.help': 'Search for your municipality or a place. Empty: the map shows all initiatives.',
  'option.zoom': 'How far zoomed in',
  'option.zoom.help': 'From 6 (all of the Netherlands) to 19 (a street). 12 is a town.',
  'option.theme': 'Only this theme',
  'option.theme.help': 'Choose a theme if your page is about one theme. Residents then cannot switch themes.',
  'option.phase': 'Only this phase',
  'option.phase.help': 'For example only initiatives that are being carried out now.',
  'option.tiles': 'Address of the map layer',
  'option.tiles.help': 'Empty: the grey base map of PDOK. A map layer of your own has {z}, {x} and {y} in its address.',
  'option.attribution': 'Who made the map',
  'option.attribution.help': 'Only needed with a map layer of your own. Shown small at the bottom of the map.',
  'option.geocoder': 'Address of the address search',
  'option.geocoder.help': "Empty: PDOK's Locatieserver. Only fill this in if your municipality has its own server.",
  'option.municipality': "Your municipality's CBS code",
  'option.municipality.help': "For example GM0034 for Almere. The part then shows your municipality's districts.",
  'option.static': 'This address is a folder of files, not a server',
  'option.static.help':
    'Choose this when your municipality has no Buurtkit server and puts its data on the website or a CDN as a folder (buurtkit-server export-static). Ideas are then sent by e-mail.',
  'option.deep-link': 'Initiatives get their own address',
  'option.deep-link.help':
    'Residents can share an opened initiative (#initiatief-12). Turn this off if your page already uses # itself.',
  'option.idea-href': 'Page to submit an idea',
  'option.idea-href.help': 'For example /submit-an-idea. Empty: the form on the same page.',
  'option.clustering': 'Grouping of points',
  'option.clustering.help': 'Leave this on "Default" unless your municipality has more than 250,000 initiatives.',
  'option.tracking-url': 'Page where residents follow their idea',
  'option.tracking-url.help':
    'With {reference} where the reference goes, for example /follow-your-idea?ref={reference}.',
  'option.map-center': 'Where the map starts',
  'option.map-center.help':
    'Where residents point out the place of their idea. Search for your municipality or a place.',
  'option.map-zoom': 'How far zoomed in',
  'option.map-zoom.help': 'From 6 (all of the Netherlands) to 19 (a street). 12 is a town.',
  'option.map-tiles': 'Address of the map layer',
  'option.map-tiles.help': 'Empty: the grey base map of PDOK.',
  'option.map-attribution': 'Who made the map',
  'option.map-attribution.help': 'Only needed with a map layer of your own.',
  'option.response-days': 'Within how many working days you respond',
  'option.response-days.help': 'The form promises this to residents. Use what your participation bylaw says.',
  'option.retention-months': 'How long you keep contact details (months)',
  'option.retention-months.help': 'As your privacy statement says.',
  'option.initiative': 'Which initiative',
  'option.initiative.help': 'The initiative your page is about.',
  'option.reference': "An idea's reference",
  'option.reference.help': 'Usually empty: residents enter their reference themselves.',
  'option.model': 'Explain a way of working',
  'option.model.help': 'Without an initiative: shows the phases of this way of working and what the municipality does.',
  'option.layout': 'Layout',
  'option.layout.help': 'Default adapts to the space there is.',
  'option.fallback': 'Link for when the part does not load',
  'option.fallback.help':
    'Where residents can go when scripts do not work, for example a page with a list. Empty: no link.',
  'option.fallback-text': 'Text of that link',

  'choice.default': 'Default',
  'choice.page-language': 'Language of the page',
  'choice.none': 'None',
  'choice.lang.nl': 'Dutch',
  'choice.lang.en': 'English',
  'choice.lang.fy': 'Frisian',
  'choice.layout.auto': 'Adapts',
  'choice.layout.vertical': 'Stacked',
  'choice.layout.horizontal': 'Side by side',
  'choice.layout.compact': 'Compact',
  'choice.clustering.auto': 'Default',
  'choice.clustering.server': 'Always by the server',
  'choice.on': 'On',

  'place.label': 'Search for a municipality',
  'place.search': 'Search',
  'place.found': (n: number) => (n === 1 ? '1 place found.' : `${n} places found.`),
  'place.none': 'No place found. Try another name.',
  'place.down': 'Searching does not work right now. Enter the centre of the map yourself as latitude,longitude.',
  'place.pick': (name: string) => `Choose ${name}`,
  'place.chosen': (name: string) => `The map starts at ${name}.`,
  'place.clear': 'Clear',

  'style.default': "Default (Buurtkit's colours)",
  'style.preset': (name: string) => `House style ${name}`,
  'style.custom': 'Colours of your own',
  'style.primary': 'Main colour (buttons, links)',
  'style.text': 'Text colour',
  'style.font': 'Font',
  'style.font.help': "As in your CSS, for example: 'Rijksoverheid Sans', Arial, sans-serif",
  'style.contrast': (ratio: string, what: string) =>
    `${what} has too little contrast with white: ${ratio}:1. It needs 4.5:1 (WCAG 1.4.3). Choose a darker colour.`,

  'code.snippet': 'Code for your page',
  'code.snippet.help':
    'Put this code in an HTML block of your CMS. The script is pinned to this version: the browser refuses it if a ' +
    'single character differs.',
  'code.css': 'CSS for your house style',
  'code.css.help': "Put this in your website's style sheet (not in the page itself: strict security blocks that).",
  'code.csp': 'Security rules (Content-Security-Policy)',
  'code.csp.help': 'If your website has a Content-Security-Policy, it must contain this, or the part will not work.',
  'code.ask': (widget: string) =>
    'Cannot change the security rules yourself? Send this to your CMS supplier: "Please set this ' +
    'Content-Security-Policy for the page with Buurtkit, or add these sources to the existing one. And does the HTML ' +
    `block keep <script type="module"> and unknown elements such as <${widget}>?"`,
  'code.iframe': 'Iframe (if your CMS removes scripts)',
  'code.iframe.help':
    'Does your CMS remove scripts or unknown elements? Then use this iframe. Your website must be on the list of ' +
    'allowed websites of the Buurtkit server.',
  'code.iframe.csp': 'Security rules for the iframe',
  copy: (what: string) => `Copy ${what.toLowerCase()}`,
  copied: (what: string) => `${what} is on the clipboard.`,
  'copy.failed': 'Copying did not work. Select the text and copy it yourself (Ctrl+C).',

  'error.address': 'Enter an address that starts with https://.',
  'error.link': 'Enter an address that starts with https:// or with /.',
  'error.number': (min: number, max: number) => `Enter a number from ${min} to ${max}.`,
  'error.center': 'Enter latitude and longitude with a comma between them, for example 52.37,5.22.',
  'error.code': 'A CBS code is GM with four digits, for example GM0034.',
  'error.text': 'Do not use < or > in this text.',
  'error.font': 'Use only letters, digits, spaces, commas, hyphens and quotes.',
  'error.summary': 'Not everything is right yet. The code below leaves out what is not.',
  'error.sri': 'The version of Buurtkit could not be fetched. Reload the page.',
  'error.api': 'The Buurtkit API does not answer at this address. You cannot choose themes, phases or initiatives now.',
};

export default en;
