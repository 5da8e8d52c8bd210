import type { AddressMessages } from './nl.js';

const fy: AddressMessages = {
  postcode: 'Postkoade',
  'postcode.hint': 'Bygelyks 1353 AB',
  number: 'Hûsnûmer en tafoeging',
  'number.hint': 'Bygelyks 12 of 7a',
  'postcode.required': 'Folje dyn postkoade yn.',
  'postcode.invalid': 'Folje in postkoade yn mei 4 sifers en 2 letters, lykas 1353 AB.',
  'number.required': 'Folje dyn hûsnûmer yn.',
  'number.invalid': 'Folje in hûsnûmer yn, eventueel mei in letter of tafoeging, lykas 12 of 7a.',
  'not-found': 'Wy fine dit adres net. Sjoch oft postkoade en hûsnûmer kloppe.',
};
export default fy;
