/**
 * The resident's draft, kept while they type so nothing is lost to a reload, a closed tab
 * or a failed send. What is not personal goes to localStorage with an expiry; contact
 * details only to sessionStorage, so they are gone when the browser session ends.
 */

export const STEPS = ['idea', 'where', 'support', 'you', 'review'] as const;
export type Step = (typeof STEPS)[number];

export interface IdeaFields {
  title: string;
  description: string;
  theme: string;
  postcode: string;
  number: string;
  location: { lat: number; lon: number; address: string } | null;
  support: string[];
  supporters: string;
  homework: { cost: string; benefits: string; duration: string; parties: string; municipality: string };
}

export interface ContactFields {
  name: string;
  email: string;
  phone: string;
  showName: boolean;
}

/** A submission in progress: its Idempotency-Key and a fingerprint of the body it was made for. */
export interface Pending {
  key: string;
  body: string;
}

export interface Draft {
  savedAt: number;
  step: Step;
  fields: IdeaFields;
  formToken?: string;
  pending?: Pending;
  /** How many photos wait in IndexedDB: they must go when the draft expires. */
  photos?: number;
}

const DAY = 86_400_000;
/** Photos per idea, as the API allows. */
export const MAX_PHOTOS = 3;
/** Long enough to come back after a weekend, short enough not to linger on a shared computer. */
export const DRAFT_DAYS = 14;

export const emptyFields = (): IdeaFields => ({
  title: '',
  description: '',
  theme: '',
  postcode: '',
  number: '',
  location: null,
  support: [],
  supporters: '',
  homework: { cost: '', benefits: '', duration: '', parties: '', municipality: '' },
});
export const emptyContact = (): ContactFields => ({ name: '', email: '', phone: '', showName: false });

/** Nothing typed yet, or everything started over: nothing to offer back later. */
export const isEmpty = (fields: IdeaFields, contact: ContactFields) =>
  JSON.stringify(fields) === JSON.stringify(emptyFields()) && !contact.name && !contact.email && !contact.phone;

const keyFor = (scope: string) => `buurtkit-idea-draft:${scope}`;

/** Storage can be blocked (privacy settings, full quota): then the form still works, unsaved. */
function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

export function saveDraft(scope: string, draft: Draft, contact: ContactFields) {
  attempt(() =>
    localStorage.setItem(keyFor(scope), JSON.stringify({ ...draft, expires: draft.savedAt + DRAFT_DAYS * DAY })),
  );
  attempt(() => sessionStorage.setItem(keyFor(scope), JSON.stringify(contact)));
}

/**
 * The saved draft, if it has not expired. An expired one is removed here; when it had
 * photos, `onExpiredPhotos` is told, so they leave IndexedDB too.
 */
export function loadDraft(
  scope: string,
  now = Date.now(),
  onExpiredPhotos?: () => void,
): { draft: Draft; contact: ContactFields } | null {
  const stored = attempt(
    () => JSON.parse(localStorage.getItem(keyFor(scope)) ?? 'null') as (Draft & { expires: number }) | null,
  );
  if (!stored || typeof stored !== 'object' || !stored.fields) return null;
  if (!(stored.expires > now)) {
    clearDraft(scope);
    if (stored.photos) onExpiredPhotos?.();
    return null;
  }
  const contact = attempt(() => JSON.parse(sessionStorage.getItem(keyFor(scope)) ?? 'null') as ContactFields | null);
  const { expires: _expires, ...draft } = stored;
  return {
    draft: {
      ...draft,
      step: STEPS.includes(draft.step) ? draft.step : 'idea',
      fields: { ...emptyFields(), ...draft.fields, homework: { ...emptyFields().homework, ...draft.fields.homework } },
    },
    contact: { ...emptyContact(), ...(contact ?? {}) },
  };
}

export function clearDraft(scope: string) {
  attempt(() => localStorage.removeItem(keyFor(scope)));
  attempt(() => sessionStorage.removeItem(keyFor(scope)));
}

/** A short fingerprint of a request body (FNV-1a): the draft must not hold the body, which has contact details. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}
