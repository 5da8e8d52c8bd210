/** The server's own texts: problem titles and field error details, in nl, en and fy. */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@buurtkit/api/locales';

export type { Locale };

type Params = Record<string, string | number>;
type Catalogue = Record<string, (p: Params) => string>;

const nl: Catalogue = {
  required: () => 'Vul dit veld in.',
  'too-short': (p) => `Gebruik minstens ${p.limit} tekens.`,
  'too-long': (p) => `Gebruik hoogstens ${p.limit} tekens.`,
  format: () => 'Dit heeft niet de juiste vorm.',
  email: () => 'Vul een e-mailadres in, zoals naam@voorbeeld.nl.',
  pattern: () => 'Dit heeft niet de juiste vorm.',
  enum: () => 'Kies een van de mogelijkheden.',
  type: () => 'Dit soort waarde past hier niet.',
  minimum: (p) => `Vul een getal in van minstens ${p.limit}.`,
  maximum: (p) => `Vul een getal in van hoogstens ${p.limit}.`,
  'too-few': (p) => `Kies er minstens ${p.limit}.`,
  'too-many': (p) => `Kies er hoogstens ${p.limit}.`,
  duplicate: () => 'Elke keuze mag maar één keer voorkomen.',
  'unknown-field': () => 'Dit veld kennen we niet.',
  'unknown-theme': () => 'Dit thema bestaat niet.',
  'unknown-photo': () => 'Deze foto kennen we niet (meer). Voeg hem opnieuw toe.',
  'not-a-photo': () => 'Dit is geen foto die we kunnen gebruiken. Kies een JPEG- of PNG-foto.',
  'unknown-phase': () => 'Deze fase hoort niet bij dit fasemodel.',
  'unknown-phase-model': () => 'Dit fasemodel bestaat niet.',
  'unknown-contact': () => 'Deze contactpersoon bestaat niet.',
  'unknown-area': () => 'Dit gebied kennen we niet.',
  'phase-in-use': (p) =>
    `De fase ‘${p.phase}’ kan niet weg: hier staan nog initiatieven in (${p.list}). Zet ze eerst in een andere fase.`,
  'duplicate-phase': () => 'Elke fase heeft een eigen sleutel.',
  'entry-model-needed': () => 'Er is altijd één fasemodel voor nieuwe ideeën: kies eerst een ander model daarvoor.',
  'model-in-use': (p) => `Dit fasemodel kan niet weg: hier staan nog initiatieven in (${p.list}).`,
  'invalid-token': () => 'Het formulier is verlopen. Laad de pagina opnieuw en verstuur het nog eens.',
  'key-reused': () => 'Deze Idempotency-Key hoort bij een ander verzoek.',
  'missing-location': () => 'Geef een gebied of een locatie (lat en lon) op.',
  'bbox-order': () => 'De begrenzing moet west,zuid,oost,noord zijn, met west < oost en zuid < noord.',
  invalid: () => 'Deze waarde is niet geldig.',
  'title.validation': () => 'Niet alle velden zijn goed ingevuld.',
  'title.bad-request': () => 'Dit verzoek kunnen we niet lezen.',
  'title.not-found': () => 'Niet gevonden.',
  'title.unauthorized': () => 'Je moet inloggen als medewerker.',
  'title.https-required': () => 'Medewerkers kunnen alleen via HTTPS bij de API.',
  'title.conflict': () => 'Dit verzoek wordt al verwerkt.',
  'title.state': () => 'Dit kan niet in de huidige stand van zaken.',
  'title.rate-limited': () => 'Te veel verzoeken. Probeer het straks opnieuw.',
  'title.too-large': () => 'Dit verzoek is te groot.',
  'title.media-type': () => 'Stuur JSON (Content-Type: application/json).',
  'title.server': () => 'Er ging iets mis aan onze kant.',
  'reference-typo': () => 'Deze referentie bevat een tikfout. Controleer elk teken.',
  'title.forbidden-role': () => 'Je rol geeft geen toegang tot dit deel.',
  'title.unavailable': () => 'Dit is even niet beschikbaar. Probeer het zo opnieuw.',
};

const en: Catalogue = {
  required: () => 'Please fill in this field.',
  'too-short': (p) => `Use at least ${p.limit} characters.`,
  'too-long': (p) => `Use at most ${p.limit} characters.`,
  format: () => 'This is not in the right format.',
  email: () => 'Enter an e-mail address, like name@example.com.',
  pattern: () => 'This is not in the right format.',
  enum: () => 'Choose one of the options.',
  type: () => 'This kind of value does not fit here.',
  minimum: (p) => `Enter a number of at least ${p.limit}.`,
  maximum: (p) => `Enter a number of at most ${p.limit}.`,
  'too-few': (p) => `Choose at least ${p.limit}.`,
  'too-many': (p) => `Choose at most ${p.limit}.`,
  duplicate: () => 'Each choice may appear only once.',
  'unknown-field': () => 'We do not know this field.',
  'unknown-theme': () => 'This theme does not exist.',
  'unknown-photo': () => 'We do not know this photo (any more). Please add it again.',
  'not-a-photo': () => 'This is not a photo we can use. Choose a JPEG or PNG photo.',
  'unknown-phase': () => 'This phase is not part of this phase model.',
  'unknown-phase-model': () => 'This phase model does not exist.',
  'unknown-contact': () => 'This contact person does not exist.',
  'unknown-area': () => 'We do not know this area.',
  'phase-in-use': (p) =>
    `The phase ‘${p.phase}’ cannot go: initiatives are still in it (${p.list}). Move them to another phase first.`,
  'duplicate-phase': () => 'Each phase has a key of its own.',
  'entry-model-needed': () => 'There is always one phase model for new ideas: choose another model for them first.',
  'model-in-use': (p) => `This phase model cannot go: initiatives are still in it (${p.list}).`,
  'invalid-token': () => 'The form has expired. Reload the page and send it again.',
  'key-reused': () => 'This Idempotency-Key belongs to another request.',
  'missing-location': () => 'Give an area or a location (lat and lon).',
  'bbox-order': () => 'The bounding box must be west,south,east,north with west < east and south < north.',
  invalid: () => 'This value is not valid.',
  'title.validation': () => 'Not all fields are filled in correctly.',
  'title.bad-request': () => 'We cannot read this request.',
  'title.not-found': () => 'Not found.',
  'title.unauthorized': () => 'You need to sign in as staff.',
  'title.https-required': () => 'Staff can only reach the API over HTTPS.',
  'title.conflict': () => 'This request is already being handled.',
  'title.state': () => 'This is not possible in the current state.',
  'title.rate-limited': () => 'Too many requests. Please try again later.',
  'title.too-large': () => 'This request is too large.',
  'title.media-type': () => 'Send JSON (Content-Type: application/json).',
  'title.server': () => 'Something went wrong on our side.',
  'reference-typo': () => 'This reference contains a typo. Check each character.',
  'title.forbidden-role': () => 'Your role does not give access to this part.',
  'title.unavailable': () => 'This is unavailable for a moment. Please try again shortly.',
};

