import { normalizePostcode, parseHouseNumber } from '../../geocoder/address.js';
import type { Catalogue, LocalizeController } from '../../localize/localize-controller.js';
import nl, { type AddressMessages } from './messages/nl.js';

export type { AddressMessages };

/*
 * The messages and rules of an address, apart from the fields' markup: a lazy chunk that uses
 * the fields' module makes Rolldown move Lit out of the first load into a chunk of its own
 * (an extra request on every page); one that uses only these does not.
 */

/** Postcode and house number messages, for every widget that asks for an address. */
export const addressCatalogue: Catalogue<AddressMessages> = {
  nl,
  en: () => import('./messages/en.js'),
  fy: () => import('./messages/fy.js'),
};

export type AddressInput = { postcode: string; number: string };
export type AddressErrors = { postcode?: string; number?: string };

/** What is wrong with a typed postcode and house number, in the resident's language. */
export function validateAddress(value: AddressInput, t: LocalizeController<AddressMessages>): AddressErrors {
  const errors: AddressErrors = {};
  if (!value.postcode.trim()) errors.postcode = t.t('postcode.required');
  else if (!normalizePostcode(value.postcode)) errors.postcode = t.t('postcode.invalid');
  if (!value.number.trim()) errors.number = t.t('number.required');
  else if (!parseHouseNumber(value.number)) errors.number = t.t('number.invalid');
  return errors;
}
