// <buurt-config> comes along: a page that loads only this widget can still configure it.
import '@buurtkit/core/define';
import { defineElement } from '@buurtkit/core';
import { InitiativeMap } from './initiative-map.js';

defineElement('buurt-initiative-map', InitiativeMap);

declare global {
  interface HTMLElementTagNameMap {
    'buurt-initiative-map': InitiativeMap;
  }
}
