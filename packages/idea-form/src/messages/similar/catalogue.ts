import type { Catalogue } from '@buurtkit/core';
import nl, { type SimilarMessages } from './nl.js';

export const similarCatalogue: Catalogue<SimilarMessages> = {
  nl,
  en: () => import('./en.js'),
  fy: () => import('./fy.js'),
};
