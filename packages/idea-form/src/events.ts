import { BuurtEvent } from '@buurtkit/core';
import type { Step } from './draft.js';

export type IdeaSubmittedDetail = { id: number; reference: string };

/** The municipality confirmed the idea (2xx): `detail.id` and `detail.reference`. */
export class BuurtIdeaSubmittedEvent extends BuurtEvent<IdeaSubmittedDetail> {
  constructor(detail: IdeaSubmittedDetail) {
    super('buurt-idea-submitted', detail);
  }
}

/** The resident chose to continue a saved draft; `detail.step` is where they go on. */
export class BuurtDraftRestoredEvent extends BuurtEvent<{ step: Step }> {
  constructor(detail: { step: Step }) {
    super('buurt-draft-restored', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'buurt-idea-submitted': BuurtIdeaSubmittedEvent;
    'buurt-draft-restored': BuurtDraftRestoredEvent;
  }
}
