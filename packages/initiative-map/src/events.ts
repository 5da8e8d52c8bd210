import { BuurtEvent } from '@buurtkit/core';

/** A resident opened an initiative (on the map, in the list, or through a deep link). */
export class BuurtInitiativeSelectEvent extends BuurtEvent<{ id: number }> {
  static readonly type = 'buurt-initiative-select';
  constructor(id: number) {
    super(BuurtInitiativeSelectEvent.type, { id });
  }
}

/** The filter changed (theme, phase or search text); the map, list and count follow. */
export class BuurtFilterChangeEvent extends BuurtEvent<{ theme: string[]; phase: string[]; q: string }> {
  static readonly type = 'buurt-filter-change';
  constructor(detail: { theme: string[]; phase: string[]; q: string }) {
    super(BuurtFilterChangeEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'buurt-initiative-select': BuurtInitiativeSelectEvent;
    'buurt-filter-change': BuurtFilterChangeEvent;
  }
}
