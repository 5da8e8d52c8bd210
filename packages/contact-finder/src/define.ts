// <buurt-config> comes along: a page that loads only this widget can still configure it.
import '@buurtkit/core/define';
import { defineElement } from '@buurtkit/core';
import { ContactFinder } from './contact-finder.js';

defineElement('buurt-contact-finder', ContactFinder);

declare global {
  interface HTMLElementTagNameMap {
    'buurt-contact-finder': ContactFinder;
  }
}
