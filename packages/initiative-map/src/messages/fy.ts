import type { MapMessages } from './nl.js';

const fy: MapMessages = {
  title: 'Inisjativen yn de buert',
  'map.label':
    'Kaart mei inisjativen. Ferskow mei de pylktoetsen, zoom mei plus en min. Alle inisjativen steane ek yn de list.',
  'filters.label': 'Inisjativen sykje en filterje',
  'filter.search': 'Sykje op wurd',
  'filter.theme': 'Tema',
  'filter.theme.all': 'Alle tema’s',
  'filter.phase': 'Faze',
  'filter.phase.all': 'Alle fazen',
  'filter.fixed': (what, value) => `${what}: ${value}`,
  sort: 'Folchoarder fan de list',
  'sort.newest': 'Nijste earst',
  'sort.backers': 'Meast stipe earst',
  'list.backers': (n: number) => (n === 1 ? '1 stipet' : `${n} stypje`),
  'filter.reset': 'Filters wiskje',
  count: (n, shown) =>
    n === 0
      ? 'Gjin inisjativen yn dit diel fan de kaart'
      : n === 1
        ? '1 inisjatyf yn dit diel fan de kaart'
        : `${shown} inisjativen yn dit diel fan de kaart`,
  'view.label': 'Sjen litte as',
  'view.map': 'Kaart',
  'view.list': 'List',
  'list.label': 'Inisjativen op de kaart',
  'list.more': 'Mear inisjativen sjen litte',
  'list.loading': 'Inisjativen lade…',
  'empty.heading': 'Gjin inisjativen fûn',
  'empty.text': 'Hjir binne gjin inisjativen dy’t passe by dyn syktocht. Wiskje de filters of zoom út.',
  'cluster.label': (shown) => `${shown} inisjativen by inoar, ynzoome`,
  'zoom.in': 'Ynzoome',
  'zoom.out': 'Útzoome',
  'hint.wheel': 'Zoome: hâld Ctrl yndrukt en scroll, of klik earst op de kaart.',
  'hint.touch': 'Brûk twa fingers om de kaart te ferskowen.',
  'near-me': 'Lit inisjativen by my yn de buert sjen',
  'near-me.denied': 'Wy meie dyn lokaasje net brûke. Sykje op postkoade of ferskow de kaart.',
  'near-me.unavailable': 'Wy koene dyn lokaasje net bepale. Sykje op postkoade of ferskow de kaart.',
  'postcode.label': 'Gean nei postkoade',
  'postcode.submit': 'Gean nei postkoade',
  'postcode.invalid': 'Fol in postkoade yn lykas 1234 AB.',
  'postcode.unknown': (postcode) => `Wy fine postkoade ${postcode} net. Sjoch oft er goed typt is.`,
  'postcode.unavailable': 'Sykje op postkoade slagget no net. Ferskow de kaart of besykje it letter nochris.',
  'postcode.found': (place) => `De kaart lit no ${place} sjen.`,
  areas: 'Wykgrinzen sjen litte',
  cta: 'Begjin sels in inisjatyf',
  'detail.close': 'Werom nei de list',
  'detail.theme': 'Tema',
  'detail.support': 'Wat it inisjatyf fan de gemeente freget',
  'detail.supporters': (n, shown) =>
    n === 1 ? '1 persoan stipet dit inisjatyf' : `${shown} minsken stypje dit inisjatyf`,
  'detail.contact': 'Kontakt by de gemeente',
  'detail.links': 'Mear oer dit inisjatyf',
  'detail.link': 'Keppeling nei dit inisjatyf',
  'detail.municipality': 'Gemeente',
  'region.down': (name: string) =>
    `${name} is no net te berikken. De kaart en de list litte de inisjativen fan de oare gemeenten sjen.`,
  'region.retry': 'Opnij besykje',
};

export default fy;
