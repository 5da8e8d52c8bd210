import { BuurtEvent } from '@buurtkit/core';

export type TakePartDetail = {
  /** The initiative's id. */
  initiative: number;
  /** What the resident did: followed it by e-mail, backed it, or offered help. */
  action: 'follow' | 'back' | 'offer';
};

/**
 * A resident took part in an initiative, and the API confirmed it. For the host page's
 * statistics: it carries no name, address or e-mail address, only what was done where.
 */
export class BuurtTakePartEvent extends BuurtEvent<TakePartDetail> {
  static readonly type = 'buurt-take-part';
  constructor(detail: TakePartDetail) {
    super(BuurtTakePartEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'buurt-take-part': BuurtTakePartEvent;
  }
}
