import { validateAddress, type AddressMessages, type LocalizeController } from '@buurtkit/core';
import type { ContactFields, IdeaFields, Step } from './draft.js';
import type { FormMessages } from './messages/nl.js';

type T = LocalizeController<FormMessages>['t'];

/** Where each field lives: errors from anywhere (also the server) are shown on the right step. */
export const FIELD_STEP: Record<string, Step> = {
  title: 'idea',
  description: 'idea',
  theme: 'idea',
  postcode: 'where',
  number: 'where',
  'support-0': 'support',
  supporters: 'support',
  'homework-cost': 'support',
  'homework-benefits': 'support',
  'homework-duration': 'support',
  'homework-parties': 'support',
  'homework-municipality': 'support',
  name: 'you',
  email: 'you',
  phone: 'you',
  'show-name': 'you',
};

/** The step a field is on; photo fields are numbered, so they are matched by prefix. */
export const stepOf = (id: string): Step | undefined => (id.startsWith('photo') ? 'idea' : FIELD_STEP[id]);

/** The field a server JSON pointer (RFC 9457 `errors[].pointer`) means. */
export function fieldForPointer(pointer: string): string | null {
  const path = pointer.replace(/^#\//, '').split('/');
  const [head, sub] = path;
  if (head === 'contact') return sub === 'phone' ? 'phone' : sub === 'email' ? 'email' : 'name';
  if (head === 'homework') return `homework-${sub ?? 'cost'}`;
  if (head === 'location') return 'postcode';
  if (head === 'support') return 'support-0';
  if (head === 'photos') return sub !== undefined && path[2] === 'alt' ? `photo-alt-${sub}` : 'photo-input';
  if (head === 'showName') return 'show-name';
  if (head && head in FIELD_STEP) return head;
  return null;
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>".]+$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

function text(t: T, value: string, label: string, min: number, max: number, required: boolean): string | undefined {
  const length = [...value.trim()].length;
  if (!length) return required ? t('error.required', label) : undefined;
  if (length < min) return t('error.short', min);
  if (length > max) return t('error.long', max);
  return undefined;
}

/** The resident's mistakes per field, in the same limits the API document sets; the address when one was typed. */
export function validateIdea(
  f: IdeaFields,
  c: ContactFields,
  t: T,
  photoAlts: string[] = [],
  addressMsg?: LocalizeController<AddressMessages>,
): Record<string, string | undefined> {
  const homework = Object.fromEntries(
    Object.entries(f.homework).map(([k, v]) => [`homework-${k}`, text(t, v, '', 0, 2000, false)]),
  );
  const supporters = f.supporters.trim();
  const photos = Object.fromEntries(
    photoAlts.map((alt, i) => [
      `photo-alt-${i}`,
      alt.trim() ? text(t, alt, '', 1, 250, false) : t('photo.alt.required'),
    ]),
  );
  return {
    ...photos,
    title: text(t, f.title, t('idea.title'), 3, 120, true),
    description: text(t, f.description, t('idea.description'), 10, 5000, true),
    theme: f.theme ? undefined : t('error.choose'),
    supporters:
      supporters && !(/^\d{1,6}$/.test(supporters) && Number(supporters) <= 100_000) ? t('error.number') : undefined,
    ...homework,
    name: text(t, c.name, t('you.name'), 1, 120, true),
    email: !c.email.trim()
      ? t('error.required', t('you.email'))
      : EMAIL.test(c.email.trim()) && c.email.length <= 254
        ? undefined
        : t('error.email'),
    phone: c.phone.trim() && !PHONE.test(c.phone.trim()) ? t('error.phone') : undefined,
    ...(addressMsg && (f.postcode.trim() || f.number.trim()) ? validateAddress(f, addressMsg) : {}),
  };
}
