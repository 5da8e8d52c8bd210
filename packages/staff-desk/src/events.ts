import { BuurtEvent } from '@buurtkit/core';

/** Staff published an idea as an initiative. */
export class BuurtIdeaPublishedEvent extends BuurtEvent<{ idea: number; initiative: number }> {
  static readonly type = 'buurt-idea-published';
  constructor(detail: { idea: number; initiative: number }) {
    super(BuurtIdeaPublishedEvent.type, detail);
  }
}

/** Staff moved an initiative to another phase; the tracker and the map show it from now on. */
export class BuurtPhaseChangeEvent extends BuurtEvent<{ initiative: number; phase: string }> {
  static readonly type = 'buurt-phase-change';
  constructor(detail: { initiative: number; phase: string }) {
    super(BuurtPhaseChangeEvent.type, detail);
  }
}

/** Staff added, changed or removed a contact person. */
export class BuurtContactSavedEvent extends BuurtEvent<{ id: number; removed: boolean }> {
  static readonly type = 'buurt-contact-saved';
  constructor(detail: { id: number; removed: boolean }) {
    super(BuurtContactSavedEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'buurt-idea-published': BuurtIdeaPublishedEvent;
    'buurt-phase-change': BuurtPhaseChangeEvent;
    'buurt-contact-saved': BuurtContactSavedEvent;
  }
}
