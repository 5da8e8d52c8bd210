import type { LocalizeController } from '../../localize/localize-controller.js';
import { textField } from '../text-field.js';
import type { AddressErrors, AddressInput, AddressMessages } from './address-rules.js';

export { addressCatalogue, validateAddress } from './address-rules.js';
export type { AddressErrors, AddressInput, AddressMessages } from './address-rules.js';

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
  // Two fields as a list (Lit renders it in order): no markup of its own, no import of Lit here.
  return [
    textField({
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
    }),
    textField({
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
    }),
  ];
}
