/** Dutch (B1, for web editors): the default, and the shape the other languages must fill. */
const nl = {
  title: 'Buurtkit op je website',
  intro:
    'Kies een onderdeel, stel het in en kopieer de code naar je CMS. Het voorbeeld laat meteen zien wat inwoners ' +
    'straks op je pagina zien.',
  'step.widget': '1. Kies een onderdeel',
  'step.options': '2. Stel het in',
  'step.style': '3. Kies de huisstijl',
  'step.preview': 'Voorbeeld',
  'step.code': '4. Kopieer de code',

  'widget.buurt-initiative-map': 'Kaart met initiatieven',
  'widget.buurt-initiative-map.help':
    'Inwoners zien op een kaart en in een lijst welke initiatieven er in hun buurt zijn.',
  'widget.buurt-idea-form': 'Idee indienen',
  'widget.buurt-idea-form.help':
    'Inwoners dienen in een paar korte stappen een idee in. Wat ze typen gaat nooit verloren.',
  'widget.buurt-phase-tracker': 'Waar staat het initiatief?',
  'widget.buurt-phase-tracker.help': 'Laat zien in welke fase een initiatief is en wat de gemeente in elke fase doet.',
  'widget.buurt-contact-finder': 'Wie is mijn contactpersoon?',
  'widget.buurt-contact-finder.help': 'Inwoners vullen hun postcode in en zien wie bij de gemeente hen helpt.',

  'option.api': 'Adres van de Buurtkit-API',
  'option.api.help': 'Dit adres krijg je van wie Buurtkit voor je gemeente beheert. Het begint met https://.',
  'option.lang': 'Taal',
  'option.lang.help': 'Laat dit op "Taal van de pagina" staan: dan volgt het onderdeel de taal van je pagina.',
  'option.heading-level': 'Niveau van de kop',
  'option.heading-level.help':
    'Kies het niveau dat past in de koppen van je pagina. Staat het onderdeel onder een h2, kies dan 3.',
  'option.center': 'Waar de kaart begint',
  'option.center.help': 'Zoek je gemeente of een plaats. Leeg: de kaart laat alle initiatieven zien.',
  'option.zoom': 'Hoe ver ingezoomd',
  'option.zoom.help': 'Van 6 (heel Nederland) tot 19 (een straat). 12 is een stad.',
  'option.theme': 'Alleen dit thema',
  'option.theme.help': 'Kies een thema als je pagina over één thema gaat. Inwoners kunnen dan niet wisselen van thema.',
  'option.phase': 'Alleen deze fase',
  'option.phase.help': 'Bijvoorbeeld alleen initiatieven die nu worden uitgevoerd.',
  'option.tiles': 'Adres van de kaartlaag',
  'option.tiles.help':
    'Leeg: de grijze achtergrondkaart van PDOK. Een eigen kaartlaag heeft {z}, {x} en {y} in het adres.',
  'option.attribution': 'Wie de kaart maakte',
  'option.attribution.help': 'Alleen nodig met een eigen kaartlaag. Staat klein onder op de kaart.',
  'option.geocoder': 'Adres van de adreszoeker',
  'option.geocoder.help': 'Leeg: de Locatieserver van PDOK. Alleen invullen als je gemeente een eigen server heeft.',
  'option.municipality': 'CBS-code van je gemeente',
  'option.municipality.help':
    'Bijvoorbeeld GM0034 voor Almere. Dan toont het onderdeel de wijken en buurten van je gemeente.',
  'option.static': 'Dit adres is een map met bestanden, geen server',
  'option.static.help':
    'Kies dit als je gemeente geen Buurtkit-server heeft en de gegevens als map op de website of een CDN zet (buurtkit-server export-static). Ideeën gaan dan per e-mail.',
  'option.deep-link': 'Initiatieven krijgen een eigen adres',
  'option.deep-link.help':
    'Inwoners kunnen een geopend initiatief delen (#initiatief-12). Zet dit uit als je pagina zelf al # gebruikt.',
  'option.idea-href': 'Pagina om een idee in te dienen',
  'option.idea-href.help': 'Bijvoorbeeld /idee-indienen. Leeg: het formulier op dezelfde pagina.',
  'option.clustering': 'Groeperen van punten',
  'option.clustering.help': 'Laat dit op "Standaard" staan, tenzij je gemeente meer dan 250.000 initiatieven heeft.',
  'option.tracking-url': 'Pagina waar inwoners hun idee volgen',
  'option.tracking-url.help': 'Met {reference} op de plek van het kenmerk, bijvoorbeeld /volg-je-idee?ref={reference}.',
  'option.map-center': 'Waar de kaart begint',
  'option.map-center.help': 'Waar inwoners de plek van hun idee aanwijzen. Zoek je gemeente of een plaats.',
  'option.map-zoom': 'Hoe ver ingezoomd',
  'option.map-zoom.help': 'Van 6 (heel Nederland) tot 19 (een straat). 12 is een stad.',
  'option.map-tiles': 'Adres van de kaartlaag',
  'option.map-tiles.help': 'Leeg: de grijze achtergrondkaart van PDOK.',
  'option.map-attribution': 'Wie de kaart maakte',
  'option.map-attribution.help': 'Alleen nodig met een eigen kaartlaag.',
  'option.response-days': 'Binnen hoeveel werkdagen je reageert',
  'option.response-days.help':
    'Dit belooft het formulier aan inwoners. Gebruik wat in jullie participatieverordening staat.',
  'option.retention-months': 'Hoe lang je contactgegevens bewaart (maanden)',
  'option.retention-months.help': 'Zoals in jullie privacyverklaring staat.',
  'option.initiative': 'Welk initiatief',
  'option.initiative.help': 'Het initiatief waar je pagina over gaat.',
  'option.reference': 'Kenmerk van een idee',
  'option.reference.help': 'Meestal leeg: inwoners vullen hun kenmerk zelf in.',
  'option.model': 'Uitleg van een werkwijze',
  'option.model.help':
    'Zonder initiatief: laat de fasen van deze werkwijze zien, met wat de gemeente in elke fase doet.',
  'option.layout': 'Weergave',
  'option.layout.help': 'Standaard past zich aan de ruimte aan.',
  'option.fallback': 'Link als het onderdeel niet laadt',
  'option.fallback.help':
    'Waar inwoners heen kunnen als scripts niet werken, bijvoorbeeld een pagina met een lijst. Leeg: geen link.',
  'option.fallback-text': 'Tekst van die link',

  'choice.default': 'Standaard',
  'choice.page-language': 'Taal van de pagina',
  'choice.none': 'Geen',
  'choice.lang.nl': 'Nederlands',
  'choice.lang.en': 'Engels',
  'choice.lang.fy': 'Fries',
  'choice.layout.auto': 'Past zich aan',
  'choice.layout.vertical': 'Onder elkaar',
  'choice.layout.horizontal': 'Naast elkaar',
  'choice.layout.compact': 'Compact',
  'choice.clustering.auto': 'Standaard',
  'choice.clustering.server': 'Altijd door de server',
  'choice.on': 'Aan',

  'place.label': 'Zoek een gemeente',
  'place.search': 'Zoek',
  'place.found': (n: number) => (n === 1 ? '1 plaats gevonden.' : `${n} plaatsen gevonden.`),
  'place.none': 'Geen plaats gevonden. Probeer een andere naam.',
  'place.down': 'Zoeken lukt nu niet. Vul het midden van de kaart zelf in als breedte,lengte.',
  'place.pick': (name: string) => `Kies ${name}`,
  'place.chosen': (name: string) => `De kaart begint bij ${name}.`,
  'place.clear': 'Wis',

  'style.default': 'Standaard (de kleuren van Buurtkit)',
  'style.preset': (name: string) => `Huisstijl ${name}`,
  'style.custom': 'Eigen kleuren',
  'style.primary': 'Hoofdkleur (knoppen, links)',
  'style.text': 'Tekstkleur',
  'style.font': 'Lettertype',
  'style.font.help': "Zoals in je CSS, bijvoorbeeld: 'Rijksoverheid Sans', Arial, sans-serif",
  'style.contrast': (ratio: string, what: string) =>
    `${what} heeft te weinig contrast met wit: ${ratio}:1. Nodig is 4,5:1 (WCAG 1.4.3). Kies een donkerdere kleur.`,

  'code.snippet': 'Code voor je pagina',
  'code.snippet.help':
    'Zet deze code in een HTML-blok van je CMS. Het script is vastgezet op deze versie: de browser weigert het als er ' +
    'ook maar één teken anders is.',
  'code.css': 'CSS voor je huisstijl',
  'code.css.help':
    'Zet dit in het stijlblad van je website (niet in de pagina zelf: strenge beveiliging blokkeert dat).',
  'code.csp': 'Beveiligingsregels (Content-Security-Policy)',
  'code.csp.help':
    'Heeft je website een Content-Security-Policy, dan moet deze regel erin staan, anders werkt het onderdeel niet.',
  'code.ask': (widget: string) =>
    'Kun je de beveiligingsregels niet zelf aanpassen? Stuur deze tekst aan je CMS-leverancier: "Wil je voor de ' +
    'pagina met Buurtkit deze Content-Security-Policy instellen, of deze bronnen toevoegen aan de bestaande? En ' +
    `houdt het HTML-blok <script type="module"> en onbekende elementen zoals <${widget}> over?"`,
  'code.iframe': 'Iframe (als je CMS scripts weghaalt)',
  'code.iframe.help':
    'Haalt je CMS scripts of onbekende elementen weg? Gebruik dan dit iframe. Je website moet wel in de lijst van ' +
    'toegestane websites van de Buurtkit-server staan.',
  'code.iframe.csp': 'Beveiligingsregels voor het iframe',
  copy: (what: string) => `Kopieer ${what.toLowerCase()}`,
  copied: (what: string) => `${what} staat op het klembord.`,
  'copy.failed': 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf (Ctrl+C).',

  'error.address': 'Vul een adres in dat begint met https://.',
  'error.link': 'Vul een adres in dat begint met https:// of met /.',
  'error.number': (min: number, max: number) => `Vul een getal in van ${min} tot en met ${max}.`,
  'error.center': 'Vul breedte en lengte in met een komma ertussen, bijvoorbeeld 52.37,5.22.',
  'error.code': 'Een CBS-code is GM met vier cijfers, bijvoorbeeld GM0034.',
  'error.text': 'Gebruik geen < of > in deze tekst.',
  'error.font': 'Gebruik alleen letters, cijfers, spaties, komma’s, streepjes en aanhalingstekens.',
  'error.summary': 'Nog niet alles klopt. De code hieronder laat weg wat nog niet klopt.',
  'error.sri': 'De versie van Buurtkit kon niet worden opgehaald. Laad de pagina opnieuw.',
  'error.api': 'De Buurtkit-API antwoordt niet op dit adres. Thema’s, fasen en initiatieven kun je nu niet kiezen.',
};

export type ConfiguratorMessages = { [K in keyof typeof nl]: (typeof nl)[K] };
export default nl as ConfiguratorMessages;
