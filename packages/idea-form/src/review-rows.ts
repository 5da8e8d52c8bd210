import type { LocalizeController, Theme } from '@buurtkit/core';
import type { ContactFields, IdeaFields, Step } from './draft.js';
import type { FormMessages } from './messages/nl.js';

/** The "homework" questions of the support step, in the order the form asks them. */
export const HOMEWORK = ['cost', 'benefits', 'duration', 'parties', 'municipality'] as const;

/** One line of the review: its label and what was typed (null: nothing), or where the photos go. */
export type ReviewRow = { label: string; value: string | null; photos?: true };

export type ReviewInput = {
  msg: LocalizeController<FormMessages>;
  fields: IdeaFields;
  contact: ContactFields;
  themes: readonly Theme[];
  themeLabel(theme: Theme): string;
  supportLabel(kind: string): string;
};

/**
 * What the resident typed, step by step, as the review shows it and as an e-mail carries it
 * (a static folder cannot receive ideas): written once, so the two never say different things.
 */
export function reviewSections(c: ReviewInput): { step: Step; rows: ReviewRow[] }[] {
  const { msg, fields: f, contact } = c;
  const value = (v: string) => (v.trim() ? v : null);
  const theme = c.themes.find((t) => t.key === f.theme);
  const place = f.location
    ? f.location.address
    : f.postcode.trim()
      ? `${f.postcode} ${f.number}`
      : msg.t('review.no-place');
  const row = (label: string, v: string | null): ReviewRow => ({ label, value: v });
  return [
    {
      step: 'idea',
      rows: [
        row(msg.t('idea.title'), value(f.title)),
        row(msg.t('idea.description'), value(f.description)),
        row(msg.t('idea.theme'), theme ? c.themeLabel(theme) : value(f.theme)),
        { label: msg.t('photos'), value: null, photos: true },
      ],
    },
    { step: 'where', rows: [row(msg.t('step.where'), place)] },
    {
      step: 'support',
      rows: [
        row(msg.t('support.kinds'), f.support.length ? f.support.map((k) => c.supportLabel(k)).join(', ') : null),
        row(msg.t('supporters'), value(f.supporters)),
        ...HOMEWORK.map((k) => row(msg.t(`homework.${k}`), value(f.homework[k]))),
      ],
    },
    {
      step: 'you',
      rows: [
        row(msg.t('you.name'), value(contact.name)),
        row(msg.t('you.email'), value(contact.email)),
        row(msg.t('you.phone'), value(contact.phone)),
        row('', contact.showName ? msg.t('review.show-name.yes') : msg.t('review.show-name.no')),
      ],
    },
  ];
}
