export { ContactFinder } from './contact-finder.js';
export { BuurtContactFoundEvent, type ContactFoundDetail } from './events.js';
export { vcard } from './vcard.js';
export type { FinderMessages } from './messages/nl.js';
