import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/index.js';
import { sign } from '../guards/sign.js';
import { eraseUnconfirmedBackers } from '../store/backers.js';
import { eraseUnconfirmedFollowers } from '../store/followers.js';
import { eraseUnconfirmedOffers } from '../store/offers.js';
import { claimDue, markFailed, markRetry, markSent, renewLease, type OutboxRow } from '../store/outbox.js';
import type { MailConfig } from './config.js';
import type { Notifier } from './notify.js';

/** After this many tries a temporary failure counts as permanent, with the last reason. */
export const MAX_ATTEMPTS = 20;

/** How an SMTP failure is treated: a 5xx reply is final; a 4xx reply or no connection is tried again. */
export function classifySmtpError(error: unknown): { permanent: boolean; reason: string } {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
  const reason = (e.response ?? e.message ?? String(error)).replace(/\s+/g, ' ').trim();
  if (typeof e.responseCode === 'number' && e.responseCode >= 500) return { permanent: true, reason };
  return { permanent: false, reason: e.code && !e.response ? `${e.code}: ${reason}` : reason };
}

/** The wait before the next try: doubles each attempt, never more than an hour. */
export const backoff = (attempt: number, baseMs: number) => Math.min(3_600_000, baseMs * 2 ** (attempt - 1));

/**
 * How often what was never confirmed is looked for (by the app's clock). Kept seven days, it can
 * wait a quarter of an hour more; three deletes each poll (every 5 s) for each of fifty
 * municipalities were most of what their senders asked of the database.
 */
const ERASE_EVERY_MS = 15 * 60_000;

/**
 * Sends what the outbox holds. Each instance runs one: it claims due messages with a
 * lease, sends them, and marks them sent. A message is only claimed again once its lease
 * has run out, so a sender that dies mid-send (kill -9) causes at most one more delivery,
 * and the Message-ID is the same both times so mail programs can tell. The outbox uses
 * the wall clock; what the mails say (and the digest) follows the app's clock.
 */
export class OutboxSender {
  readonly owner = randomUUID();
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /** When (app time) unconfirmed followers, backers and offers were last erased. */
  private erasedAt = -Infinity;

  constructor(
    private readonly db: Db,
    private readonly config: MailConfig,
    private readonly notifier: Notifier,
    private readonly secret: Buffer,
    private readonly appNow: () => Date,
    private readonly log: (line: Record<string, unknown>) => void,
  ) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  }

  get sending(): boolean {
    return this.transport !== null;
  }

  start(): void {
    if (!this.transport)
      this.log({ event: 'mail-off', detail: 'BUURTKIT_SMTP_URL is not set: mails are queued, not sent' });
    // Each sender polls at its own moment in the period: fifty municipalities' senders, started
    // together, would otherwise look at the database all at once every period, and the
    // requests that arrive then wait behind them.
    this.timer = setTimeout(() => {
      this.timer = setInterval(() => this.poke(), this.config.pollMs);
      this.timer.unref();
      this.poke();
    }, Math.random() * this.config.pollMs);
    this.timer.unref();
    this.poke();
  }

  /** Something was queued: look now rather than at the next poll. */
  poke(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.tick()
      .catch((error: Error) => this.log({ event: 'mail-error', error: error.message }))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.poke();
        }
      });
  }

  /** Waits until the sender has nothing in hand (tests, and a graceful stop). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async tick(): Promise<void> {
    const digests = await this.notifier.digest(this.db, this.appNow());
    if (digests) this.log({ event: 'mail-digest', contacts: digests });
    // What was never confirmed is not kept: followers, backers and offers, after seven days.
    // (A clock set back, as tests do, counts as time gone by too.)
    const at = this.appNow();
    if (Math.abs(at.getTime() - this.erasedAt) >= ERASE_EVERY_MS) {
      await eraseUnconfirmedFollowers(this.db, at);
      await eraseUnconfirmedBackers(this.db, at);
      await eraseUnconfirmedOffers(this.db, at);
      this.erasedAt = at.getTime();
    }
    if (!this.transport) return;
    for (;;) {
      if (this.stopped) return;
      const now = Date.now();
      const batch = await claimDue(
        this.db,
        this.owner,
        new Date(now).toISOString(),
        new Date(now + this.config.leaseMs).toISOString(),
        10,
      );
      if (!batch.length) return;
      for (const row of batch) {
        // A batch can outlast its lease when the machine is busy: each row is held afresh before it goes.
        const at = Date.now();
        const held = await renewLease(
          this.db,
          Number(row.id),
          this.owner,
          new Date(at).toISOString(),
          new Date(at + this.config.leaseMs).toISOString(),
        );
        if (held && !this.stopped) await this.send(row);
      }
    }
  }

  private messageId(row: OutboxRow): string {
    const domain = /@([^>\s]+)>?\s*$/.exec(this.config.from)?.[1] ?? 'buurtkit.invalid';
    return `<mail-${row.id}.${sign(this.secret, `message:${row.id}`).slice(0, 16)}@${domain}>`;
  }

  private async send(row: OutboxRow): Promise<void> {
    if (!row.recipient || row.text_body === null) {
      await markFailed(this.db, Number(row.id), 'no address (erased)');
      return;
    }
    try {
      await this.transport!.sendMail({
        from: this.config.from,
        to: row.recipient,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body ?? undefined,
        messageId: this.messageId(row),
        headers: {
          // Vacation replies and auto-responders stay quiet (RFC 3834).
          'Auto-Submitted': 'auto-generated',
          ...(row.unsubscribe
            ? {
                // One click in the mail program unsubscribes (RFC 8058); the link in the body does the same.
                'List-Unsubscribe': `<${row.unsubscribe}>`,
                'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
              }
            : {}),
        },
      });
      await markSent(this.db, Number(row.id), new Date().toISOString());
      this.log({ event: 'mail-sent', id: Number(row.id), kind: row.kind });
    } catch (error) {
      const { permanent, reason } = classifySmtpError(error);
      const attempts = Number(row.attempts);
      if (permanent || attempts >= MAX_ATTEMPTS) {
        await markFailed(this.db, Number(row.id), permanent ? reason : `gave up after ${attempts} attempts: ${reason}`);
        this.log({ event: 'mail-failed', id: Number(row.id), kind: row.kind });
      } else {
        const retryAt = new Date(Date.now() + backoff(attempts, this.config.retryBaseMs)).toISOString();
        await markRetry(this.db, Number(row.id), retryAt, reason);
        this.log({ event: 'mail-retry', id: Number(row.id), kind: row.kind, attempts });
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    // The first timeout or the interval: in Node either is cleared by either function.
    clearTimeout(this.timer);
    await this.idle();
    this.transport?.close();
  }
}
