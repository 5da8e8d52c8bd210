import type { MapMessages } from './nl.js';

const en: MapMessages = {
  title: 'Initiatives in the neighbourhood',
  'map.label':
    'Map of initiatives. Move it with the arrow keys, zoom with plus and minus. Every initiative is also in the list.',
  'filters.label': 'Search and filter initiatives',
  'filter.search': 'Search by word',
  'filter.theme': 'Theme',
  'filter.theme.all': 'All themes',
  'filter.phase': 'Phase',
  'filter.phase.all': 'All phases',
  'filter.fixed': (what, value) => `${what}: ${value}`,
  sort: 'Order of the list',
  'sort.newest': 'Newest first',
  'sort.backers': 'Most support first',
  'list.backers': (n: number) => (n === 1 ? '1 supporter' : `${n} supporters`),
  'filter.reset': 'Clear filters',
  count: (n, shown) =>
    n === 0
      ? 'No initiatives in this part of the map'
      : n === 1
        ? '1 initiative in this part of the map'
        : `${shown} initiatives in this part of the map`,
  'view.label': 'Show as',
  'view.map': 'Map',
  'view.list': 'List',
  'list.label': 'Initiatives on the map',
  'list.more': 'Show more initiatives',
  'list.loading': 'Loading initiatives…',
  'empty.heading': 'No initiatives found',
  'empty.text': 'There are no initiatives here that match your search. Clear the filters or zoom out.',
  'cluster.label': (shown) => `${shown} initiatives close together, zoom in`,
  'zoom.in': 'Zoom in',
  'zoom.out': 'Zoom out',
  'hint.wheel': 'To zoom, hold Ctrl and scroll, or click the map first.',
  'hint.touch': 'Use two fingers to move the map.',
  'near-me': 'Show initiatives near me',
  'near-me.denied': 'We may not use your location. Search by postcode or move the map.',
  'near-me.unavailable': 'We could not find your location. Search by postcode or move the map.',
  'postcode.label': 'Go to postcode',
  'postcode.submit': 'Go to postcode',
  'postcode.invalid': 'Enter a postcode like 1234 AB.',
  'postcode.unknown': (postcode) => `We cannot find postcode ${postcode}. Check that you typed it correctly.`,
  'postcode.unavailable': 'Searching by postcode does not work right now. Move the map or try again later.',
  'postcode.found': (place) => `The map now shows ${place}.`,
  areas: 'Show district boundaries',
  cta: 'Start your own initiative',
  'detail.close': 'Back to the list',
  'detail.theme': 'Theme',
  'detail.support': 'What the initiative asks of the municipality',
  'detail.supporters': (n, shown) =>
    n === 1 ? '1 person supports this initiative' : `${shown} people support this initiative`,
  'detail.contact': 'Contact at the municipality',
  'detail.links': 'More about this initiative',
  'detail.link': 'Link to this initiative',
  'detail.municipality': 'Municipality',
  'region.down': (name: string) =>
    `${name} cannot be reached right now. The map and the list show the initiatives of the other municipalities.`,
  'region.retry': 'Try again',
};

export default en;
