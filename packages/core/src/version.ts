/** This copy's version; the guarded define compares it with a copy already on the page. */
export const VERSION = '0.1.0';
