import nl, { type CoreMessages } from './catalogues/nl.js';
import type { Catalogue } from './localize-controller.js';

/** The messages of core's shared pieces (errors, loading, summaries). */
export const coreCatalogue: Catalogue<CoreMessages> = {
  nl,
  en: () => import('./catalogues/en.js'),
  fy: () => import('./catalogues/fy.js'),
};
