import type { CoreMessages } from './nl.js';

const en: CoreMessages = {
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  'error.network': 'We cannot fetch the information right now. Check your internet connection and try again.',
  'error.timeout': 'It is taking too long to get an answer. Please try again.',
  'error.server': 'Something went wrong on our side. Please try again later.',
  'error.malformed': 'We received an answer we do not understand. Please try again later.',
  'error.not-found': 'We could not find what you were looking for.',
  'error.rate-limited': 'You have tried too often. Please wait a moment and try again.',
  'error.no-api': 'This page is not set up correctly yet: the address of the data is missing.',
  'error.heading': 'That did not work',
  'summary.heading': (count: number) => (count === 1 ? 'There is 1 error' : `There are ${count} errors`),
  'summary.intro': 'Please correct the following:',
  'field.optional': '(optional)',
  'field.error-prefix': 'Error:',
  'empty.heading': 'Nothing found',
};
export default en;
