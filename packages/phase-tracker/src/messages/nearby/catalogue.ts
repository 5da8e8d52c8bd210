import type { Catalogue } from '@buurtkit/core';
import nl, { type NearbyMessages } from './nl.js';

export const nearbyCatalogue: Catalogue<NearbyMessages> = {
  nl,
  en: () => import('./en.js'),
  fy: () => import('./fy.js'),
};
