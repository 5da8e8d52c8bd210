import type { Catalogue } from '@buurtkit/core';
import nl, { type TrackerMessages } from './nl.js';

export const trackerCatalogue: Catalogue<TrackerMessages> = {
  nl,
  en: () => import('./en.js'),
  fy: () => import('./fy.js'),
};
