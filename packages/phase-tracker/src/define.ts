// <buurt-config> comes along: a page that loads only this widget can still configure it.
import '@buurtkit/core/define';
import { defineElement } from '@buurtkit/core';
import { PhaseTracker } from './phase-tracker.js';

defineElement('buurt-phase-tracker', PhaseTracker);

declare global {
  interface HTMLElementTagNameMap {
    'buurt-phase-tracker': PhaseTracker;
  }
}
