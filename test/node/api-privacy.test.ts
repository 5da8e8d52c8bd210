import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { countRows, dialects, startTestServer, uploadPhoto, validIdea, type TestServer } from './helpers/server.ts';
import { expectDocumented } from './helpers/openapi.ts';
import { startSmtp, type CaughtMail } from './helpers/smtp.ts';

const PUBLIC = 'https://api.gemeente.example';
const linkIn = (mail: CaughtMail) => {
  const found = (mail.text ?? '').split(/\s+/).find((w) => w.startsWith(`${PUBLIC}/api/v1/mail/confirm`));
  assert.ok(found, `no confirm link in:\n${mail.text}`);
  const url = new URL(found);
  return `${url.pathname}${url.search}`;
};

for (const dialect of dialects) {
  describe(`residents' rights (AVG): seeing and erasing what is kept about an idea, on ${dialect}`, () => {
    let s: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    before(async () => {
      smtp = await startSmtp();
      s = await startTestServer(dialect, {
        mail: { smtpUrl: smtp.url, publicUrl: PUBLIC, pollMs: 100, leaseMs: 5000, retryBaseMs: 100 },
      });
    });
    /** An idea with a photo, sent by `email`. */
    const sendIdea = async (email: string) => {
      const photo = await uploadPhoto(s);
      const body = await validIdea(s, {
        contact: { name: 'Jan Jansen', email, phone: '06 12345678' },
        photos: [{ id: photo.id, alt: 'De stoep' }],
      });
      return (await (await s.fetch('/api/v1/ideas', { method: 'POST', json: body })).json()) as {
        id: number;
        reference: string;
      };
    };
    const ask = (json: unknown) => s.fetch('/api/v1/privacy-requests', { method: 'POST', json });
    const mailFor = async (email: string, subject: RegExp) => {
      await smtp.waitFor(() => smtp.to(email).some((m) => subject.test(m.subject ?? '')));
      return smtp.to(email).find((m) => subject.test(m.subject ?? ''))!;
    };

    test('seeing: by reference and address, through a link mailed there; the page shows what is kept', async () => {
      const idea = await sendIdea('inzage@example.org');
      const res = await ask({ reference: idea.reference, email: 'Inzage@Example.org', kind: 'view' });
      assert.equal(res.status, 202);
      assert.deepEqual(await expectDocumented(res, '/privacy-requests', 'post'), { status: 'confirmation-sent' });
      const mail = await mailFor('inzage@example.org', /^Inzage in je idee/);
      const link = linkIn(mail);
      // Opening the link asks first (a mail scanner opens links too); nothing is shown yet.
      const opened = await (await s.fetch(link)).text();
      assert.match(opened, /<form method="post"><button type="submit">Laat zien<\/button>/);
      assert.doesNotMatch(opened, /06 12345678/);
      const shown = await s.fetch(link, { method: 'POST' });
      assert.equal(shown.status, 200);
      assert.match(shown.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      const page = await shown.text();
      for (const held of [idea.reference, 'Jan Jansen', 'inzage@example.org', '06 12345678', 'De stoep', 'receipt'])
        assert.ok(page.includes(held), `the page shows ${held}`);
      const trail = await s.db.all<{ actor: string; action: string }>(
        "SELECT actor, action FROM audit WHERE target = ? AND action LIKE 'privacy.%'",
        [`idea:${idea.id}`],
      );
      assert.deepEqual(trail, [{ actor: 'resident', action: 'privacy.view' }]);
      // 48 hours on, the link shows nothing.
      s.clock.now = new Date(Date.now() + 49 * 3_600_000);
      const late = await s.fetch(link, { method: 'POST' });
      assert.equal(late.status, 404);
      assert.doesNotMatch(await late.text(), /06 12345678/);
      s.clock.now = new Date();
    });

    test('a wrong address or an unknown reference gets the same answer, and no mail', async () => {
      const idea = await sendIdea('echt@example.org');
      await s.outbox.idle();
      const before = smtp.state.mails.length;
      const answers = await Promise.all(
        [
          { reference: idea.reference, email: 'iemand-anders@example.org', kind: 'view' },
          { reference: 'BK-2026-9999', email: 'echt@example.org', kind: 'erase' },
          { reference: 'niet-eens-een-referentie', email: 'echt@example.org', kind: 'view' },
        ].map(async (q) => {
          const res = await ask(q);
          return [res.status, await res.text()];
        }),
      );
      assert.deepEqual(new Set(answers.map((a) => JSON.stringify(a))).size, 1);
      await s.outbox.idle();
      assert.equal(smtp.state.mails.length, before, 'nothing mailed');
      assert.equal((await ask({ reference: idea.reference, email: 'echt@example.org', kind: 'delete' })).status, 422);
    });

    test('the resident erases: contact details, address, description, photos, mail addresses; audited', async () => {
      const idea = await sendIdea('wissen@example.org');
      await s.outbox.idle();
      await ask({ reference: idea.reference, email: 'wissen@example.org', kind: 'erase' });
      const link = linkIn(await mailFor('wissen@example.org', /laten wissen$/));
      assert.match(await (await s.fetch(link)).text(), /Ja, wis mijn gegevens/);
      const done = await s.fetch(link, { method: 'POST' });
      assert.match(await done.text(), /Gewist/);
      const row = (await s.db.get<Record<string, unknown>>('SELECT * FROM ideas WHERE id = ?', [idea.id]))!;
      assert.deepEqual(
        [row.contact_name, row.contact_email, row.contact_phone, row.address, row.description],
        [null, null, null, null, ''],
      );
      assert.ok(row.contact_erased_at);
      assert.equal(
        Number((await s.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM photos WHERE idea_id = ?', [idea.id]))!.n),
        0,
        'its photos are gone',
      );
      const addresses = await s.db.all<{ recipient: string | null }>(
        "SELECT recipient FROM outbox WHERE idea_id = ? AND audience = 'initiator'",
        [idea.id],
      );
      assert.ok(addresses.length > 0 && addresses.every((a) => a.recipient === null), 'no address left in the outbox');
      const trail = await s.db.all<{ action: string }>('SELECT action FROM audit WHERE target = ?', [
        `idea:${idea.id}`,
      ]);
      assert.ok(trail.some((t) => t.action === 'privacy.erase'));
      // The idea itself stays for the figures; asking again finds no address to mail.
      assert.equal((await countRows(s.db, 'ideas')) > 0, true);
      assert.equal((await s.fetch(link, { method: 'POST' })).status, 200, 'a second press changes nothing more');
    });

    test('erasing by staff on request (by phone): the desk names the person in the audit', async () => {
      const idea = await sendIdea('telefoon@example.org');
      const res = await s.fetch(`/api/v1/staff/ideas/${idea.id}/erase`, {
        method: 'POST',
        staff: true,
        json: { reason: 'Verzoek per telefoon' },
      });
      const erased = await expectDocumented(res, '/staff/ideas/{id}/erase', 'post');
      assert.deepEqual([erased.id, erased.contact, erased.photos], [idea.id, null, []]);
      const row = (await s.db.get<Record<string, unknown>>('SELECT contact_email FROM ideas WHERE id = ?', [idea.id]))!;
      assert.equal(row.contact_email, null);
      const trail = await (await s.fetch(`/api/v1/staff/audit?target=idea:${idea.id}`, { staff: true })).json();
      assert.deepEqual(
        trail.items
          .filter((l: { action: string }) => l.action === 'privacy.erase')
          .map((l: { actor: string; details: unknown }) => [l.actor, l.details]),
        [['Test Medewerker', { by: 'staff', reason: 'Verzoek per telefoon' }]],
      );
      const unknown = await s.fetch('/api/v1/staff/ideas/999999/erase', {
        method: 'POST',
        staff: true,
        json: { reason: 'Per brief' },
      });
      assert.equal(unknown.status, 404);
      const noReason = await s.fetch(`/api/v1/staff/ideas/${idea.id}/erase`, { method: 'POST', staff: true, json: {} });
      assert.equal(noReason.status, 422, 'the audit needs to say how the request came in');
      const list = await (await s.fetch('/api/v1/staff/ideas?limit=200', { staff: true })).json();
      const mine = list.items.find((i: { id: number }) => i.id === idea.id);
      assert.equal(JSON.stringify(mine).includes('telefoon@example.org'), false);
    });
  });
}
