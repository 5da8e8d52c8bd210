import { html } from 'lit';
import { normalizePostcode, parseHouseNumber } from '../../geocoder/address.js';
import type { Catalogue, LocalizeController } from '../../localize/localize-controller.js';
import { textField } from '../text-field.js';
import nl, { type AddressMessages } from './messages/nl.js';

export type { AddressMessages };

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

export interface AddressFieldsOptions {
  value: AddressInput;
  errors: AddressErrors;
  t: LocalizeController<AddressMessages>;
  onInput: (field: keyof AddressInput, value: string) => void;
  onBlur: (field: keyof AddressInput) => void;
  errorPrefix?: string;
  optionalText?: string;
}

/** Postcode and house number fields with the autocomplete and input modes people expect. */
export function addressFields(o: AddressFieldsOptions) {
  return html`${textField({
    id: 'postcode',
    label: o.t.t('postcode'),
    hint: o.t.t('postcode.hint'),
    value: o.value.postcode,
    error: o.errors.postcode,
    autocomplete: 'postal-code',
    errorPrefix: o.errorPrefix,
    optionalText: o.optionalText,
    onInput: (v) => o.onInput('postcode', v),
    onBlur: () => o.onBlur('postcode'),
  })}${textField({
    id: 'number',
    label: o.t.t('number'),
    hint: o.t.t('number.hint'),
    value: o.value.number,
    error: o.errors.number,
    // No autocomplete token fits a house number with its addition alone.
    autocomplete: 'off',
    errorPrefix: o.errorPrefix,
    optionalText: o.optionalText,
    onInput: (v) => o.onInput('number', v),
    onBlur: () => o.onBlur('number'),
  })}`;
}