const fy: Catalogue = {
  required: () => 'Folje dit fjild yn.',
  'too-short': (p) => `Brûk op syn minst ${p.limit} tekens.`,
  'too-long': (p) => `Brûk op syn heechst ${p.limit} tekens.`,
  format: () => 'Dit hat net de goede foarm.',
  email: () => 'Folje in e-mailadres yn, lykas namme@foarbyld.nl.',
  pattern: () => 'Dit hat net de goede foarm.',
  enum: () => 'Kies ien fan de mooglikheden.',
  type: () => 'Dit soarte wearde past hjir net.',
  minimum: (p) => `Folje in getal yn fan op syn minst ${p.limit}.`,
  maximum: (p) => `Folje in getal yn fan op syn heechst ${p.limit}.`,
  'too-few': (p) => `Kies der op syn minst ${p.limit}.`,
  'too-many': (p) => `Kies der op syn heechst ${p.limit}.`,
  duplicate: () => 'Elke kar mei mar ien kear foarkomme.',
  'unknown-field': () => 'Dit fjild kenne wy net.',
  'unknown-theme': () => 'Dit tema bestiet net.',
  'unknown-photo': () => 'Dizze foto kenne wy net (mear). Foegje him opnij ta.',
  'not-a-photo': () => 'Dit is gjin foto dy’t wy brûke kinne. Kies in JPEG- of PNG-foto.',
  'unknown-phase': () => 'Dizze faze heart net by dit fazemodel.',
  'unknown-phase-model': () => 'Dit fazemodel bestiet net.',
  'unknown-contact': () => 'Dizze kontaktpersoan bestiet net.',
  'unknown-area': () => 'Dit gebiet kenne wy net.',
  'phase-in-use': (p) =>
    `De faze ‘${p.phase}’ kin net fuort: hjir steane noch inisjativen yn (${p.list}). Set se earst yn in oare faze.`,
  'duplicate-phase': () => 'Elke faze hat in eigen kaai.',
  'entry-model-needed': () => 'Der is altyd ien fazemodel foar nije ideeën: kies dêr earst in oar model foar.',
  'model-in-use': (p) => `Dit fazemodel kin net fuort: hjir steane noch inisjativen yn (${p.list}).`,
  'invalid-token': () => 'It formulier is ferrûn. Laad de side opnij en stjoer it nochris.',
  'key-reused': () => 'Dizze Idempotency-Key heart by in oar fersyk.',
  'missing-location': () => 'Jou in gebiet of in lokaasje (lat en lon) op.',
  'bbox-order': () => 'De begrenzing moat west,súd,east,noard wêze, mei west < east en súd < noard.',
  invalid: () => 'Dizze wearde is net jildich.',
  'title.validation': () => 'Net alle fjilden binne goed ynfolle.',
  'title.bad-request': () => 'Dit fersyk kinne wy net lêze.',
  'title.not-found': () => 'Net fûn.',
  'title.unauthorized': () => 'Do moatst oanmelde as meiwurker.',
  'title.https-required': () => 'Meiwurkers kinne allinne fia HTTPS by de API.',
  'title.conflict': () => 'Dit fersyk wurdt al ferwurke.',
  'title.state': () => 'Dit kin net yn de hjoeddeiske stân fan saken.',
  'title.rate-limited': () => 'Te folle fersiken. Besykje it letter nochris.',
  'title.too-large': () => 'Dit fersyk is te grut.',
  'title.media-type': () => 'Stjoer JSON (Content-Type: application/json).',
  'title.server': () => 'Der gie wat mis oan ús kant.',
  'reference-typo': () => 'Dizze referinsje hat in tikflater. Kontrolearje elk teken.',
  'title.forbidden-role': () => 'Dyn rol jout gjin tagong ta dit diel.',
  'title.unavailable': () => 'Dit is even net beskikber. Besykje it aansen nochris.',
};

const catalogues: Record<Locale, Catalogue> = { nl, en, fy };

export function message(locale: Locale, code: string, params: Params = {}): string {
  const fn = catalogues[locale][code] ?? catalogues.nl[code] ?? catalogues[locale].invalid!;
  return fn(params);
}

/** Picks one of our languages from an Accept-Language header (q-values honoured); Dutch by default. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) if ((LOCALES as readonly string[]).includes(lang)) return lang as Locale;
  return DEFAULT_LOCALE;
}
