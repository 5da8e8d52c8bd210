import { INTL_TAGS, type Locale } from '@buurtkit/api/locales';
import type { Block, MailDoc } from './texts/types.js';

export type Rendered = { subject: string; text: string; html: string };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Resident text goes into HTML as text, always. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * A header value from text someone typed: no line breaks (they would start a header of
 * their own) and no other control characters, and not endless.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
export const headerText = (s: string) => s.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);

/** Links in mails are ours (configured bases plus encoded references); still, only http(s). */
export function safeLink(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A calendar date (YYYY-MM-DD) the way a resident reads it in their language. */
export function formatDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(INTL_TAGS[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

function blockText(b: Block): string {
  switch (b.kind) {
    case 'p':
      return b.text;
    case 'quote':
      return b.text
        .split(/\r?\n/)
        .map((line) => `> ${line}`)
        .join('\n');
    case 'link':
      return `${b.text}:\n${b.href}`;
    case 'list':
      return b.items.map((i) => `- ${i}`).join('\n');
  }
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'p':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'quote':
      return `<blockquote><p>${escapeHtml(b.text).replace(/\r?\n/g, '<br>')}</p></blockquote>`;
    case 'link':
      return `<p><a href="${escapeHtml(b.href)}">${escapeHtml(b.text)}</a></p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  }
}

/**
 * Plain text and HTML from one document. The HTML is one column of paragraphs with
 * real headings and links, in the reader's language, with no images, no tracking and
 * nothing loaded from elsewhere.
 */
export function renderMail(
  doc: MailDoc,
  locale: Locale,
  footer: { text: string; unsubscribe?: { text: string; href: string } },
): Rendered {
  const blocks = doc.blocks.filter((b) => b.kind !== 'link' || safeLink(b.href));
  const subject = headerText(doc.subject);
  const unsubscribe = footer.unsubscribe && safeLink(footer.unsubscribe.href) ? footer.unsubscribe : undefined;
  const text = [
    ...blocks.map(blockText),
    '--',
    footer.text,
    ...(unsubscribe ? [`${unsubscribe.text}:\n${unsubscribe.href}`] : []),
  ].join('\n\n');
  const html = [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; max-width: 40em">',
    `<h1 style="font-size: 1.25em">${escapeHtml(subject)}</h1>`,
    ...blocks.map(blockHtml),
    '<hr>',
    `<footer><p>${escapeHtml(footer.text)}</p>`,
    ...(unsubscribe ? [`<p><a href="${escapeHtml(unsubscribe.href)}">${escapeHtml(unsubscribe.text)}</a></p>`] : []),
    '</footer></body></html>',
  ].join('\n');
  return { subject, text, html };
}
