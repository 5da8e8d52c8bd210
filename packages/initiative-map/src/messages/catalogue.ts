import type { Catalogue } from '@buurtkit/core';
import nl, { type MapMessages } from './nl.js';

export const mapCatalogue: Catalogue<MapMessages> = {
  nl,
  en: () => import('./en.js'),
  fy: () => import('./fy.js'),
};
