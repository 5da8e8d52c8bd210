import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { countRows, dialects, startTestServer, validIdea, type TestServer } from './helpers/server.ts';
import { expectDocumented } from './helpers/openapi.ts';
import { foreignTags, startSmtp, type CaughtMail } from './helpers/smtp.ts';
import { corpus, fit } from '../hostile/xss-corpus.ts';

const PUBLIC = 'https://api.gemeente.example';
const CONTACT = 'sanne.de.vries@gemeente.example';
const mailConfig = (smtpUrl: string) => ({
  smtpUrl,
  from: 'Gemeente Almere <initiatieven@almere.example>',
  municipality: 'Gemeente Almere',
  publicUrl: PUBLIC,
  trackingUrl: 'https://www.almere.example/volg?ref={reference}',
  initiativeUrl: 'https://www.almere.example/initiatieven#initiative={id}',
  deskUrl: 'https://intranet.almere.example/balie',
  pollMs: 100,
  leaseMs: 5_000,
  retryBaseMs: 100,
});

/** The link in a mail (on the public address) as a request to the test server. */
const local = (href: string) => {
  const url = new URL(href);
  assert.equal(url.origin, PUBLIC);
  return `${url.pathname}${url.search}`;
};
const linkIn = (mail: CaughtMail, start: string) => {
  const found = (mail.text ?? '').split(/\s+/).find((w) => w.startsWith(start));
  assert.ok(found, `no link starting with ${start} in:\n${mail.text}`);
  return found;
};
const header = (mail: CaughtMail, name: string) => {
  const head = mail.raw.split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ');
  return new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head)?.[1]?.trim();
};

