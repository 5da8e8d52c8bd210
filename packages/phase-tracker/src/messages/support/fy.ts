import type { SupportMessages } from './nl.js';

const fy: SupportMessages = {
  'back.legend': 'Stypje dit inisjatyf',
  'back.intro': "Dyn stipe telt mei yn de buert dêr'tsto wennest. Wy bewarje dyn buert, net dyn adres.",
  'back.name': 'Dyn namme',
  'back.show-name': 'Lit myn namme sjen by wa dit stypje',
  'back.where': 'Wêr wenjesto? Sûnder adres telsto mei by ‘earne oars’.',
  'back.submit': 'Stipe ferstjoere',
  'back.sent': (email: string) =>
    `Hast klear: iepenje de mail dy't wy nei ${email} stjoerd hawwe en befêstigje dêr dyn stipe. Pas dan telt er mei.`,
  'offer.legend': 'Bied dyn help oan',
  'offer.intro':
    'Wy jouwe dyn oanbod troch oan de inisjatyfnimmer of oan dyn kontaktpersoan by de gemeente. ' +
    'It komt nea iepenbier op de side.',
  'offer.kinds': 'Wat kinsto biede?',
  'offer.kind.time': 'Tiid',
  'offer.kind.skill': 'Kennis of in feardigens',
  'offer.kind.materials': 'Materiaal',
  'offer.kind.place': 'In plak',
  'offer.kind.other': 'Wat oars',
  'offer.kinds.required': 'Kies watsto biede kinst.',
  'offer.message': 'Wat wolsto dwaan of jaan?',
  'offer.message.required': 'Skriuw yn in pear wurden watsto oanbiedst.',
  'offer.name': 'Dyn namme',
  'offer.name.required': 'Folje dyn namme yn.',
  'offer.phone': 'Dyn telefoannûmer',
  'offer.phone.invalid': 'Folje in telefoannûmer yn, lykas 06 12345678.',
  'offer.submit': 'Oanbod ferstjoere',
  'offer.sent': (email: string) =>
    `Hast klear: iepenje de mail dy't wy nei ${email} stjoerd hawwe en befêstigje dêr dyn oanbod. ` +
    'Dan jouwe wy it troch.',
  email: 'Dyn e-mailadres',
  'email.hint': 'Allinnich om te befêstigjen. Mei de keppeling yn dy mail kinsto it ek wer ynlûke.',
  'email.required': 'Folje dyn e-mailadres yn.',
  'email.invalid': 'Folje in e-mailadres yn, lykas namme@foarbyld.nl.',
  optional: '(mei leech bliuwe)',
  'address.not-found': 'Wy fine dit adres net. Sjoch de postkoade en it húsnûmer nei, of lit se leech.',
  'address.unavailable': 'Wy koene dyn buert no net opsykje, dus dyn stipe telt mei by ‘earne oars’.',
  honeypot: 'Lit dit fjild leech',
};

export default fy;
