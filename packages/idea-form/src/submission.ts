import { HOMEWORK } from './review-rows.js';
import {
  ApiError,
  getFormToken,
  submitIdea,
  uploadIdeaPhoto,
  type ApiClient,
  type IdeaReceipt,
  type IdeaSubmission,
} from '@buurtkit/core';
import type { Locale } from '@buurtkit/core';
import { fingerprint, type ContactFields, type IdeaFields, type Pending } from './draft.js';
import type { DraftPhoto } from './photos.js';
import { fieldForPointer } from './validation.js';

/** A 409 means our own earlier try is still being handled: wait for it, a few times. */
const CONFLICT_TRIES = 5;

/** What a submission needs of the draft, and may change in it (kept with the draft across reloads). */
export interface SubmissionDraft {
  fields: IdeaFields;
  contact: ContactFields;
  photos: DraftPhoto[];
  formToken?: string;
  pending?: Pending;
  honeypot: string;
  locale: Locale;
}

export interface SubmissionHooks {
  client: ApiClient;
  draft(): SubmissionDraft;
  /** The draft changed (a new form token, a key, an uploaded photo): keep it. */
  keep(change: Partial<Pick<SubmissionDraft, 'formToken' | 'pending' | 'photos'>>): void;
  /** A retry is coming after `waitMs`: the form says so. */
  onRetry(retry: { waitMs: number }): void;
  /** Waits before asking again after a 409 (tests shorten it). */
  pause?: (ms: number) => Promise<void>;
}

/** The request body: trimmed, empty optional parts left out, the honeypot only when a bot filled it. */
export function submissionBody(d: SubmissionDraft): IdeaSubmission {
  const f = d.fields;
  const homework = Object.fromEntries(HOMEWORK.map((k) => [k, f.homework[k].trim()]).filter(([, v]) => v));
  const c = d.contact;
  return {
    title: f.title.trim(),
    description: f.description.trim(),
    theme: f.theme,
    ...(f.location ? { location: f.location } : {}),
    support: f.support as IdeaSubmission['support'],
    ...(Object.keys(homework).length ? { homework } : {}),
    ...(f.supporters.trim() ? { supporters: Number(f.supporters) } : {}),
    contact: { name: c.name.trim(), email: c.email.trim(), ...(c.phone.trim() ? { phone: c.phone.trim() } : {}) },
    ...(d.photos.length ? { photos: d.photos.map((p) => ({ id: p.uploaded!, alt: p.alt.trim() })) } : {}),
    showName: c.showName,
    locale: d.locale,
    formToken: d.formToken!,
    ...(d.honeypot ? { website: d.honeypot } : {}),
  };
}

/**
 * Sends the idea: a form token if the draft has none, the photos not uploaded yet, then
 * the body with one Idempotency-Key for one body (a changed body gets a new key). What the
 * server may answer on the way is handled here: an expired token (a fresh one), photos
 * uploaded too long ago (again), our own earlier try still running (wait, ask again).
 */
export async function sendIdea(
  h: SubmissionHooks,
  tokenTries = 2,
  conflicts = CONFLICT_TRIES,
  photoTries = 2,
): Promise<IdeaReceipt> {
  if (!h.draft().formToken) h.keep({ formToken: (await getFormToken(h.client)).token });
  for (const photo of h.draft().photos) {
    if (photo.uploaded) continue;
    const { id } = await uploadIdeaPhoto(h.client, photo.blob, { attempts: 4, onRetry: h.onRetry });
    h.keep({ photos: h.draft().photos.map((p) => (p.key === photo.key ? { ...p, uploaded: id } : p)) });
  }
  const body = submissionBody(h.draft());
  const print = fingerprint(JSON.stringify(body));
  let pending = h.draft().pending;
  if (pending?.body !== print) pending = { key: crypto.randomUUID(), body: print };
  h.keep({ pending });
  try {
    return await submitIdea(h.client, body, pending.key, { attempts: 4, onRetry: h.onRetry });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const pointers = error.problem?.errors.map((p) => p.pointer) ?? [];
    if (error.status === 422 && pointers.length && pointers.every((p) => p === '#/formToken') && tokenTries > 1) {
      // An old draft's token: get a fresh one. The body changes, so does the key.
      h.keep({ formToken: undefined });
      return sendIdea(h, tokenTries - 1, conflicts, photoTries);
    }
    if (
      error.status === 422 &&
      pointers.length &&
      pointers.every((p) => /^#\/photos\/\d+\/id$/.test(p)) &&
      photoTries > 1
    ) {
      // Uploaded too long ago (unclaimed photos go after a day): upload them again.
      h.keep({ photos: h.draft().photos.map((p) => ({ ...p, uploaded: undefined })) });
      return sendIdea(h, tokenTries, conflicts, photoTries - 1);
    }
    if (error.status === 409 && conflicts > 1) {
      await (h.pause ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(1000);
      return sendIdea(h, tokenTries, conflicts - 1, photoTries);
    }
    throw error;
  }
}

/** A 422's field errors by field id (`#/contact/email` → `email`), or undefined for any other failure. */
export function fieldErrors(error: unknown, fallback: string): Record<string, string | undefined> | undefined {
  if (!(error instanceof ApiError) || error.status !== 422 || !error.problem?.errors.length) return undefined;
  const errors: Record<string, string | undefined> = {};
  for (const p of error.problem.errors) {
    const id = fieldForPointer(p.pointer);
    if (id) errors[id] ??= p.detail || fallback;
  }
  return errors;
}
