import type { ConfiguratorMessages } from './nl.js';

const fy: ConfiguratorMessages = {
  title: 'Buurtkit op dyn webside',
  intro:
    'Kies in ûnderdiel, stel it yn en kopiearje de koade nei dyn CMS. It foarbyld lit daliks sjen wat ynwenners ' +
    'aanst op dyn side sjogge.',
  'step.widget': '1. Kies in ûnderdiel',
  'step.options': '2. Stel it yn',
  'step.style': '3. Kies de hûsstyl',
  'step.preview': 'Foarbyld',
  'step.code': '4. Kopiearje de koade',

  'widget.buurt-initiative-map': 'Kaart mei inisjativen',
  'widget.buurt-initiative-map.help':
    'Ynwenners sjogge op in kaart en yn in list hokker inisjativen der yn harren buert binne.',
  'widget.buurt-idea-form': 'In idee yntsjinje',
  'widget.buurt-idea-form.help':
    'Ynwenners tsjinje yn in pear koarte stappen in idee yn. Wat se type, giet nea ferlern.',
  'widget.buurt-phase-tracker': 'Wêr stiet it inisjatyf?',
  'widget.buurt-phase-tracker.help': 'Lit sjen yn hokker faze in inisjatyf is en wat de gemeente yn elke faze docht.',
  'widget.buurt-contact-finder': 'Wa is myn kontaktpersoan?',
  'widget.buurt-contact-finder.help': 'Ynwenners folje harren postkoade yn en sjogge wa by de gemeente harren helpt.',

  'option.api': 'Adres fan de Buurtkit-API',
  'option.api.help': 'Dit adres krijst fan wa’t Buurtkit foar dyn gemeente beheart. It begjint mei https://.',
  'option.lang': 'Taal',
  'option.lang.help': 'Lit dit op "Taal fan de side" stean: dan folget it ûnderdiel de taal fan dyn side.',
  'option.heading-level': 'Nivo fan de kop',
  'option.heading-level.help':
    'Kies it nivo dat past yn de koppen fan dyn side. Stiet it ûnderdiel ûnder in h2, kies dan 3.',
  'option.center': 'Wêr’t de kaart begjint',
  'option.center.help': 'Sykje dyn gemeente of in plak. Leech: de kaart lit alle inisjativen sjen.',
  'option.zoom': 'Hoe fier ynzoome',
  'option.zoom.help': 'Fan 6 (hiel Nederlân) oant 19 (in strjitte). 12 is in stêd.',
  'option.theme': 'Allinnich dit tema',
  'option.theme.help': 'Kies in tema as dyn side oer ien tema giet. Ynwenners kinne dan net fan tema wikselje.',
  'option.phase': 'Allinnich dizze faze',
  'option.phase.help': 'Bygelyks allinnich inisjativen dy’t no útfierd wurde.',
  'option.tiles': 'Adres fan de kaartlaach',
  'option.tiles.help': 'Leech: de grize eftergrûnkaart fan PDOK. In eigen kaartlaach hat {z}, {x} en {y} yn it adres.',
  'option.attribution': 'Wa’t de kaart makke',
  'option.attribution.help': 'Allinnich nedich mei in eigen kaartlaach. Stiet lyts ûnderoan op de kaart.',
  'option.geocoder': 'Adres fan de adressiker',
  'option.geocoder.help': 'Leech: de Locatieserver fan PDOK. Allinnich ynfolje as dyn gemeente in eigen server hat.',
  'option.municipality': 'CBS-koade fan dyn gemeente',
  'option.municipality.help':
    'Bygelyks GM0034 foar Almere. Dan lit it ûnderdiel de wiken en buerten fan dyn gemeente sjen.',
  'option.static': 'Dit adres is in map mei bestannen, gjin server',
  'option.static.help':
    'Kies dit as dyn gemeente gjin Buurtkit-server hat en de gegevens as map op de webside of in CDN set (buurtkit-server export-static). Ideeën geane dan per e-mail.',
  'option.deep-link': 'Inisjativen krije in eigen adres',
  'option.deep-link.help':
    'Ynwenners kinne in iepene inisjatyf diele (#initiatief-12). Set dit út as dyn side sels al # brûkt.',
  'option.idea-href': 'Side om in idee yn te tsjinjen',
  'option.idea-href.help': 'Bygelyks /idee-yntsjinje. Leech: it formulier op deselde side.',
  'option.clustering': 'Groepearjen fan punten',
  'option.clustering.help': 'Lit dit op "Standert" stean, útsein dyn gemeente mear as 250.000 inisjativen hat.',
  'option.tracking-url': 'Side wêr’t ynwenners harren idee folgje',
  'option.tracking-url.help': 'Mei {reference} op it plak fan it kenmerk, bygelyks /folgje-dyn-idee?ref={reference}.',
  'option.map-center': 'Wêr’t de kaart begjint',
  'option.map-center.help': 'Wêr’t ynwenners it plak fan harren idee oanwize. Sykje dyn gemeente of in plak.',
  'option.map-zoom': 'Hoe fier ynzoome',
  'option.map-zoom.help': 'Fan 6 (hiel Nederlân) oant 19 (in strjitte). 12 is in stêd.',
  'option.map-tiles': 'Adres fan de kaartlaach',
  'option.map-tiles.help': 'Leech: de grize eftergrûnkaart fan PDOK.',
  'option.map-attribution': 'Wa’t de kaart makke',
  'option.map-attribution.help': 'Allinnich nedich mei in eigen kaartlaach.',
  'option.response-days': 'Binnen hoefolle wurkdagen asto reagearrest',
  'option.response-days.help':
    'Dit belooft it formulier oan ynwenners. Brûk wat yn jim partisipaasjeferoardening stiet.',
  'option.retention-months': 'Hoe lang asto kontaktgegevens bewarrest (moannen)',
  'option.retention-months.help': 'Sa’t it yn jim privacyferklearring stiet.',
  'option.initiative': 'Hokker inisjatyf',
  'option.initiative.help': 'It inisjatyf dêr’t dyn side oer giet.',
  'option.reference': 'Kenmerk fan in idee',
  'option.reference.help': 'Meastal leech: ynwenners folje harren kenmerk sels yn.',
  'option.model': 'Utlis fan in wurkwize',
  'option.model.help':
    'Sûnder inisjatyf: lit de fazen fan dizze wurkwize sjen, mei wat de gemeente yn elke faze docht.',
  'option.layout': 'Werjefte',
  'option.layout.help': 'Standert past him oan de romte oan.',
  'option.fallback': 'Keppeling as it ûnderdiel net laadt',
  'option.fallback.help':
    'Wêr’t ynwenners hinne kinne as skripts net wurkje, bygelyks in side mei in list. Leech: gjin keppeling.',
  'option.fallback-text': 'Tekst fan dy keppeling',

  'choice.default': 'Standert',
  'choice.page-language': 'Taal fan de side',
  'choice.none': 'Gjin',
  'choice.lang.nl': 'Nederlânsk',
  'choice.lang.en': 'Ingelsk',
  'choice.lang.fy': 'Frysk',
  'choice.layout.auto': 'Past him oan',
  'choice.layout.vertical': 'Under inoar',
  'choice.layout.horizontal': 'Njonken inoar',
  'choice.layout.compact': 'Kompakt',
  'choice.clustering.auto': 'Standert',
  'choice.clustering.server': 'Altyd troch de server',
  'choice.on': 'Oan',

  'place.label': 'Sykje in gemeente',
  'place.search': 'Sykje',
  'place.found': (n: number) => (n === 1 ? '1 plak fûn.' : `${n} plakken fûn.`),
  'place.none': 'Gjin plak fûn. Besykje in oare namme.',
  'place.down': 'Sykjen slagget no net. Folje it midden fan de kaart sels yn as breedte,lingte.',
  'place.pick': (name: string) => `Kies ${name}`,
  'place.chosen': (name: string) => `De kaart begjint by ${name}.`,
  'place.clear': 'Wiskje',

  'style.default': 'Standert (de kleuren fan Buurtkit)',
  'style.preset': (name: string) => `Hûsstyl ${name}`,
  'style.custom': 'Eigen kleuren',
  'style.primary': 'Haadkleur (knoppen, keppelings)',
  'style.text': 'Tekstkleur',
  'style.font': 'Lettertype',
  'style.font.help': "Sa’t yn dyn CSS, bygelyks: 'Rijksoverheid Sans', Arial, sans-serif",
  'style.contrast': (ratio: string, what: string) =>
    `${what} hat te min kontrast mei wyt: ${ratio}:1. Nedich is 4,5:1 (WCAG 1.4.3). Kies in tsjusterdere kleur.`,

  'code.snippet': 'Koade foar dyn side',
  'code.snippet.help':
    'Set dizze koade yn in HTML-blok fan dyn CMS. It skript is fêstset op dizze ferzje: de browser wegeret it as der ' +
    'ek mar ien teken oars is.',
  'code.css': 'CSS foar dyn hûsstyl',
  'code.css.help': 'Set dit yn it stylblêd fan dyn webside (net yn de side sels: strange befeiliging blokkearret dat).',
  'code.csp': 'Befeiligingsregels (Content-Security-Policy)',
  'code.csp.help':
    'Hat dyn webside in Content-Security-Policy, dan moat dizze regel deryn stean, oars wurket it ûnderdiel net.',
  'code.ask': (widget: string) =>
    'Kinsto de befeiligingsregels net sels oanpasse? Stjoer dizze tekst oan dyn CMS-leveransier: "Wolsto foar de ' +
    'side mei Buurtkit dizze Content-Security-Policy ynstelle, of dizze boarnen tafoegje oan de besteande? En hâldt ' +
    `it HTML-blok <script type="module"> en ûnbekende eleminten lykas <${widget}> oer?"`,
  'code.iframe': 'Iframe (as dyn CMS skripts weihellet)',
  'code.iframe.help':
    'Hellet dyn CMS skripts of ûnbekende eleminten wei? Brûk dan dit iframe. Dyn webside moat wol yn de list fan ' +
    'tastiene websides fan de Buurtkit-server stean.',
  'code.iframe.csp': 'Befeiligingsregels foar it iframe',
  copy: (what: string) => `Kopiearje ${what.toLowerCase()}`,
  copied: (what: string) => `${what} stiet op it klamboerd.`,
  'copy.failed': 'Kopiearjen slagge net. Selektearje de tekst en kopiearje him sels (Ctrl+C).',

  'error.address': 'Folje in adres yn dat begjint mei https://.',
  'error.link': 'Folje in adres yn dat begjint mei https:// of mei /.',
  'error.number': (min: number, max: number) => `Folje in getal yn fan ${min} oant en mei ${max}.`,
  'error.center': 'Folje breedte en lingte yn mei in komma dertusken, bygelyks 52.37,5.22.',
  'error.code': 'In CBS-koade is GM mei fjouwer sifers, bygelyks GM0034.',
  'error.text': 'Brûk gjin < of > yn dizze tekst.',
  'error.font': 'Brûk allinnich letters, sifers, spaasjes, komma’s, streepkes en oanhellingstekens.',
  'error.summary': 'Noch net alles klopt. De koade hjirûnder lit wei wat noch net klopt.',
  'error.sri': 'De ferzje fan Buurtkit koe net ophelle wurde. Laad de side opnij.',
  'error.api': 'De Buurtkit-API antwurdet net op dit adres. Tema’s, fazen en inisjativen kinsto no net kieze.',
};

export default fy;