for (const dialect of dialects) {
  describe(`mail on ${dialect}`, () => {
    let s: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    before(async () => {
      smtp = await startSmtp();
      s = await startTestServer(dialect, { mail: mailConfig(smtp.url) });
    });
    const submit = async (extra: Record<string, unknown> = {}) => {
      const res = await s.fetch('/api/v1/ideas', { method: 'POST', json: await validIdea(s, extra) });
      assert.equal(res.status, 201);
      return (await res.json()) as { id: number; reference: string };
    };
    const staff = (path: string, json?: unknown, method = 'POST') =>
      s.fetch(`/api/v1/staff${path}`, { method, staff: true, ...(json === undefined ? {} : { json }) });
    const publish = async (ideaId: number, title = 'Bankjes in het park') => {
      const res = await staff(`/ideas/${ideaId}/publish`, {
        title,
        summary: 'Meer bankjes.',
        description: 'Meer bankjes in het park.',
        phaseModel: 'burgerinitiatief',
        role: 'faciliteren',
      });
      assert.equal(res.status, 201, await res.clone().text());
      return ((await res.json()) as { id: number }).id;
    };
    const mailsFor = (to: string, kind: RegExp) => smtp.to(to).filter((m) => kind.test(m.subject ?? ''));

    test('a new idea: the receipt in the resident language, and the area contact hears of it', async () => {
      for (const [locale, subject, promise] of [
        ['nl', /^Je idee is ontvangen \(BK(-[2-9A-HJKMNP-TV-Z]{4}){3}\)$/, /binnen 10 werkdagen/],
        ['en', /^Your idea has been received \(BK(-[2-9A-HJKMNP-TV-Z]{4}){3}\)$/, /within 10 working days/],
        ['fy', /^Dyn idee is ûntfongen \(BK(-[2-9A-HJKMNP-TV-Z]{4}){3}\)$/, /binnen 10 wurkdagen/],
      ] as const) {
        const email = `receipt-${locale}@example.org`;
        const idea = await submit({ locale, contact: { name: 'Jan Jansen', email } });
        const [mail] = await smtp.waitFor(() => smtp.to(email).length === 1).then(() => smtp.to(email));
        assert.match(mail!.subject!, subject);
        assert.ok(mail!.subject!.includes(idea.reference));
        assert.match(mail!.text!, promise);
        assert.ok(mail!.text!.includes(`https://www.almere.example/volg?ref=${idea.reference}`), 'tracking link');
        assert.match(mail!.html as string, new RegExp(`<html lang="${locale}">`));
        assert.doesNotMatch(
          mail!.html as string,
          // An image's address ends its path in the extension: an unsubscribe token's random
          // letters (`…?token=idea-off.6.gIFw…`) once matched a looser pattern.
          /<img|<script|https?:\/\/[^"?#]*\.(png|gif|jpe?g|webp|svg)(?=["?#])/i,
          'no images, no pixels',
        );
        assert.equal(header(mail!, 'Auto-Submitted'), 'auto-generated');
        assert.equal(header(mail!, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
        assert.match(
          header(mail!, 'List-Unsubscribe')!,
          /^<https:\/\/api\.gemeente\.example\/api\/v1\/mail\/unsubscribe\?token=/,
        );
        assert.match(mail!.messageId!, /^<mail-\d+\.[\w-]+@almere\.example>$/);
        assert.ok(
          mail!.text!.includes(linkIn(mail!, `${PUBLIC}/api/v1/mail/unsubscribe`)),
          'unsubscribe link in the body',
        );
      }
      await smtp.waitFor(() => mailsFor(CONTACT, /^Nieuw idee/).length >= 3);
      const note = mailsFor(CONTACT, /^Nieuw idee/)[0]!;
      assert.match(note.subject!, /^Nieuw idee BK(-[2-9A-HJKMNP-TV-Z]{4}){3} in /);
      for (const personal of ['Jan Jansen', 'receipt-nl@example.org', '06 12345678'])
        assert.ok(!note.raw.includes(personal), `staff note carries ${personal}`);
    });

    test('spam gets no mail at all: nobody can use the form to mail someone else', async () => {
      const spam = await submit({
        website: 'http://spam.example',
        contact: { name: 'Bot', email: 'victim@example.org' },
      });
      const queued = await s.db.all('SELECT id FROM outbox WHERE idea_id = ? OR recipient = ?', [
        spam.id,
        'victim@example.org',
      ]);
      assert.deepEqual(queued, []);
      // The same submission without the honeypot is mailed: the check above would see it.
      const real = await submit({ contact: { name: 'Mens', email: 'victim@example.org' } });
      assert.equal((await s.db.all('SELECT id FROM outbox WHERE idea_id = ?', [real.id])).length, 2);
    });

    test('answer, publication, phase change and closing each reach the initiator', async () => {
      const email = 'initiator@example.org';
      const idea = await submit({ contact: { name: 'Fatima Ouali', email }, locale: 'en' });
      const answered = await staff(`/ideas/${idea.id}/answered`, {
        channel: 'email',
        message: 'Thank you! I will call you next week.\n<b>Line two</b>',
      });
      assert.equal(answered.status, 200);
      assert.ok((await answered.json()).answered);
      const [answer] = await smtp
        .waitFor(() => mailsFor(email, /answer/).length === 1)
        .then(() => mailsFor(email, /answer/));
      assert.match(answer!.text!, /> Thank you! I will call you next week\.\n> <b>Line two<\/b>/);
      assert.ok((answer!.html as string).includes('&lt;b&gt;Line two&lt;/b&gt;'));

      const initiative = await publish(idea.id);
      const [published] = await smtp
        .waitFor(() => mailsFor(email, /is now an initiative/).length === 1)
        .then(() => mailsFor(email, /is now an initiative/));
      assert.ok(published!.text!.includes(`https://www.almere.example/initiatieven#initiative=${initiative}`));

      await staff(`/initiatives/${initiative}/phase`, { phase: 'definitie', note: 'We meet on Tuesday.' });
      const [phase] = await smtp
        .waitFor(() => mailsFor(email, /phase/).length === 1)
        .then(() => mailsFor(email, /phase/));
      assert.match(phase!.subject!, /^Bankjes in het park: now in the making a plan phase$/);
      assert.match(phase!.text!, /> We meet on Tuesday\./);

      const other = await submit({ contact: { name: 'Piet', email: 'closed@example.org' }, locale: 'fy' });
      await staff(`/ideas/${other.id}/close`, { reason: 'Der is al in bankje.' });
      const [closed] = await smtp.waitFor(() =>
        smtp.to('closed@example.org').some((m) => /ôfsletten/.test(m.subject!)),
      );
      assert.ok(closed);
      const mine = smtp.to('closed@example.org').find((m) => /ôfsletten/.test(m.subject!))!;
      assert.match(mine.text!, /> Der is al in bankje\./);

      const list = await expectDocumented(
        await staff(`/ideas/${idea.id}/mails`, undefined, 'GET'),
        '/staff/ideas/{id}/mails',
      );
      assert.equal(list.sending, true);
      assert.deepEqual(list.items.map((m: { kind: string; status: string }) => `${m.kind}:${m.status}`).sort(), [
        'answer:sent',
        'new-idea:sent',
        'phase:sent',
        'published:sent',
        'receipt:sent',
      ]);
      assert.ok(!JSON.stringify(list).includes(email), 'staff list shows audiences, not addresses');
    });

    test('following: double opt-in, phase news, one-click unsubscribe erases the address', async () => {
      const idea = await submit();
      const initiative = await publish(idea.id, 'Speeltuin Kruidenwijk');
      const follower = 'buurvrouw@example.org';
      const ask = () =>
        s.fetch(`/api/v1/initiatives/${initiative}/followers`, {
          method: 'POST',
          json: { email: follower, locale: 'nl' },
        });
      const res = await ask();
      assert.equal(res.status, 202);
      await expectDocumented(res, '/initiatives/{id}/followers', 'post');
      const [confirm] = await smtp.waitFor(() => smtp.to(follower).length === 1).then(() => smtp.to(follower));
      assert.match(confirm!.subject!, /^Bevestig dat je "Speeltuin Kruidenwijk" wilt volgen$/);
      // Asking again within the hour sends nothing more, and answers the same.
      assert.equal((await ask()).status, 202);
      await staff(`/initiatives/${initiative}/phase`, { phase: 'definitie' });
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(smtp.to(follower).length, 1, 'nothing before confirmation');

      const confirmLink = local(linkIn(confirm!, `${PUBLIC}/api/v1/mail/confirm`));
      const page = await s.fetch(confirmLink);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-security-policy')!, /default-src 'none'/);
      assert.match(await page.text(), /<form method="post"><button type="submit">Ja, ik wil dit volgen/);
      assert.equal((await s.fetch(confirmLink, { method: 'POST' })).status, 200);

      await staff(`/initiatives/${initiative}/phase`, { phase: 'opstart', note: 'Zorg voor draagvlak.' });
      const news = await smtp.waitFor(() => smtp.to(follower).length === 2).then(() => smtp.to(follower)[1]!);
      assert.match(news.subject!, /^Speeltuin Kruidenwijk: nu in de fase opstart$/);
      assert.match(news.text!, /^Hallo,/);
      assert.match(news.text!, /> Zorg voor draagvlak\./);

      // The mail program's one click (RFC 8058): a form POST to the List-Unsubscribe address.
      const oneClick = local(header(news, 'List-Unsubscribe')!.slice(1, -1));
      const left = await s.fetch(oneClick, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      assert.equal(left.status, 200);
      assert.match(await left.text(), /we hebben je e-mailadres gewist/);
      assert.equal(await countRows(s.db, 'followers'), 0);
      const kept = await s.db.all<{ recipient: string | null }>('SELECT recipient FROM outbox WHERE recipient = ?', [
        follower,
      ]);
      assert.equal(kept.length, 0, 'the address is gone from the outbox too');
      await staff(`/initiatives/${initiative}/phase`, { phase: 'uitvoering' });
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(smtp.to(follower).length, 2);
      assert.equal((await s.fetch(oneClick, { method: 'POST' })).status, 404, 'a used link does nothing');
    });

    test('staff turn mail off for an idea; the resident can too, from any mail', async () => {
      const email = 'phone-me@example.org';
      const idea = await submit({ contact: { name: 'Kees', email } });
      await smtp.waitFor(() => smtp.to(email).length === 1);
      const off = await expectDocumented(
        await staff(`/ideas/${idea.id}/mail`, { enabled: false }, 'PUT'),
        '/staff/ideas/{id}/mail',
        'put',
      );
      assert.equal(off.mail, false);
      assert.equal(
        (await staff(`/ideas/${idea.id}/answered`, { channel: 'email', message: 'Hallo Kees' })).status,
        409,
      );
      await staff(`/ideas/${idea.id}/close`, { reason: 'Telefonisch besproken.' });
      await new Promise((r) => setTimeout(r, 400));
      assert.equal(smtp.to(email).length, 1, 'nothing after mail was turned off');

      const other = 'unsubscribes@example.org';
      const second = await submit({ contact: { name: 'Els', email: other } });
      const [receipt] = await smtp.waitFor(() => smtp.to(other).length === 1).then(() => smtp.to(other));
      const page = await s.fetch(local(linkIn(receipt!, `${PUBLIC}/api/v1/mail/unsubscribe`)));
      assert.match(await page.text(), /<button type="submit">Afmelden/);
      await s.fetch(local(linkIn(receipt!, `${PUBLIC}/api/v1/mail/unsubscribe`)), { method: 'POST' });
      const idea2 = await (await staff(`/ideas?q=${second.reference}`, undefined, 'GET')).json();
      assert.equal(idea2.items[0].mail, false);
    });

    test('text from residents and staff stays text in every mail, and a line break adds no header', async () => {
      for (const [i, { text }] of corpus.filter((_, n) => n % 40 === 0).entries()) {
        const payload = text.replaceAll('\u0000', ''); // the API refuses NUL bytes (tested elsewhere)
        const email = `xss-${i}@example.org`;
        const idea = await submit({
          title: fit(payload, 3, 120),
          contact: { name: fit(`Jan\r\nBcc: evil@example.org ${payload}`, 1, 120), email },
        });
        const initiative = await publish(idea.id, fit(`${payload}\r\nBcc: evil@example.org`, 3, 120));
        // A public note with a phase change, and a closing reason (of a second idea, still open).
        const moved = await staff(`/initiatives/${initiative}/phase`, {
          phase: 'opstart',
          note: fit(payload, 1, 2000),
        });
        assert.equal(moved.status, 200, await moved.clone().text());
        const other = await submit({ contact: { name: 'Jan', email } });
        const closed = await staff(`/ideas/${other.id}/close`, { reason: fit(payload, 3, 2000) });
        assert.equal(closed.status, 200, await closed.clone().text());
        // Receipt, publication, phase and, for the second idea, receipt and closing.
        const mails = await smtp.waitFor(() => smtp.to(email).length === 5).then(() => smtp.to(email));
        for (const mail of mails) {
          // Every tag in the HTML is one of ours: the payload's are escaped.
          assert.deepEqual(foreignTags(mail), [], `payload ${i} became markup`);
          assert.ok(!mail.envelopeTo.includes('evil@example.org'));
          assert.equal(header(mail, 'Bcc'), undefined, 'no header of its own');
          // The title staff chose may be in the subject (its line breaks removed); nothing typed is elsewhere.
          const lines = mail.raw
            .split('\r\n\r\n')[0]!
            .replace(/\r\n[ \t]+/g, ' ')
            .split('\r\n');
          const typedIn = lines.filter((l) => /evil/.test(l)).map((l) => l.split(':')[0]);
          assert.deepEqual(
            [...new Set(typedIn)].filter((h) => h !== 'Subject'),
            [],
            'nothing typed in other headers',
          );
        }
      }
      assert.equal(smtp.state.mails.filter((m) => m.envelopeTo.includes('evil@example.org')).length, 0);
    });
  });
}
