import { IDEA_MAIL, MANIFEST_PATH, type StaticManifest } from '@buurtkit/api/static-manifest';
import { nullable, num, obj, str, type ApiClient, type Check } from '@buurtkit/core';
import type { Step } from './draft.js';
import type { ReviewRow } from './review-rows.js';

export type MailWords = {
  subject: string;
  intro: string;
  none: string;
  /** What the sections are called, by step. */
  step(step: Step): string;
  /** Said where photos were chosen: a mail link cannot carry them. */
  photos?: string;
};

/**
 * The idea as an e-mail: every row of the review, section by section, plain text. What the
 * resident typed goes into the body only (never into a header: the subject is the form's own
 * words and the title, with line breaks taken out).
 */
export function mailText(sections: { step: Step; rows: ReviewRow[] }[], words: MailWords) {
  const lines = [words.intro, ''];
  for (const { step, rows } of sections) {
    lines.push(`== ${words.step(step)} ==`);
    for (const r of rows) {
      const value = r.photos ? (words.photos ?? words.none) : (r.value ?? words.none);
      lines.push(r.label ? `${r.label}: ${value}` : value);
    }
    lines.push('');
  }
  return { subject: words.subject.replace(/[\r\n]+/g, ' ').trim(), body: lines.join('\r\n').trim() };
}

/** The folder's address for ideas when it is a plain one (it comes from the folder, still checked). */
export const plainAddress = (address: string | null | undefined) =>
  address && IDEA_MAIL.test(address) ? address : undefined;

/** A `mailto:` link with the text in it, or undefined for an address that is not a plain one. */
export function mailtoHref(address: string | null | undefined, mail: { subject: string; body: string }) {
  if (!plainAddress(address)) return undefined;
  const q = (v: string) => encodeURIComponent(v);
  return `mailto:${address}?subject=${q(mail.subject)}&body=${q(mail.body)}`;
}

const checkManifest: Check<StaticManifest> = (v, p) =>
  obj({ format: str, version: num, generated: str, ideaMail: nullable(str) })(v, p) as StaticManifest;

/** A static folder's manifest (see `@buurtkit/api/static-folder`): where ideas may be mailed. */
export const getStaticManifest = (c: ApiClient) => c.getKept(MANIFEST_PATH, {}, checkManifest);
