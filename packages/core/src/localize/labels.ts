import { DEFAULT_LOCALE, type LocalizedText } from '@buurtkit/api/locales';
import type { CoreMessages } from './catalogues/nl.js';
import { coreCatalogue } from './core-catalogue.js';
import type { LocalizeController } from './localize-controller.js';
import type { Locale } from './locale.js';

/**
 * Labels every element shows alike, as public functions: a widget's base class and the
 * desk's views call the same ones (no element has to expose them to its parts).
 */

/** A text from the API (one key per language, Dutch always there) in this language. */
export function localizedText(locale: Locale, value: LocalizedText | undefined): string {
  return value?.[locale] ?? value?.[DEFAULT_LOCALE] ?? '';
}

type Core = Pick<LocalizeController<CoreMessages>, 't'>;

/** Core's label for `prefix.key`, or the key itself for one the municipality added. */
function vocabulary(core: Core, prefix: 'support' | 'contact-role' | 'municipal-role', key: string): string {
  const id = `${prefix}.${key}`;
  return id in coreCatalogue[DEFAULT_LOCALE] ? core.t(id as keyof CoreMessages & 'support.advies') : key;
}

/** A kind of support (advies, netwerk, …) in the element's language. */
export const supportLabel = (core: Core, kind: string) => vocabulary(core, 'support', kind);

/** A contact person's role (wijkregisseur, …) in the element's language. */
export const contactRoleLabel = (core: Core, role: string) => vocabulary(core, 'contact-role', role);

/** The municipality's role on the participation ladder (loslaten … reguleren). */
export const municipalRoleLabel = (core: Core, role: string) => vocabulary(core, 'municipal-role', role);
