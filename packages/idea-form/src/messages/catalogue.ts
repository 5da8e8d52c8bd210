import type { Catalogue } from '@buurtkit/core';
import nl, { type FormMessages } from './nl.js';

export const formCatalogue: Catalogue<FormMessages> = {
  nl,
  en: () => import('./en.js'),
  fy: () => import('./fy.js'),
};
