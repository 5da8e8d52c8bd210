import type { Locale } from '@buurtkit/api/locales';
import { en } from './en.js';
import { fy } from './fy.js';
import { nl } from './nl.js';
import type { MailTexts } from './types.js';

/** One catalogue per language; the type names a language that lacks one. */
export const MAIL_TEXTS: Record<Locale, MailTexts> = { nl, en, fy };
export type * from './types.js';
