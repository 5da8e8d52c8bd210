import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { dialects, startTestServer, validIdea, type TestServer } from './helpers/server.ts';
import { startSmtp } from './helpers/smtp.ts';

const CONTACT = 'sanne.de.vries@gemeente.example';
const fast = (smtpUrl: string) => ({
  smtpUrl,
  publicUrl: 'https://api.example',
  pollMs: 100,
  leaseMs: 3_000,
  retryBaseMs: 100,
});
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function submit(s: TestServer, email: string) {
  const res = await s.fetch('/api/v1/ideas', {
    method: 'POST',
    json: await validIdea(s, { contact: { name: 'Jan', email } }),
  });
  assert.equal(res.status, 201);
  return (await res.json()) as { id: number; reference: string };
}

/** Waits until nothing is waiting in the outbox (the first tick's digest included). */
async function settled(s: TestServer) {
  for (let i = 0; i < 200; i++) {
    const row = await s.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM outbox WHERE status = 'queued'");
    if (Number(row!.n) === 0) return;
    await pause(50);
  }
  const left = await s.db.all(
    "SELECT id, kind, attempts, next_attempt_at, lease_until, last_error FROM outbox WHERE status = 'queued'",
  );
  throw new Error(`the outbox did not empty: ${JSON.stringify(left)} ${JSON.stringify(s.logs.filter((l) => l.event))}`);
}

const staffMails = async (s: TestServer, id: number) =>
  (await (await s.fetch(`/api/v1/staff/ideas/${id}/mails`, { staff: true })).json()).items as {
    kind: string;
    status: string;
    attempts: number;
    error: string | null;
  }[];

for (const dialect of dialects) {
  describe(`the outbox on ${dialect}`, () => {
    let s: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    before(async () => {
      smtp = await startSmtp();
      s = await startTestServer(dialect, { mail: fast(smtp.url) });
    });

    test('refused for now (451), then accepted: sent once, after a retry', async () => {
      await settled(s);
      Object.assign(smtp.state, { mode: 'temporary', refusals: 1, only: 'greylisted@example.org' });
      const idea = await submit(s, 'greylisted@example.org');
      await smtp.waitFor(() => smtp.to('greylisted@example.org').length === 1);
      await pause(300);
      assert.equal(smtp.to('greylisted@example.org').length, 1);
      const receipt = (await staffMails(s, idea.id)).find((m) => m.kind === 'receipt')!;
      assert.equal(receipt.status, 'sent');
      assert.equal(receipt.attempts, 2);
      assert.equal((await staffMails(s, idea.id)).find((m) => m.kind === 'new-idea')!.attempts, 1);
      Object.assign(smtp.state, { mode: 'ok', only: null });
    });

    test('refused for good (550): not tried again, and staff see why', async () => {
      await settled(s);
      Object.assign(smtp.state, { mode: 'permanent', refusals: Infinity, only: 'unknown-user@example.org' });
      const idea = await submit(s, 'unknown-user@example.org');
      let mails = await staffMails(s, idea.id);
      for (let i = 0; i < 100 && mails.some((m) => m.status === 'queued'); i++) {
        await pause(50);
        mails = await staffMails(s, idea.id);
      }
      Object.assign(smtp.state, { mode: 'ok', only: null });
      const receipt = mails.find((m) => m.kind === 'receipt')!;
      assert.equal(receipt.status, 'failed');
      assert.equal(receipt.attempts, 1);
      assert.match(receipt.error!, /Mailbox unknown/);
      await pause(400);
      assert.equal(smtp.to('unknown-user@example.org').length, 0);
    });

    test('the mail server is down for a while: everything queued goes out when it is back', async () => {
      await smtp.stop();
      const ideas = [];
      for (let i = 0; i < 3; i++) ideas.push(await submit(s, `while-down-${i}@example.org`));
      await pause(1_500);
      const waiting = await staffMails(s, ideas[0]!.id);
      assert.ok(
        waiting.every((m) => m.status === 'queued' && m.attempts >= 2),
        JSON.stringify(waiting),
      );
      assert.match(waiting[0]!.error!, /ECONNREFUSED|ECONNECTION/);
      await smtp.start();
      await smtp.waitFor(() => [0, 1, 2].every((i) => smtp.to(`while-down-${i}@example.org`).length === 1), 20_000);
    });

    test('the working-day digest: once a day, not on a weekend or a public holiday', async () => {
      const at = (iso: string) => (s.clock.now = new Date(iso));
      at('2026-12-01T10:00:00Z');
      const overdue = await submit(s, 'digest-a@example.org'); // due 15 December
      at('2026-12-10T10:00:00Z');
      const near = await submit(s, 'digest-b@example.org'); // due 24 December
      const digests = () => smtp.to(CONTACT).filter((m) => /op een antwoord$/.test(m.subject ?? ''));
      const tick = async (iso: string) => {
        at(iso);
        s.outbox.poke();
        await s.outbox.idle();
        await pause(300);
        s.outbox.poke();
        await s.outbox.idle();
      };
      await tick('2026-12-24T07:30:00Z'); // Thursday, 08:30 in Almere
      await smtp.waitFor(() => digests().some((m) => m.text!.includes(near.reference)));
      const first = digests().find((m) => m.text!.includes(near.reference))!;
      assert.match(
        first.text!,
        new RegExp(`${overdue.reference} "Bankjes in het park": termijn verstreken op 15 december 2026`),
      );
      assert.match(
        first.text!,
        new RegExp(`${near.reference} "Bankjes in het park": antwoord uiterlijk 24 december 2026`),
      );
      const count = digests().length;
      await tick('2026-12-24T15:00:00Z'); // later the same day
      await tick('2026-12-25T09:00:00Z'); // Christmas
      await tick('2026-12-26T09:00:00Z'); // Saturday
      await tick('2026-12-27T09:00:00Z'); // Sunday
      assert.equal(digests().length, count);
      await tick('2026-12-28T07:30:00Z'); // Monday
      await smtp.waitFor(() => digests().length === count + 1);
      s.clock.now = new Date();
    });
  });
}

