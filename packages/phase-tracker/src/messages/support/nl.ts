/** The back and offer forms (a lazy chunk with its own messages): Dutch, the shape for the others. */
const nl = {
  'back.legend': 'Steun dit initiatief',
  'back.intro': 'Je steun telt mee in de buurt waar je woont. We bewaren je buurt, niet je adres.',
  'back.name': 'Je naam',
  'back.show-name': 'Laat mijn naam zien bij wie dit steunen',
  'back.where': 'Waar woon je? Zonder adres tel je mee bij ‘elders’.',
  'back.submit': 'Steun versturen',
  'back.sent': (email: string) =>
    `Bijna klaar: open de mail die we naar ${email} stuurden en bevestig daar je steun. Pas dan telt hij mee.`,
  'offer.legend': 'Bied je hulp aan',
  'offer.intro':
    'We geven je aanbod door aan de initiatiefnemer of aan je contactpersoon bij de gemeente. ' +
    'Het komt nooit openbaar op de site.',
  'offer.kinds': 'Wat kun je bieden?',
  'offer.kind.time': 'Tijd',
  'offer.kind.skill': 'Kennis of een vaardigheid',
  'offer.kind.materials': 'Materiaal',
  'offer.kind.place': 'Een plek',
  'offer.kind.other': 'Iets anders',
  'offer.kinds.required': 'Kies wat je kunt bieden.',
  'offer.message': 'Wat wil je doen of geven?',
  'offer.message.required': 'Schrijf in een paar woorden wat je aanbiedt.',
  'offer.name': 'Je naam',
  'offer.name.required': 'Vul je naam in.',
  'offer.phone': 'Je telefoonnummer',
  'offer.phone.invalid': 'Vul een telefoonnummer in, zoals 06 12345678.',
  'offer.submit': 'Aanbod versturen',
  'offer.sent': (email: string) =>
    `Bijna klaar: open de mail die we naar ${email} stuurden en bevestig daar je aanbod. Dan geven we het door.`,
  email: 'Je e-mailadres',
  'email.hint': 'Alleen om te bevestigen. Met de link in die mail kun je het ook weer intrekken.',
  'email.required': 'Vul je e-mailadres in.',
  'email.invalid': 'Vul een e-mailadres in, zoals naam@voorbeeld.nl.',
  optional: '(mag leeg blijven)',
  'address.not-found': 'We vinden dit adres niet. Kijk de postcode en het huisnummer na, of laat ze leeg.',
  'address.unavailable': 'We konden je buurt nu niet opzoeken, dus je steun telt mee bij ‘elders’.',
  honeypot: 'Laat dit veld leeg',
};

export type SupportMessages = { [K in keyof typeof nl]: (typeof nl)[K] };
export default nl as SupportMessages;
