/** Dutch: the default language, and the shape every other catalogue must fill. */
const nl = {
  loading: 'Bezig met laden…',
  retry: 'Opnieuw proberen',
  close: 'Sluiten',
  'error.network': 'We kunnen de gegevens nu niet ophalen. Controleer je internetverbinding en probeer het opnieuw.',
  'error.timeout': 'Het duurt te lang voordat we antwoord krijgen. Probeer het opnieuw.',
  'error.server': 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  'error.malformed': 'We kregen een antwoord dat we niet begrijpen. Probeer het later opnieuw.',
  'error.static': 'Dat kan niet op deze website. Neem hiervoor contact op met de gemeente.',
  'error.not-found': 'We konden niet vinden wat je zocht.',
  'error.rate-limited': 'Je hebt het te vaak geprobeerd. Wacht even en probeer het opnieuw.',
  'error.no-api': 'Deze pagina is nog niet goed ingesteld: het adres van de gegevens ontbreekt.',
  'error.heading': 'Dat lukte niet',
  'summary.heading': (count: number) => (count === 1 ? 'Er is 1 fout gevonden' : `Er zijn ${count} fouten gevonden`),
  'summary.intro': 'Verbeter het volgende:',
  // A long date, "3 maart 2026", from the catalogue: see LocalizeController.date.
  'date.long': (day: number, month: number, year: number) =>
    `${day} ${['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][month]} ${year}`,
  // Thousands in whole numbers, "12.345": see LocalizeController.number.
  'number.group': '.',
  'field.optional': '(niet verplicht)',
  'field.error-prefix': 'Fout:',
  'empty.heading': 'Niets gevonden',
  // Shared words of the domain: what residents can ask for, and who they deal with.
  'support.advies': 'Advies en meedenken',
  'support.netwerk': 'Contact met de juiste mensen',
  'support.procesbegeleiding': 'Hulp bij de aanpak',
  'support.materiaal': 'Materiaal of gereedschap',
  'support.ruimte': 'Een plek of ruimte',
  'support.vergunning': 'Hulp bij een vergunning',
  'support.financiering': 'Geld',
  'contact-role.wijkregisseur': 'wijkregisseur',
  'contact-role.ideeenmakelaar': 'ideeënmakelaar',
  'contact-role.groenegolfambtenaar': 'groenegolfambtenaar',
  'contact-role.buurtcoach': 'buurtcoach',
  'contact-role.dorpscontactambtenaar': 'dorpscontactambtenaar',
  'contact-role.meitinker': 'meitinker',
  'contact-role.initiatievenloket': 'initiatievenloket',
  'municipal-role.loslaten': 'loslaten',
  'municipal-role.faciliteren': 'faciliteren',
  'municipal-role.stimuleren': 'stimuleren',
  'municipal-role.regisseren': 'regisseren',
  'municipal-role.reguleren': 'reguleren',
};

export type CoreMessages = { [K in keyof typeof nl]: (typeof nl)[K] };
export default nl as CoreMessages;
