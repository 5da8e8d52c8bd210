/** Dutch (B1): postcode and house number, shared by every widget that asks for an address. */
const nl = {
  postcode: 'Postcode',
  'postcode.hint': 'Bijvoorbeeld 1353 AB',
  number: 'Huisnummer en toevoeging',
  'number.hint': 'Bijvoorbeeld 12 of 7a',
  'postcode.required': 'Vul je postcode in.',
  'postcode.invalid': 'Vul een postcode in met 4 cijfers en 2 letters, zoals 1353 AB.',
  'number.required': 'Vul je huisnummer in.',
  'number.invalid': 'Vul een huisnummer in, eventueel met een letter of toevoeging, zoals 12 of 7a.',
  'not-found': 'We vinden dit adres niet. Kijk of postcode en huisnummer kloppen.',
};

export type AddressMessages = { [K in keyof typeof nl]: (typeof nl)[K] };
export default nl as AddressMessages;
