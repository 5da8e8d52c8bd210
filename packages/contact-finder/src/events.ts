import { BuurtEvent, type ContactResult } from '@buurtkit/core';

export type ContactFoundDetail = { area: ContactResult['area']; contacts: ContactResult['contacts'] };

/** The contact person for an area was found. */
export class BuurtContactFoundEvent extends BuurtEvent<ContactFoundDetail> {
  constructor(detail: ContactFoundDetail) {
    super('buurt-contact-found', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'buurt-contact-found': BuurtContactFoundEvent;
  }
}
