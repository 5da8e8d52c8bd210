import { simpleParser, type ParsedMail } from 'mailparser';
import { after } from 'node:test';
import { SMTPServer } from 'smtp-server';

/** Stopped when the test file ends (an `after` inside a `before` hook would fire when that hook ends). */
const open = new Set<() => Promise<void>>();
after(async () => {
  for (const stop of open) await stop();
});

export type CaughtMail = ParsedMail & { raw: string; envelopeTo: string[] };

/**
 * A real SMTP server on loopback (the `smtp-server` package) that keeps what it receives,
 * parsed by `mailparser`. `mode` makes it refuse: `temporary` answers 451 (try later),
 * `permanent` 550 (never). `stop()` and `start()` take it off and back on the same port.
 */
export async function startSmtp(options: { delayMs?: number; port?: number } = {}) {
  const state = {
    mode: 'ok' as 'ok' | 'temporary' | 'permanent',
    /** Refuse only this many times, then accept again. */
    refusals: Infinity,
    /** Refuse only mail to this address (null: any). */
    only: null as string | null,
    mails: [] as CaughtMail[],
    delayMs: options.delayMs ?? 0,
  };
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // Closing waits this long for open connections, not the default 30 seconds.
      closeTimeout: 200,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', async () => {
          const targeted = !state.only || session.envelope.rcptTo.some((r) => r.address === state.only);
          if (state.mode !== 'ok' && state.refusals > 0 && targeted) {
            state.refusals--;
            const error = Object.assign(
              new Error(state.mode === 'temporary' ? 'Greylisted, try again later' : 'Mailbox unknown'),
              { responseCode: state.mode === 'temporary' ? 451 : 550 },
            );
            return callback(error);
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          const parsed = (await simpleParser(raw)) as CaughtMail;
          parsed.raw = raw;
          parsed.envelopeTo = session.envelope.rcptTo.map((r) => r.address);
          setTimeout(() => {
            state.mails.push(parsed);
            callback();
          }, state.delayMs);
        });
      },
    });
  let server = make();
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port));
    });
  const port = await listen(options.port ?? 0);
  let running = true;
  open.add(async () => {
    if (running) await new Promise<void>((resolve) => server.close(() => resolve()));
    running = false;
  });
  return {
    state,
    port,
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    /** Mails to one address. */
    to: (address: string) => state.mails.filter((m) => m.envelopeTo.includes(address)),
    async waitFor(test: (mails: CaughtMail[]) => boolean, timeoutMs = 15_000): Promise<CaughtMail[]> {
      const end = Date.now() + timeoutMs;
      while (!test(state.mails)) {
        if (Date.now() > end) throw new Error(`timed out waiting for mail; caught ${state.mails.length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return state.mails;
    },
    async stop() {
      running = false;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async start() {
      server = make();
      await listen(port);
      running = true;
    },
  };
}

/** The tags our mail renderer writes; any other tag in a mail's HTML came from someone's text. */
const OUR_TAGS = [
  'html',
  'head',
  'meta',
  'title',
  'body',
  'h1',
  'p',
  'a',
  'ul',
  'li',
  'blockquote',
  'br',
  'hr',
  'footer',
];

export function foreignTags(mail: CaughtMail): string[] {
  const tags = [...(mail.html as string).matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase());
  return tags.filter((t) => !OUR_TAGS.includes(t));
}
