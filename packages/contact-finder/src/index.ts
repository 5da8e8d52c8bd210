export { ContactFinder, BuurtContactFoundEvent, type ContactFoundDetail } from './contact-finder.js';
export { vcard } from './vcard.js';
export type { FinderMessages } from './messages/nl.js';
