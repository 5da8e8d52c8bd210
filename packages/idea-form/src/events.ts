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

/**
 * The resident chose "Doe mee met dit initiatief" for a published initiative that looks like
 * their idea. The form then shows that initiative's tracker (back it, offer help, follow it),
 * unless the page cancels the event and takes them to its own page for it. Their idea stays.
 */
export class BuurtInitiativeJoinEvent extends BuurtEvent<{ id: number; title: string }> {
  constructor(detail: { id: number; title: string }) {
    super('buurt-initiative-join', detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'buurt-idea-submitted': BuurtIdeaSubmittedEvent;
    'buurt-draft-restored': BuurtDraftRestoredEvent;
    'buurt-initiative-join': BuurtInitiativeJoinEvent;
  }
}
