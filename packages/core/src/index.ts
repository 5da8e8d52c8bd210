export { VERSION } from './version.js';
export { defineElement } from './define.js';
export { BuurtEvent, BuurtErrorEvent, type BuurtErrorDetail } from './events.js';
export { configContext, type BuurtConfig } from './config/config-context.js';
export { BuurtConfigElement } from './config/buurt-config.js';
export { BuurtElement } from './base/buurt-element.js';
export { Latest, isAbort } from './base/latest.js';
export * from './api/index.js';
export { resolveLocale, toLocale, LOCALES, DEFAULT_LOCALE, type Locale } from './localize/locale.js';
export { LocalizeController, relativeTime, type Catalogue, type Messages } from './localize/localize-controller.js';
export { formatter } from './localize/formats.js';
export { coreCatalogue } from './localize/core-catalogue.js';
export { localizedText, supportLabel, contactRoleLabel, municipalRoleLabel } from './localize/labels.js';
export type { CoreMessages } from './localize/catalogues/nl.js';
export { tokens, baseStyles, TOKEN_DEFAULTS, COMPONENT_TOKENS, BASIS_TOKENS, type TokenName } from './styles/tokens.js';
export { button, buttonStyles, type ButtonOptions } from './pieces/button.js';
export { textField, fieldStyles, type TextFieldOptions } from './pieces/text-field.js';
export { selectField, type SelectFieldOptions } from './pieces/select-field.js';
export { checkStyles } from './pieces/check.js';
export { errorSummary, errorSummaryStyles, type ErrorSummaryOptions } from './pieces/error-summary.js';
export { skeleton, emptyState, stateStyles } from './pieces/states.js';
export * from './geocoder/index.js';
export { heading, headingStyles } from './pieces/heading.js';
export { addressFields, type AddressFieldsOptions } from './pieces/address/address-fields.js';
export {
  addressCatalogue,
  validateAddress,
  type AddressMessages,
  type AddressInput,
  type AddressErrors,
} from './pieces/address/address-rules.js';
export { MapController } from './map/map-controller.js';
export { PDOK_TILES, PDOK_ATTRIBUTION } from './map/defaults.js';
export type { MapOptions, MapView, Bounds, MapEvent } from './map/adapter.js';
export { locationPicker, type LocationPickerOptions } from './pieces/location-picker.js';
export { CONTENT_UPDATED } from './base/content-updates.js';