describe('two instances on one PostgreSQL database', () => {
  test('each mail goes out exactly once, even when a batch outlasts its lease', async () => {
    // A slow mail server (300 ms a mail) and a 2 s lease: a batch of 10 outlasts it, as on a busy
    // machine, while one mail stays well within it.
    const smtp = await startSmtp({ delayMs: 300 });
    const mail = { ...fast(smtp.url), leaseMs: 2_000 };
    const a = await startTestServer('postgres', { mail });
    const b = await startTestServer('postgres', { mail, location: a.location, seed: false });
    const ideas = [];
    for (let i = 0; i < 20; i++) ideas.push(await submit(i % 2 ? a : b, `twice-${i}@example.org`));
    const expected = Number(
      (await a.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM outbox WHERE kind <> 'digest'"))!.n,
    );
    assert.ok(expected >= 40);
    await smtp.waitFor((m) => m.filter((x) => !/op een antwoord$/.test(x.subject ?? '')).length >= expected, 60_000);
    await pause(1_000);
    const ids = smtp.state.mails.map((m) => m.messageId);
    assert.equal(new Set(ids).size, ids.length, 'a Message-ID arrived twice');
    for (let i = 0; i < 20; i++) assert.equal(smtp.to(`twice-${i}@example.org`).length, 1);
    await a.close();
    await b.close();
    await smtp.stop();
  });
});

describe('kill -9 while the outbox is being sent', () => {
  const children: ChildProcess[] = [];
  after(() => children.forEach((c) => c.kill('SIGKILL')));

  test('after a restart every mail arrives, none more than twice, most exactly once', async () => {
    const smtp = await startSmtp({ delayMs: 150 });
    const database = join(mkdtempSync(join(tmpdir(), 'buurtkit-kill-')), 'kill.sqlite');
    const start = () =>
      new Promise<{ child: ChildProcess; url: string }>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [
            'packages/server/bin/buurtkit-server.mjs',
            '--port',
            '0',
            '--database',
            database,
            '--seed',
            'demo',
            '--quiet',
          ],
          {
            env: {
              ...process.env,
              BUURTKIT_SMTP_URL: smtp.url,
              BUURTKIT_MAIL_POLL_MS: '100',
              BUURTKIT_MAIL_LEASE_MS: '1500',
              BUURTKIT_MIN_FILL_SECONDS: '0',
              BUURTKIT_RATE_LIMIT: '1000/600',
            },
            stdio: ['ignore', 'pipe', 'inherit'],
          },
        );
        children.push(child);
        child.stdout!.on('data', (d) => {
          const url = /Buurtkit API on (\S+)\/api\/v1 /.exec(String(d))?.[1];
          if (url) resolve({ child, url });
        });
        child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
      });
    let server = await start();
    const references: string[] = [];
    for (let i = 0; i < 12; i++) {
      const { token } = await (await fetch(`${server.url}/api/v1/ideas/form-token`)).json();
      const res = await fetch(`${server.url}/api/v1/ideas`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          title: `Idee ${i}`,
          description: 'Een idee om de buurt mooier te maken, met de buren.',
          theme: 'wonen-en-leefomgeving',
          contact: { name: 'Jan', email: `kill-${i}@example.org` },
          formToken: token,
        }),
      });
      assert.equal(res.status, 201);
      references.push((await res.json()).reference);
    }
    await smtp.waitFor((m) => m.length >= 4);
    server.child.removeAllListeners('exit');
    server.child.kill('SIGKILL');
    const before = smtp.state.mails.length;
    assert.ok(before < 24, 'killed mid-send');
    server = await start();
    await smtp.waitFor(() => references.every((_, i) => smtp.to(`kill-${i}@example.org`).length >= 1), 60_000);
    await pause(2_000);
    const counts = new Map<string, number>();
    for (const m of smtp.state.mails) counts.set(m.messageId!, (counts.get(m.messageId!) ?? 0) + 1);
    assert.ok(
      [...counts.values()].every((n) => n <= 2),
      'a mail arrived three times',
    );
    const twice = [...counts.values()].filter((n) => n === 2).length;
    assert.ok(twice <= 1, `${twice} mails arrived twice; one was in flight`);
    server.child.kill('SIGKILL');
    await smtp.stop();
  });
});
