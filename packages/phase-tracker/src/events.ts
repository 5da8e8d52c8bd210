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

/**
 * A resident chose an initiative under "In de buurt". The tracker then shows that one, unless
 * the page cancels the event (the map does, and opens it on the map instead).
 */
export class BuurtNearbySelectEvent extends BuurtEvent<{ id: number }> {
  static readonly type = 'buurt-nearby-select';
  constructor(id: number) {
    super(BuurtNearbySelectEvent.type, { id }, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'buurt-nearby-select': BuurtNearbySelectEvent;
    'buurt-take-part': BuurtTakePartEvent;
  }
}
