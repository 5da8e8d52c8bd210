// Which tests show what, per widget: the WCAG tables cite these, and test/node/wcag.test.ts
// fails when a cited test no longer exists (renamed or removed), so a table never points at
// evidence that is gone. Each entry is [test file, a fragment of the test's title].

const B = (name) => `test/browser/${name}.test.ts`;
const STORIES = ['test/stories/stories.test.ts', 'renders, plays, settles, no errors, axe-clean'];
const HTMLCS = [B('htmlcs'), 'no error'];
const LANG = [B('lang'), 'writes no empty lang'];
const REFLOW = [B('reflow'), 'one column at 320 px, nothing cut off'];
const HOSTILE_CSS = ['test/hostile/host-pages.test.ts', 'widgets keep their layout, their buttons, their focus ring'];
const SMALL_ROOT = [B('core'), 'keeps 16 px text on a page with html { font-size: 62.5% }'];
const CORE_KEYBOARD = [B('core'), 'work by keyboard: type, submit, the error summary takes focus'];
const LIVE_LANG = [B('core'), 'follows live changes of any ancestor'];
const EMBED = ['test/hostile/embed.test.ts', 'renders in its frame'];

/** Evidence every widget shares. */
export const SHARED = {
  axe: [STORIES],
  htmlcs: [HTMLCS],
  lang: [LANG, LIVE_LANG],
  reflow: [REFLOW],
  css: [HOSTILE_CSS, SMALL_ROOT],
  coreKeyboard: [CORE_KEYBOARD],
  embed: [EMBED],
};

/** Evidence of each widget's own suite. */
export const OWN = {
  'buurt-phase-tracker': {
    axe: [[B('phase-tracker'), 'axe-clean in each']],
    keyboard: [
      [B('phase-tracker'), 'opens and closes phase explanations by keyboard'],
      [B('phase-tracker'), 'tracks a reference from a real POST /ideas, typed by keyboard'],
      [B('follow'), 'follows an initiative by keyboard'],
      [B('support'), 'backs by keyboard'],
    ],
    errors: [
      [B('follow'), 'errors in the language, the address kept, the result announced'],
      [B('support'), 'offers help by keyboard: every missing field named, focus on the first'],
      [B('phase-tracker'), 'unknown and malformed told apart'],
    ],
    status: [
      [B('support'), 'input kept, result announced'],
      [B('follow'), 'the result announced'],
    ],
    language: [[B('phase-tracker'), 'speaks English and Frisian, following the page language live']],
    layout: [[B('phase-tracker'), 'lays out vertically on phones, horizontally when wide, and compact on request']],
    failure: [[B('phase-tracker'), 'shows a localized error with retry and emits buurt-error when the API is down']],
    text: [[B('phase-tracker'), 'renders a stored XSS payload in a note as text']],
  },
  'buurt-contact-finder': {
    axe: [[B('contact-finder'), 'shows the whole card: photo, role explained']],
    keyboard: [[B('contact-finder'), 'postcode variants resolve to the buurt contact, by keyboard only']],
    errors: [
      [
        B('contact-finder'),
        'checks fields on blur after a change and on submit, with an error summary that takes focus',
      ],
      [B('contact-finder'), 'unknown postcode and an address outside the municipality get clear messages'],
    ],
    status: [
      [B('contact-finder'), 'postcode variants resolve to the buurt contact, by keyboard only; event and focus follow'],
    ],
    language: [[B('contact-finder'), 'speaks English and Frisian']],
    failure: [
      [B('contact-finder'), 'geocoder down: says so and offers the area list'],
      [B('contact-finder'), 'API down: a localized error with retry'],
    ],
    images: [[B('contact-finder'), 'shows the whole card: photo, role explained']],
    text: [[B('contact-finder'), 'renders a contact with hostile fields as text']],
    location: [[B('contact-finder'), 'uses my location only on request']],
  },
  'buurt-idea-form': {
    axe: [[B('idea-form'), 'speaks English and Frisian, errors included; axe-clean on every step']],
    keyboard: [
      [B('idea-form'), 'goes from idea to confirmation by keyboard only'],
      [B('idea-form'), 'a place picked on a map, by keyboard alone'],
      [B('idea-form'), 'picks photos with a button and status in the widget’s language, by keyboard'],
    ],
    errors: [
      [B('idea-form'), 'checks on going on (a focused summary linking each field, inline errors)'],
      [B('idea-form'), 'puts the server’s 422 on the right field, on the right step'],
    ],
    status: [[B('idea-form'), 'picks photos with a button and status in the widget’s language']],
    language: [[B('idea-form'), 'speaks English and Frisian, errors included']],
    failure: [[B('idea-form'), 'offline: says so, keeps everything, and sends later with the same key']],
    images: [
      [B('idea-form'), 'photos: made small, without location, kept through an error and a reload, alt text asked'],
    ],
    text: [[B('idea-form'), 'stores what a resident types as text, and shows it back as text']],
    timing: [[B('idea-form'), 'offers the draft after a reload']],
    prevention: [
      [B('idea-form'), 'goes from idea to confirmation by keyboard only, and the municipality receives every answer'],
      [B('idea-form'), 'a double click sends one idea'],
    ],
  },
  'buurt-initiative-map': {
    axe: [[B('initiative-map'), 'is axe-clean in the default, filtered, detail, empty and error states']],
    keyboard: [
      [B('initiative-map'), 'opens an initiative from the list by keyboard alone; Escape closes it and focus returns'],
      [B('initiative-map'), 'opens a cluster with Enter and an initiative with a click on the map'],
    ],
    errors: [[B('initiative-map'), 'goes near me (on request only), to a postcode']],
    status: [
      [B('initiative-map'), 'filters by theme and phase and searches by text: map, list and count change together'],
    ],
    language: [[B('initiative-map'), 'speaks English and Frisian, following the nearest lang']],
    layout: [[B('initiative-map'), 'on a phone, map and list take turns behind a clear toggle']],
    failure: [[B('initiative-map'), 'retries after a malformed answer']],
    images: [[B('initiative-map'), 'draws clusters and initiatives on a canvas, with counts that add up to the list']],
    text: [[B('initiative-map'), 'renders an XSS payload in a title as text']],
    wheel: [[B('initiative-map'), 'leaves the wheel to the page until the map is focused']],
    location: [[B('initiative-map'), 'goes near me (on request only)']],
  },
};
