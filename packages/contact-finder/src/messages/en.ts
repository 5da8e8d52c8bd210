import type { FinderMessages } from './nl.js';

const en: FinderMessages = {
  title: 'Who is my contact person?',
  intro: 'Enter your postcode and house number to see who at the municipality can help you with your initiative.',
  search: 'Find my contact person',
  'use-location': 'Use my location',
  'pick-area': 'Choose your district or neighbourhood',
  outside: (place) => `This address is in ${place}, not in our municipality.`,
  'outside.hint': 'Look on the website of your own municipality for who can help you there.',
  'geocoder-down': 'Looking up addresses does not work right now. Choose your district or neighbourhood below.',
  'location-denied': 'We cannot use your location. Enter your address or choose your district or neighbourhood.',
  'choose-address': 'Which address do you mean?',
  'choose-address.go': 'This is my address',
  'area.filter': 'Search your district or neighbourhood',
  'area.count': (n) => (n === 1 ? '1 area' : `${n} areas`),
  'area.none': 'No district or neighbourhood found with this name.',
  'level.buurt': 'neighbourhood',
  'level.wijk': 'district',
  'level.gemeente': 'municipality',
  'found.for': (area) => `Your contact person for ${area}`,
  'found.status': (name, area) => `Contact person found: ${name}, for ${area}.`,
  'found.desk': 'There is no fixed contact person for your neighbourhood. The initiatives desk will help you.',
  others: 'Also for you',
  email: 'E-mail',
  phone: 'Phone',
  hours: 'Office hours',
  'hours.slot': (day, from, to) => `${day} ${from}–${to}`,
  languages: 'Speaks',
  'save-contact': 'Save contact details',
  'search-again': 'Search again',
  'role.wijkregisseur.text':
    'Knows the district and the people working there. Puts you in touch with who can help you further.',
  'role.ideeenmakelaar.text':
    'Helps your idea along: thinks with you and finds the right people inside and outside the municipality.',
  'role.groenegolfambtenaar.text':
    'Helps with green initiatives, such as façade gardens, vegetable gardens and greenery in the street.',
  'role.buurtcoach.text': 'Works in the neighbourhood itself and helps residents who want to do something together.',
  'role.dorpscontactambtenaar.text': "The municipality's fixed point of contact for your village.",
  'role.meitinker.text': 'Thinks along with villagers who want to start something.',
  'role.initiatievenloket.text': "The municipality's central desk for all initiatives.",
};
export default en;
