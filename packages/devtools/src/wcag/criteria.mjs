// Every WCAG 2.1 success criterion of levels A and AA (the 50 that the Dutch
// toegankelijkheidsverklaring and EN 301 549 ask for), with how Buurtkit's resident widgets
// meet each one, in Dutch and English, and which evidence (see evidence.mjs) shows it.
// `widgets` overrides a row for one widget. `host` rows are the host page's part: a widget
// cannot title a page or offer a site map, and the tables say what the page must do.

const W = {
  map: 'buurt-initiative-map',
  form: 'buurt-idea-form',
  tracker: 'buurt-phase-tracker',
  finder: 'buurt-contact-finder',
};

const NO_MEDIA = {
  applies: false,
  how: { nl: 'Het onderdeel heeft geen audio of video.', en: 'The part has no audio or video.' },
  tests: [],
};

export const CRITERIA = [
  {
    id: '1.1.1',
    level: 'A',
    name: { nl: 'Niet-tekstuele content', en: 'Non-text content' },
    how: {
      nl: 'Pictogrammen zijn decoratief (aria-hidden) naast zichtbare tekst; knoppen hebben een tekstlabel.',
      en: 'Icons are decorative (aria-hidden) beside visible text; buttons have a text label.',
    },
    tests: ['axe', 'htmlcs'],
    widgets: {
      [W.map]: {
        how: {
          nl:
            'De kaart is een canvas met een tekstalternatief: de lijst ernaast heeft elk initiatief, ' +
            'met dezelfde aantallen.',
          en:
            'The map is a canvas with a text alternative: the list beside it has every initiative, with ' +
            'the same counts.',
        },
        tests: ['images', 'axe'],
      },
      [W.form]: {
        how: {
          nl: 'Bij elke foto vraagt het formulier een beschrijving (alt-tekst); pictogrammen zijn decoratief.',
          en: 'For every photo the form asks for a description (alt text); icons are decorative.',
        },
        tests: ['images', 'axe'],
      },
      [W.finder]: {
        how: {
          nl: 'De foto van de contactpersoon heeft diens naam als alt-tekst; pictogrammen zijn decoratief.',
          en: "The contact person's photo has their name as alt text; icons are decorative.",
        },
        tests: ['images', 'axe'],
      },
    },
  },
  {
    id: '1.2.1',
    level: 'A',
    name: { nl: 'Louter-geluid en louter-video (vooraf opgenomen)', en: 'Audio-only and video-only (prerecorded)' },
    ...NO_MEDIA,
  },
  {
    id: '1.2.2',
    level: 'A',
    name: { nl: 'Ondertitels voor doven en slechthorenden (vooraf opgenomen)', en: 'Captions (prerecorded)' },
    ...NO_MEDIA,
  },
  {
    id: '1.2.3',
    level: 'A',
    name: {
      nl: 'Audiodescriptie of media-alternatief (vooraf opgenomen)',
      en: 'Audio description or media alternative (prerecorded)',
    },
    ...NO_MEDIA,
  },
  {
    id: '1.2.4',
    level: 'AA',
    name: { nl: 'Ondertitels voor doven en slechthorenden (live)', en: 'Captions (live)' },
    ...NO_MEDIA,
  },
  {
    id: '1.2.5',
    level: 'AA',
    name: { nl: 'Audiodescriptie (vooraf opgenomen)', en: 'Audio description (prerecorded)' },
    ...NO_MEDIA,
  },
  {
    id: '1.3.1',
    level: 'A',
    name: { nl: 'Info en relaties', en: 'Info and relationships' },
    how: {
      nl:
        'Koppen (op het niveau dat de pagina kiest), lijsten, labels met for, fieldsets met legend, ' +
        'foutmeldingen met aria-describedby.',
      en:
        'Headings (at the level the page chooses), lists, labels with for, fieldsets with legend, ' +
        'errors with aria-describedby.',
    },
    tests: ['axe', 'htmlcs', 'errors'],
  },
  {
    id: '1.3.2',
    level: 'A',
    name: { nl: 'Betekenisvolle volgorde', en: 'Meaningful sequence' },
    how: {
      nl: 'De DOM-volgorde is de leesvolgorde; de opmaak verandert die niet (ook niet op een telefoon).',
      en: 'DOM order is reading order; the layout does not change it (on a phone either).',
    },
    tests: ['keyboard', 'reflow'],
  },
  {
    id: '1.3.3',
    level: 'A',
    name: { nl: 'Zintuiglijke eigenschappen', en: 'Sensory characteristics' },
    how: {
      nl: 'Instructies noemen velden en knoppen bij hun naam, nooit alleen bij vorm, kleur of plaats.',
      en: 'Instructions name fields and buttons by name, never by shape, colour or place alone.',
    },
    tests: ['axe'],
  },
  {
    id: '1.3.4',
    level: 'AA',
    name: { nl: 'Weergavestand', en: 'Orientation' },
    how: {
      nl: 'Werkt staand en liggend; de opmaak volgt de beschikbare breedte, niet de stand.',
      en: 'Works in portrait and landscape; the layout follows the available width, not the orientation.',
    },
    tests: ['reflow', 'layout'],
  },
  {
    id: '1.3.5',
    level: 'AA',
    name: { nl: 'Identificeer het doel van de input', en: 'Identify input purpose' },
    how: {
      nl: 'Velden over de inwoner hebben autocomplete: name, email, tel, postal-code.',
      en: 'Fields about the resident have autocomplete: name, email, tel, postal-code.',
    },
    tests: ['htmlcs', 'keyboard'],
  },
  {
    id: '1.4.1',
    level: 'A',
    name: { nl: 'Gebruik van kleur', en: 'Use of colour' },
    how: {
      nl:
        'Fouten hebben tekst en een dikkere rand; keuzes, thema’s en de huidige stap of fase hebben ' +
        'tekst, niet alleen een kleur.',
      en:
        'Errors have text and a thicker border; choices, themes and the current step or phase have ' +
        'text, not only a colour.',
    },
    tests: ['axe', 'errors'],
  },
  {
    id: '1.4.2',
    level: 'A',
    name: { nl: 'Geluidsbediening', en: 'Audio control' },
    applies: false,
    how: { nl: 'Het onderdeel speelt geen geluid af.', en: 'The part plays no sound.' },
    tests: [],
  },
  {
    id: '1.4.3',
    level: 'AA',
    name: { nl: 'Contrast (minimum)', en: 'Contrast (minimum)' },
    how: {
      nl:
        'Standaardkleuren halen 4,5:1; axe meet het in elke toestand. Met een eigen huisstijl is het ' +
        'contrast de verantwoordelijkheid van de gemeente: de configurator waarschuwt onder 4,5:1.',
      en:
        'Default colours reach 4.5:1; axe measures it in every state. With a house style of its own, ' +
        "contrast is the municipality's responsibility: the configurator warns below 4.5:1.",
    },
    tests: ['axe', 'css'],
  },
  {
    id: '1.4.4',
    level: 'AA',
    name: { nl: 'Herschalen van tekst', en: 'Resize text' },
    how: {
      nl: 'Tekst in px die met zoomen meegroeit; bij 400% zoom (320 px breed) gaat niets verloren.',
      en: 'Text in px that grows with zoom; at 400% zoom (320 px wide) nothing is lost.',
    },
    tests: ['reflow', 'css'],
  },
  {
    id: '1.4.5',
    level: 'AA',
    name: { nl: 'Afbeeldingen van tekst', en: 'Images of text' },
    how: { nl: 'Alle tekst is echte tekst.', en: 'All text is real text.' },
    tests: ['axe'],
    widgets: {
      [W.map]: {
        how: {
          nl: 'Alle tekst is echte tekst; de getallen op de kaart staan ook als tekst in de lijst.',
          en: 'All text is real text; the numbers on the map are also text in the list.',
        },
        tests: ['images'],
      },
    },
  },
  {
    id: '1.4.10',
    level: 'AA',
    name: { nl: 'Reflow', en: 'Reflow' },
    how: {
      nl: 'Eén kolom op 320 px breed, zonder horizontaal scrollen en zonder afgesneden tekst.',
      en: 'One column at 320 px wide, without horizontal scrolling and without cut-off text.',
    },
    tests: ['reflow', 'layout'],
  },
  {
    id: '1.4.11',
    level: 'AA',
    name: { nl: 'Contrast van niet-tekstuele content', en: 'Non-text contrast' },
    how: {
      nl: 'Velden hebben een rand van 2 px (#6b7280, 4,8:1); de focusring is donker met een gele rand.',
      en: 'Fields have a 2 px border (#6b7280, 4.8:1); the focus ring is dark with a yellow halo.',
    },
    tests: ['css', 'axe'],
  },
  {
    id: '1.4.12',
    level: 'AA',
    name: { nl: 'Tekstafstand', en: 'Text spacing' },
    how: {
      nl:
        'Met de afstanden van het criterium (regelafstand 1,5, letters 0,12 em, woorden 0,16 em, ' +
        'alinea’s 2 em) wordt niets afgesneden.',
      en:
        "With the criterion's spacing (line height 1.5, letters 0.12 em, words 0.16 em, paragraphs 2 " +
        'em) nothing is cut off.',
    },
    tests: ['reflow'],
  },
  {
    id: '1.4.13',
    level: 'AA',
    name: { nl: 'Content bij hover of focus', en: 'Content on hover or focus' },
    how: {
      nl: 'Geen tooltips of pop-ups bij hover of focus; uitleg opent en sluit met een knop.',
      en: 'No tooltips or pop-ups on hover or focus; explanations open and close with a button.',
    },
    tests: ['keyboard'],
  },
  {
    id: '2.1.1',
    level: 'A',
    name: { nl: 'Toetsenbord', en: 'Keyboard' },
    how: {
      nl: 'Alles werkt met het toetsenbord; de tests doen elke taak zonder muis.',
      en: 'Everything works by keyboard; the tests do every task without a mouse.',
    },
    tests: ['keyboard', 'coreKeyboard'],
    widgets: {
      [W.map]: {
        how: {
          nl: 'Alles werkt met het toetsenbord: de lijst, de filters, clusters (Enter) en de kaart (pijltjes, + en −).',
          en: 'Everything works by keyboard: the list, the filters, clusters (Enter) and the map (arrows, + and −).',
        },
        tests: ['keyboard'],
      },
    },
  },
  {
    id: '2.1.2',
    level: 'A',
    name: { nl: 'Geen toetsenbordval', en: 'No keyboard trap' },
    how: {
      nl: 'Tab gaat altijd verder, ook uit de kaart; Escape sluit open details en zet de focus terug.',
      en: 'Tab always moves on, out of the map too; Escape closes open details and returns focus.',
    },
    tests: ['keyboard'],
  },
  {
    id: '2.1.4',
    level: 'A',
    name: { nl: 'Enkel teken sneltoetsen', en: 'Character key shortcuts' },
    how: {
      nl: 'Er zijn geen sneltoetsen van één teken (de kaart reageert op + en − alleen als ze focus heeft).',
      en: 'There are no single-character shortcuts (the map takes + and − only while it has focus).',
    },
    tests: ['keyboard'],
  },
  {
    id: '2.2.1',
    level: 'A',
    name: { nl: 'Timing aanpasbaar', en: 'Timing adjustable' },
    applies: false,
    how: { nl: 'Er is geen tijdslimiet.', en: 'There is no time limit.' },
    tests: [],
    widgets: {
      [W.form]: {
        applies: false,
        how: {
          nl: 'Er is geen tijdslimiet: een concept blijft bewaard en komt terug na herladen.',
          en: 'There is no time limit: a draft is kept and comes back after a reload.',
        },
        tests: ['timing'],
      },
    },
  },
  {
    id: '2.2.2',
    level: 'A',
    name: { nl: 'Pauzeren, stoppen, verbergen', en: 'Pause, stop, hide' },
    applies: false,
    how: {
      nl: 'Niets beweegt, knippert of ververst vanzelf.',
      en: 'Nothing moves, blinks or refreshes by itself.',
    },
    tests: [],
  },
  {
    id: '2.3.1',
    level: 'A',
    name: { nl: 'Drie flitsen of beneden drempelwaarde', en: 'Three flashes or below threshold' },
    how: { nl: 'Niets flitst.', en: 'Nothing flashes.' },
    tests: [],
  },
  {
    id: '2.4.1',
    level: 'A',
    name: { nl: 'Blokken omzeilen', en: 'Bypass blocks' },
    host: true,
    how: {
      nl:
        'De pagina zorgt voor een skiplink en landmarks. Het onderdeel heeft koppen op het niveau dat ' +
        'de pagina kiest (heading-level).',
      en:
        'The page provides a skip link and landmarks. The part has headings at the level the page ' +
        'chooses (heading-level).',
    },
    tests: ['axe'],
  },
  {
    id: '2.4.2',
    level: 'A',
    name: { nl: 'Paginatitel', en: 'Page titled' },
    host: true,
    how: {
      nl: 'De pagina geeft de titel. In het iframe heeft de insluitpagina een eigen titel; geef het iframe een title.',
      en: 'The page gives the title. In the iframe, the embed page has its own title; give the iframe a title.',
    },
    tests: ['embed'],
  },
  {
    id: '2.4.3',
    level: 'A',
    name: { nl: 'Focus volgorde', en: 'Focus order' },
    how: {
      nl:
        'De focus volgt de leesvolgorde; na een stap, een fout of een resultaat gaat de focus naar de ' +
        'kop, de foutsamenvatting of de melding.',
      en:
        'Focus follows reading order; after a step, an error or a result, focus moves to the heading, ' +
        'the error summary or the message.',
    },
    tests: ['keyboard', 'errors'],
  },
  {
    id: '2.4.4',
    level: 'A',
    name: { nl: 'Linkdoel (in context)', en: 'Link purpose (in context)' },
    how: {
      nl: 'Links zeggen waar ze heen gaan (de titel van het initiatief, de naam van de contactpersoon).',
      en: 'Links say where they go (the title of the initiative, the name of the contact person).',
    },
    tests: ['axe', 'htmlcs'],
  },
  {
    id: '2.4.5',
    level: 'AA',
    name: { nl: 'Meerdere manieren', en: 'Multiple ways' },
    host: true,
    how: {
      nl: 'Geldt voor de website als geheel (menu, zoeken); het onderdeel is één plek op een pagina.',
      en: 'Applies to the website as a whole (menu, search); the part is one place on a page.',
    },
    tests: [],
  },
  {
    id: '2.4.6',
    level: 'AA',
    name: { nl: 'Koppen en labels', en: 'Headings and labels' },
    how: {
      nl: 'Koppen en labels zeggen waar het over gaat, in de taal van de inwoner (nl, en, fy).',
      en: "Headings and labels say what it is about, in the resident's language (nl, en, fy).",
    },
    tests: ['axe', 'language'],
  },
  {
    id: '2.4.7',
    level: 'AA',
    name: { nl: 'Focus zichtbaar', en: 'Focus visible' },
    how: {
      nl:
        'Een donkere focusring van 3 px met een gele rand eromheen, die ook op een pagina met eigen CSS ' +
        '(outline: none) blijft.',
      en: 'A dark 3 px focus ring with a yellow halo, which stays on a page with its own CSS (outline: none) too.',
    },
    tests: ['css'],
  },
  {
    id: '2.5.1',
    level: 'A',
    name: { nl: 'Aanwijzergebaren', en: 'Pointer gestures' },
    how: { nl: 'Geen gebaren met meerdere vingers of paden.', en: 'No multipoint or path-based gestures.' },
    tests: ['keyboard'],
    widgets: {
      [W.map]: {
        how: {
          nl: 'Slepen en knijpen op de kaart hebben knoppen (+, −) en de lijst als alternatief met één aanwijzer.',
          en: 'Dragging and pinching the map have buttons (+, −) and the list as single-pointer alternatives.',
        },
        tests: ['keyboard', 'layout'],
      },
      [W.form]: {
        how: {
          nl:
            'De plek kiest u met een tik of met het toetsenbord; slepen op de kaart hoeft niet. Foto’s ' +
            'kunnen met een knop (slepen mag ook).',
          en:
            'You pick the place with a tap or by keyboard; dragging the map is not needed. Photos can ' +
            'be added with a button (dropping works too).',
        },
        tests: ['keyboard'],
      },
    },
  },
  {
    id: '2.5.2',
    level: 'A',
    name: { nl: 'Aanwijzerannulering', en: 'Pointer cancellation' },
    how: {
      nl: 'Acties gebeuren bij loslaten (click), niet bij indrukken.',
      en: 'Actions happen on release (click), not on press.',
    },
    tests: ['keyboard'],
  },
  {
    id: '2.5.3',
    level: 'A',
    name: { nl: 'Label in naam', en: 'Label in name' },
    how: {
      nl: 'De toegankelijke naam van knoppen en velden begint met hun zichtbare tekst.',
      en: 'The accessible name of buttons and fields starts with their visible text.',
    },
    tests: ['axe', 'htmlcs'],
  },
  {
    id: '2.5.4',
    level: 'A',
    name: { nl: 'Bewegingsactivering', en: 'Motion actuation' },
    applies: false,
    how: { nl: 'Niets reageert op bewegen of schudden.', en: 'Nothing responds to motion or shaking.' },
    tests: [],
  },
  {
    id: '3.1.1',
    level: 'A',
    name: { nl: 'Taal van de pagina', en: 'Language of page' },
    host: true,
    how: {
      nl: 'De pagina zet lang op html. Het onderdeel volgt die taal en schrijft zelf nooit een lege of ongeldige lang.',
      en:
        'The page sets lang on html. The part follows that language and never writes an empty or ' +
        'invalid lang itself.',
    },
    tests: ['lang', 'htmlcs'],
  },
  {
    id: '3.1.2',
    level: 'AA',
    name: { nl: 'Taal van onderdelen', en: 'Language of parts' },
    how: {
      nl:
        'Met lang op het element spreekt het die taal (nl, en, fy) en geeft die door aan schermlezers; ' +
        'de tests wisselen live van taal.',
      en:
        'With lang on the element it speaks that language (nl, en, fy) and passes it to screen readers; ' +
        'the tests switch language live.',
    },
    tests: ['lang', 'language'],
  },
  {
    id: '3.2.1',
    level: 'A',
    name: { nl: 'Bij focus', en: 'On focus' },
    how: {
      nl: 'Focus alleen verandert niets: geen nieuwe pagina, geen verzenden.',
      en: 'Focus alone changes nothing: no new page, no submitting.',
    },
    tests: ['keyboard'],
  },
  {
    id: '3.2.2',
    level: 'A',
    name: { nl: 'Bij input', en: 'On input' },
    how: {
      nl: 'Invoer verandert de context niet; filters passen de lijst aan en het aantal wordt voorgelezen.',
      en: 'Input does not change the context; filters update the list and the count is announced.',
    },
    tests: ['status', 'htmlcs'],
  },
  {
    id: '3.2.3',
    level: 'AA',
    name: { nl: 'Consistente navigatie', en: 'Consistent navigation' },
    host: true,
    how: {
      nl: 'Geldt voor de navigatie van de website; het onderdeel heeft geen eigen sitenavigatie.',
      en: "Applies to the website's navigation; the part has no site navigation of its own.",
    },
    tests: [],
  },
  {
    id: '3.2.4',
    level: 'AA',
    name: { nl: 'Consistente identificatie', en: 'Consistent identification' },
    how: {
      nl: 'Dezelfde functies heten in alle onderdelen hetzelfde (één gedeelde tekstbron per taal).',
      en: 'The same functions have the same names in every part (one shared source of texts per language).',
    },
    tests: ['language'],
  },
  {
    id: '3.3.1',
    level: 'A',
    name: { nl: 'Foutidentificatie', en: 'Error identification' },
    how: {
      nl:
        'Elke fout staat als tekst bij het veld en in een foutsamenvatting die focus krijgt; wat is ' +
        'ingevuld blijft staan.',
      en: 'Every error is text at the field and in an error summary that takes focus; what was typed stays.',
    },
    tests: ['errors', 'coreKeyboard'],
    widgets: {
      [W.map]: {
        how: {
          nl: 'Een onbekende postcode of een storing krijgt een melding in tekst, met opnieuw proberen.',
          en: 'An unknown postcode or a failure gets a message in text, with try again.',
        },
        tests: ['errors', 'failure'],
      },
    },
  },
  {
    id: '3.3.2',
    level: 'A',
    name: { nl: 'Labels of instructies', en: 'Labels or instructions' },
    how: {
      nl: 'Elk veld heeft een zichtbaar label en waar nodig een hint; optionele velden zijn zo gemarkeerd.',
      en: 'Every field has a visible label and a hint where needed; optional fields are marked as such.',
    },
    tests: ['axe', 'htmlcs'],
  },
  {
    id: '3.3.3',
    level: 'AA',
    name: { nl: 'Foutsuggestie', en: 'Error suggestion' },
    how: {
      nl: 'Foutmeldingen zeggen hoe het goed moet ("Vul een postcode in zoals 1234 AB").',
      en: 'Error messages say how to get it right ("Enter a postcode like 1234 AB").',
    },
    tests: ['errors'],
  },
  {
    id: '3.3.4',
    level: 'AA',
    name: { nl: 'Foutpreventie (wettelijk, financieel, gegevens)', en: 'Error prevention (legal, financial, data)' },
    applies: false,
    how: {
      nl: 'Er worden geen juridische of financiële verplichtingen aangegaan.',
      en: 'No legal or financial commitments are made.',
    },
    tests: [],
    widgets: {
      [W.form]: {
        applies: true,
        how: {
          nl: 'Een controlestap toont alles voor verzenden, met wijzigen; dubbel versturen maakt één idee.',
          en: 'A review step shows everything before sending, with changing; sending twice makes one idea.',
        },
        tests: ['prevention'],
      },
    },
  },
  {
    id: '4.1.1',
    level: 'A',
    name: { nl: 'Parsen', en: 'Parsing' },
    how: {
      nl:
        'Lit maakt geldige DOM: unieke id’s binnen elke shadow root, juist geneste elementen. (In WCAG ' +
        '2.2 vervallen.)',
      en: 'Lit makes valid DOM: unique ids within each shadow root, properly nested elements. (Obsolete in WCAG 2.2.)',
    },
    tests: ['htmlcs', 'axe'],
  },
  {
    id: '4.1.2',
    level: 'A',
    name: { nl: 'Naam, rol, waarde', en: 'Name, role, value' },
    how: {
      nl: 'Echte knoppen, velden en links; aria-expanded, aria-current en aria-invalid waar dat hoort.',
      en: 'Real buttons, fields and links; aria-expanded, aria-current and aria-invalid where they belong.',
    },
    tests: ['axe', 'htmlcs', 'keyboard'],
  },
  {
    id: '4.1.3',
    level: 'AA',
    name: { nl: 'Statusberichten', en: 'Status messages' },
    how: {
      nl:
        'Resultaten, aantallen en bevestigingen staan in een role=status of role=alert en worden ' +
        'voorgelezen zonder focus.',
      en: 'Results, counts and confirmations are in role=status or role=alert and are announced without focus.',
    },
    tests: ['status'],
  },
];
