export { StaffDesk, type DeskView } from './staff-desk.js';
export { BuurtIdeaPublishedEvent, BuurtPhaseChangeEvent, BuurtContactSavedEvent } from './events.js';
export { answerState, inboxOrder, dutchToday, type AnswerState } from './answer-promise.js';
export { uncoveredAreas, parentsOf, type DeskArea } from './areas.js';
export { toCsv } from './csv.js';
export type { DeskMessages } from './messages/nl.js';
