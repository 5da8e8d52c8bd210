export { IdeaForm, BuurtIdeaSubmittedEvent, BuurtDraftRestoredEvent, type IdeaSubmittedDetail } from './idea-form.js';
export type { FormMessages } from './messages/nl.js';
