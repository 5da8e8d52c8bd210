import type { Catalogue } from '@buurtkit/core';
import nl, { type MailMessages } from './nl.js';

export const mailCatalogue: Catalogue<MailMessages> = {
  nl,
  en: () => import('./en.js'),
  fy: () => import('./fy.js'),
};
