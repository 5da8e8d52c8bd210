/** Dutch (B1): the default, and the shape the other languages must fill. */
const nl = {
  title: 'Wie is mijn contactpersoon?',
  intro: 'Vul je postcode en huisnummer in. Dan zie je wie je bij de gemeente kan helpen met je initiatief.',
  search: 'Zoek mijn contactpersoon',
  'use-location': 'Gebruik mijn locatie',
  'pick-area': 'Kies je wijk of buurt',
  outside: (place: string) => `Dit adres ligt in ${place}, niet in onze gemeente.`,
  'outside.hint': 'Kijk op de website van je eigen gemeente wie je daar kan helpen.',
  'geocoder-down': 'Adressen opzoeken lukt nu even niet. Kies hieronder je wijk of buurt.',
  'location-denied': 'We kunnen je locatie niet gebruiken. Vul je adres in of kies je wijk of buurt.',
  'choose-address': 'Welk adres bedoel je?',
  'choose-address.go': 'Dit is mijn adres',
  'area.filter': 'Zoek je wijk of buurt',
  'area.count': (n: number) => (n === 1 ? '1 gebied' : `${n} gebieden`),
  'area.none': 'Geen wijk of buurt gevonden met deze naam.',
  'level.buurt': 'buurt',
  'level.wijk': 'wijk',
  'level.gemeente': 'gemeente',
  'found.for': (area: string) => `Je contactpersoon voor ${area}`,
  'found.status': (name: string, area: string) => `Contactpersoon gevonden: ${name}, voor ${area}.`,
  'found.desk': 'Voor jouw buurt is er geen vaste contactpersoon. Het initiatievenloket helpt je verder.',
  others: 'Ook voor jou',
  email: 'E-mail',
  phone: 'Telefoon',
  hours: 'Spreekuur',
  'hours.slot': (day: string, from: string, to: string) => `${day} ${from}–${to}`,
  languages: 'Spreekt',
  'save-contact': 'Bewaar contactgegevens',
  'search-again': 'Zoek opnieuw',
  'role.wijkregisseur.text':
    'Kent de wijk en de mensen die er werken. Brengt je in contact met wie je verder kan helpen.',
  'role.ideeenmakelaar.text': 'Helpt je idee op weg: denkt mee, zoekt de juiste mensen bij de gemeente en daarbuiten.',
  'role.groenegolfambtenaar.text':
    'Helpt bij groene initiatieven, zoals geveltuinen, moestuinen en groen in de straat.',
  'role.buurtcoach.text': 'Werkt in de buurt zelf en helpt bewoners die samen iets willen doen.',
  'role.dorpscontactambtenaar.text': 'Het vaste aanspreekpunt van de gemeente voor je dorp.',
  'role.meitinker.text': 'Denkt mee met inwoners van het dorp die iets willen beginnen.',
  'role.initiatievenloket.text': 'Het centrale loket van de gemeente voor alle initiatieven.',
};

export type FinderMessages = { [K in keyof typeof nl]: (typeof nl)[K] };
export default nl as FinderMessages;
