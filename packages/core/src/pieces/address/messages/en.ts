import type { AddressMessages } from './nl.js';

const en: AddressMessages = {
  postcode: 'Postcode',
  'postcode.hint': 'For example 1353 AB',
  number: 'House number and addition',
  'number.hint': 'For example 12 or 7a',
  'postcode.required': 'Enter your postcode.',
  'postcode.invalid': 'Enter a postcode of 4 digits and 2 letters, like 1353 AB.',
  'number.required': 'Enter your house number.',
  'number.invalid': 'Enter a house number, with a letter or addition if needed, like 12 or 7a.',
  'not-found': 'We cannot find this address. Please check the postcode and house number.',
};
export default en;
