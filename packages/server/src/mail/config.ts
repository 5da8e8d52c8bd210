/** How the server mails; all of it comes from configuration (see `start.ts`). */
export interface MailConfig {
  /** `smtp://…` or `smtps://…`; null: mail is off, and everything stays queued. */
  smtpUrl: string | null;
  /** The sender, e.g. `Gemeente Almere <initiatieven@almere.nl>` (the municipality's domain: SPF/DKIM are theirs). */
  from: string;
  /** The API as residents reach it: the base of confirmation and unsubscribe links. */
  publicUrl: string;
  /** The page with the phase tracker, `{reference}` filled in; no tracking link when null. */
  trackingUrl: string | null;
  /** The public page of an initiative, `{id}` filled in; no link when null. */
  initiativeUrl: string | null;
  /** The staff page with the desk, for staff mails. */
  deskUrl: string | null;
  /** How mails name the sender in sentences: "Gemeente Almere". */
  municipality: string;
  /** How often the outbox is looked at (it is also poked after each change). */
  pollMs: number;
  /** How long a sender holds a claimed message before another may take it. */
  leaseMs: number;
  /** The first retry after a temporary failure; doubled each time, up to an hour. */
  retryBaseMs: number;
  /** The hour (Amsterdam time) after which the working day's digest goes out. */
  digestHour: number;
}

export const MAIL_DEFAULTS: Omit<MailConfig, 'publicUrl'> = {
  smtpUrl: null,
  from: 'Buurtkit <buurtkit@localhost>',
  trackingUrl: null,
  initiativeUrl: null,
  deskUrl: null,
  municipality: 'de gemeente',
  pollMs: 5_000,
  leaseMs: 120_000,
  retryBaseMs: 30_000,
  digestHour: 8,
};

/** Fills a URL template: values are encoded, so nothing typed can change the link's shape. */
export function fillUrl(template: string | null, values: Record<string, string | number>): string | null {
  if (!template) return null;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? encodeURIComponent(String(values[key])) : whole,
  );
}
