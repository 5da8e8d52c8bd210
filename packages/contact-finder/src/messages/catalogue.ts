import type { Catalogue } from '@buurtkit/core';
import nl, { type FinderMessages } from './nl.js';

export const finderCatalogue: Catalogue<FinderMessages> = {
  nl,
  en: () => import('./en.js'),
  fy: () => import('./fy.js'),
};
