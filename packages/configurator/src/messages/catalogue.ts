import type { Catalogue } from '@buurtkit/core';
import nl, { type ConfiguratorMessages } from './nl.js';

export const configuratorCatalogue: Catalogue<ConfiguratorMessages> = {
  nl,
  en: () => import('./en.js'),
  fy: () => import('./fy.js'),
};
