/** Dutch (B1): the default, and the shape the other languages must fill. */
const nl = {
  title: 'Initiatieven in de buurt',
  'map.label':
    'Kaart met initiatieven. Verschuif met de pijltjestoetsen, zoom met plus en min. Alle initiatieven staan ook in de lijst.',
  'filters.label': 'Initiatieven zoeken en filteren',
  'filter.search': 'Zoek op woord',
  'filter.theme': 'Thema',
  'filter.theme.all': 'Alle thema’s',
  'filter.phase': 'Fase',
  'filter.phase.all': 'Alle fases',
  'filter.fixed': (what: string, value: string) => `${what}: ${value}`,
  sort: 'Volgorde van de lijst',
  'sort.newest': 'Nieuwste eerst',
  'sort.backers': 'Meeste steun eerst',
  'list.backers': (n: number) => (n === 1 ? '1 steunt' : `${n} steunen`),
  'filter.reset': 'Filters wissen',
  count: (n: number, shown: string) =>
    n === 0
      ? 'Geen initiatieven in dit deel van de kaart'
      : n === 1
        ? '1 initiatief in dit deel van de kaart'
        : `${shown} initiatieven in dit deel van de kaart`,
  'view.label': 'Toon als',
  'view.map': 'Kaart',
  'view.list': 'Lijst',
  'list.label': 'Initiatieven op de kaart',
  'list.more': 'Meer initiatieven tonen',
  'list.loading': 'Initiatieven laden…',
  'empty.heading': 'Geen initiatieven gevonden',
  'empty.text': 'Er zijn hier geen initiatieven die passen bij je zoekopdracht. Wis de filters of zoom uit.',
  'cluster.label': (shown: string) => `${shown} initiatieven bij elkaar, inzoomen`,
  'zoom.in': 'Inzoomen',
  'zoom.out': 'Uitzoomen',
  'hint.wheel': 'Zoomen: houd Ctrl ingedrukt en scroll, of klik eerst op de kaart.',
  'hint.touch': 'Gebruik twee vingers om de kaart te verschuiven.',
  'near-me': 'Toon initiatieven bij mij in de buurt',
  'near-me.denied': 'We mogen je locatie niet gebruiken. Zoek op postcode of verschuif de kaart.',
  'near-me.unavailable': 'We konden je locatie niet bepalen. Zoek op postcode of verschuif de kaart.',
  'postcode.label': 'Ga naar postcode',
  'postcode.submit': 'Ga naar postcode',
  'postcode.invalid': 'Vul een postcode in zoals 1234 AB.',
  'postcode.unknown': (postcode: string) => `We vinden postcode ${postcode} niet. Kijk of je hem goed hebt getypt.`,
  'postcode.unavailable': 'Zoeken op postcode lukt nu niet. Verschuif de kaart of probeer het later opnieuw.',
  'postcode.found': (place: string) => `De kaart toont nu ${place}.`,
  areas: 'Wijkgrenzen tonen',
  cta: 'Begin zelf een initiatief',
  'detail.close': 'Terug naar de lijst',
  'detail.theme': 'Thema',
  'detail.support': 'Wat het initiatief van de gemeente vraagt',
  'detail.supporters': (n: number, shown: string) =>
    n === 1 ? '1 persoon steunt dit initiatief' : `${shown} mensen steunen dit initiatief`,
  'detail.contact': 'Contact bij de gemeente',
  'detail.links': 'Meer over dit initiatief',
  'detail.link': 'Link naar dit initiatief',
  'detail.municipality': 'Gemeente',
  'region.down': (name: string) =>
    `${name} is nu niet bereikbaar. De kaart en de lijst tonen de initiatieven van de andere gemeenten.`,
  'region.retry': 'Opnieuw proberen',
};

export type MapMessages = { [K in keyof typeof nl]: (typeof nl)[K] };
export default nl as MapMessages;
