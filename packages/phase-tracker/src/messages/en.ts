import type { TrackerMessages } from './nl.js';

const en: TrackerMessages = {
  'follow.open': 'Follow this initiative',
  'follow.email': 'Your e-mail address',
  'follow.hint':
    'We first send a mail with a link to confirm. After that you get a mail at every new phase. You can unsubscribe at any time in one click.',
  'follow.submit': 'Follow',
  'follow.required': 'Fill in your e-mail address.',
  'follow.invalid': 'Fill in an e-mail address, such as name@example.com.',
  'follow.sent': (email: string) =>
    `Almost done: open the mail we sent to ${email} and confirm there that you want to follow this initiative.`,
  'title.process': 'How an initiative goes',
  'title.track': 'Where does your idea stand?',
  phases: 'Phases',
  'status.done': 'done',
  'status.current': 'current phase',
  'status.upcoming': 'not started yet',
  now: 'Now',
  since: (date, duration) => `Since ${date} (${duration})`,
  'last-note': 'Latest message from the municipality:',
  'next-step': 'Next step:',
  'next-step.none': 'This is the last phase.',
  contact: 'Your contact person:',
  'role.heading': (role) => `The municipality's role: ${role}`,
  'details.show': (phase) => `What happens in the phase ‘${phase}’?`,
  'details.what': 'What happens',
  'details.municipality': 'What you may expect from the municipality',
  'details.resident': 'What the municipality expects from you',
  'history.heading': 'History',
  'history.from': (from) => `From ${from}`,
  'history.period': (from, to) => `${from} to ${to}`,
  submitted: (date) => `Submitted on ${date}`,
  'status.received': 'We have received your idea. Your contact person will get in touch within two weeks.',
  'status.closed': 'This idea has been closed.',
  'closed.reason': 'Why:',
  'track.label': 'Your reference',
  'track.hint': 'You find it in the confirmation you received, for example BK-2026-0042.',
  'track.submit': 'Look up',
  'track.invalid': 'A reference looks like BK-2026-0042.',
  'track.not-found': (reference) =>
    `We cannot find an idea with reference ${reference}. Please check that you copied it correctly from the confirmation.`,
  'track.again': 'Look up another reference',
  'role.loslaten.text': 'You do it yourselves. The municipality does not interfere, but is there when you need it.',
  'role.faciliteren.text':
    'You are in charge. The municipality helps with what you need, such as space, materials or a permit.',
  'role.stimuleren.text': 'The municipality encourages you and puts you in touch with people who can help.',
  'role.regisseren.text':
    'The municipality has goals of its own and brings the parties together. You think and take part.',
  'role.reguleren.text': 'The municipality sets rules and limits, for example for safety. Within them, you are free.',
};
export default en;
