// <buurt-config> comes along: a page that loads only the desk can still configure it.
import '@buurtkit/core/define';
import { defineElement } from '@buurtkit/core';
import { StaffDesk } from './staff-desk.js';

defineElement('buurt-staff-desk', StaffDesk);

declare global {
  interface HTMLElementTagNameMap {
    'buurt-staff-desk': StaffDesk;
  }
}
