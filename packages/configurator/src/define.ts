// The configurator's page bundle: the configurator and the four widgets it previews, one copy
// of Lit and core for all of them.
import '@buurtkit/core/define';
import '@buurtkit/phase-tracker/define';
import '@buurtkit/contact-finder/define';
import '@buurtkit/idea-form/define';
import '@buurtkit/initiative-map/define';
import { defineElement } from '@buurtkit/core';
import { BuurtConfigurator } from './configurator.js';

defineElement('buurt-configurator', BuurtConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'buurt-configurator': BuurtConfigurator;
  }
}
