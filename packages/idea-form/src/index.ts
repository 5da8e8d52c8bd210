export { IdeaForm } from './idea-form.js';
export { BuurtIdeaSubmittedEvent, BuurtDraftRestoredEvent, type IdeaSubmittedDetail } from './events.js';
export type { FormMessages } from './messages/nl.js';
