import type { Catalogue } from '@buurtkit/core';
import nl, { type DeskMessages } from './nl.js';

export const deskCatalogue: Catalogue<DeskMessages> = {
  nl,
  en: () => import('./en.js'),
  fy: () => import('./fy.js'),
};
