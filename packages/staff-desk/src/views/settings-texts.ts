import type { Locale } from '@buurtkit/core';

/**
 * The settings view's texts, in its own lazy chunk: only \`beheer\` opens it, now and then, so
 * its words do not weigh on the desk everyone loads (the navigation's label stays there).
 */
const nl = {
  'settings.heading': 'Instellingen van de gemeente',
  'settings.intro':
    'Hoe Buurtkit de gemeente noemt en mailt, welke websites de onderdelen tonen ' +
    'en binnen hoeveel werkdagen jullie antwoorden. ' +
    'Wie mag inloggen regelt de beheerder van de server.',
  'settings.name': 'Naam in mails en open data',
  'settings.mailFrom': 'Afzender van mails',
  'settings.mailFrom.hint': 'Zoals: Gemeente Almere <initiatieven@almere.nl>',
  'settings.corsOrigins': 'Websites die de onderdelen tonen',
  'settings.corsOrigins.hint': 'Eén adres per regel, zoals https://www.almere.nl',
  'settings.responseDays': 'Eerste antwoord op een idee binnen zoveel werkdagen',
  'settings.showElsewhere': 'Laat zien hoeveel steunbetuigers buiten de gemeente wonen',
  'settings.trackingUrl': 'Pagina met de fasevolger',
  'settings.trackingUrl.hint': '{reference} wordt het kenmerk van het idee',
  'settings.initiativeUrl': 'Pagina van een initiatief',
  'settings.initiativeUrl.hint': '{id} wordt het nummer van het initiatief',
  'settings.deskUrl': 'Pagina van de balie, voor mails aan medewerkers',
  'settings.save': 'Instellingen opslaan',
  'settings.saved': 'De instellingen zijn opgeslagen. Ze gelden vanaf nu.',
};
export type SettingsTexts = Record<keyof typeof nl, string>;

const en: SettingsTexts = {
  'settings.heading': "The municipality's settings",
  'settings.intro':
    'How Buurtkit names and mails the municipality, which websites show the widgets ' +
    'and within how many working days you answer. ' +
    'Who may sign in is set by the server administrator.',
  'settings.name': 'Name in mails and open data',
  'settings.mailFrom': 'Sender of mails',
  'settings.mailFrom.hint': 'Such as: Gemeente Almere <initiatieven@almere.nl>',
  'settings.corsOrigins': 'Websites that show the widgets',
  'settings.corsOrigins.hint': 'One address per line, such as https://www.almere.nl',
  'settings.responseDays': 'First answer to an idea within this many working days',
  'settings.showElsewhere': 'Show how many backers live outside the municipality',
  'settings.trackingUrl': 'Page with the phase tracker',
  'settings.trackingUrl.hint': "{reference} becomes the idea's reference",
  'settings.initiativeUrl': "An initiative's page",
  'settings.initiativeUrl.hint': "{id} becomes the initiative's number",
  'settings.deskUrl': 'Page of the desk, for mails to staff',
  'settings.save': 'Save settings',
  'settings.saved': 'The settings are saved. They apply from now on.',
};

const fy: SettingsTexts = {
  'settings.heading': 'Ynstellingen fan de gemeente',
  'settings.intro':
    'Hoe Buurtkit de gemeente neamt en mailt, hokker websites de ûnderdielen sjen litte ' +
    'en binnen hoefolle wurkdagen jimme antwurdzje. ' +
    'Wa’t ynlogge mei, regelet de behearder fan de server.',
  'settings.name': 'Namme yn mails en iepen data',
  'settings.mailFrom': 'Ôfstjoerder fan mails',
  'settings.mailFrom.hint': 'Lykas: Gemeente Almere <initiatieven@almere.nl>',
  'settings.corsOrigins': 'Websites dy’t de ûnderdielen sjen litte',
  'settings.corsOrigins.hint': 'Ien adres per rigel, lykas https://www.almere.nl',
  'settings.responseDays': 'Earste antwurd op in idee binnen safolle wurkdagen',
  'settings.showElsewhere': 'Lit sjen hoefolle stipers bûten de gemeente wenje',
  'settings.trackingUrl': 'Side mei de fazefolger',
  'settings.trackingUrl.hint': '{reference} wurdt it kenmerk fan it idee',
  'settings.initiativeUrl': 'Side fan in inisjatyf',
  'settings.initiativeUrl.hint': '{id} wurdt it nûmer fan it inisjatyf',
  'settings.deskUrl': 'Side fan de baly, foar mails oan meiwurkers',
  'settings.save': 'Ynstellingen bewarje',
  'settings.saved': 'De ynstellingen binne bewarre. Se jilde fan no ôf.',
};

export const SETTINGS_TEXTS: Record<Locale, SettingsTexts> = { nl, en, fy };
