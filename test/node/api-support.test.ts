import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { countRows, dialects, startTestServer, validIdea, type TestServer } from './helpers/server.ts';
import { expectDocumented } from './helpers/openapi.ts';
import { foreignTags, startSmtp, type CaughtMail } from './helpers/smtp.ts';
import { corpus, fit } from '../hostile/xss-corpus.ts';
import { eraseFinishedInitiativeHelpers } from '../../packages/server/src/store/offers.ts';

const PUBLIC = 'https://api.gemeente.example';
const mailConfig = (smtpUrl: string) => ({
  smtpUrl,
  from: 'Gemeente Almere <initiatieven@almere.example>',
  municipality: 'Gemeente Almere',
  publicUrl: PUBLIC,
  deskUrl: 'https://intranet.almere.example/balie',
  pollMs: 100,
  leaseMs: 5_000,
  retryBaseMs: 100,
});

const local = (href: string) => {
  const url = new URL(href);
  assert.equal(url.origin, PUBLIC);
  return `${url.pathname}${url.search}`;
};
const linkIn = (mail: CaughtMail, start: string) => {
  const found = (mail.text ?? '').split(/\s+/).find((w) => w.startsWith(start));
  assert.ok(found, `no link starting with ${start} in:\n${mail.text}`);
  return local(found);
};
const header = (mail: CaughtMail, name: string) => {
  const head = mail.raw.split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ');
  return new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head)?.[1]?.trim();
};

type Backing = { count: number; areas: { code: string; name: string; count: number }[]; elsewhere: number | null };
type Detail = { id: number; title: string; areaCode: string; backing: Backing & { names: string[] } };

for (const dialect of dialects) {
  describe(`backing and offers of help on ${dialect}`, () => {
    let s: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    let initiative: Detail;
    /** A buurt outside the initiative's municipality. */
    let elsewhere: string;
    before(async () => {
      smtp = await startSmtp();
      s = await startTestServer(dialect, { mail: mailConfig(smtp.url) });
      const list = (await (await s.fetch('/api/v1/initiatives?limit=200')).json()) as {
        features: { id: number; properties: { areaCode: string | null } }[];
      };
      const inAlmere = list.features.find((f) => f.properties.areaCode?.startsWith('BU0034'))!;
      initiative = (await (await s.fetch(`/api/v1/initiatives/${inAlmere.id}`)).json()) as Detail;
      // A buurt in Leiden: our boundary data has Almere's buurten only, so it is not in the municipality.
      elsewhere = 'BU05460101';
    });
    const token = async () => ((await (await s.fetch('/api/v1/ideas/form-token')).json()) as { token: string }).token;
    const back = async (id: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      s.fetch(`/api/v1/initiatives/${id}/backers`, {
        method: 'POST',
        json: { formToken: await token(), ...body },
        headers,
      });
    const offer = async (id: number, body: Record<string, unknown>) =>
      s.fetch(`/api/v1/initiatives/${id}/offers`, {
        method: 'POST',
        json: { formToken: await token(), kinds: ['time'], message: 'Ik help graag.', name: 'Fatima', ...body },
      });
    const detail = async (id = initiative.id) => (await (await s.fetch(`/api/v1/initiatives/${id}`)).json()) as Detail;
    const mailTo = async (email: string, n = 1) => {
      await smtp.waitFor(() => smtp.to(email).length >= n);
      return smtp.to(email)[n - 1]!;
    };
    const staff = (path: string, json?: unknown, method = 'POST') =>
      s.fetch(`/api/v1/staff${path}`, { method, staff: true, ...(json === undefined ? {} : { json }) });

    test('a backer counts once confirmed, once per address, in their buurt; withdrawing erases it', async () => {
      const before = (await detail()).backing.count;
      const email = 'joost.backer@example.org';
      const res = await back(initiative.id, {
        email,
        name: 'Joost',
        showName: true,
        area: initiative.areaCode,
        locale: 'en',
      });
      assert.equal(res.status, 202);
      await expectDocumented(res, '/initiatives/{id}/backers', 'post');
      assert.equal((await detail()).backing.count, before, 'nothing counts before confirmation');

      const mail = await mailTo(email);
      assert.equal(mail.subject, `Confirm your support for "${initiative.title}"`);
      assert.match(mail.html as string, /<html lang="en"/);
      assert.match(header(mail, 'List-Unsubscribe')!, /mail\/unsubscribe\?token=unback\./);
      assert.equal(header(mail, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
      const confirm = linkIn(mail, `${PUBLIC}/api/v1/mail/confirm`);
      const page = await s.fetch(confirm);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<button type="submit">Yes, I support this/);
      assert.equal((await detail()).backing.count, before, 'opening the link is not confirming');
      const done = await s.fetch(confirm, { method: 'POST' });
      assert.match(await done.text(), /your support counts/);
      await s.fetch(confirm, { method: 'POST' });
      const after = (await detail()).backing;
      assert.equal(after.count, before + 1, 'confirming twice counts once');
      assert.equal(after.areas[0]!.code, initiative.areaCode, "the initiative's own buurt first");
      assert.ok(after.names.includes('Joost'));

      // The same address again, in other capitals: the same answer, no mail, no second count.
      const again = await back(initiative.id, { email: 'Joost.Backer@Example.org' });
      assert.equal(again.status, 202);
      assert.deepEqual(await again.json(), { status: 'confirmation-sent' });
      await s.outbox.poke();
      await s.outbox.idle();
      assert.equal(smtp.to(email).length, 1);
      assert.equal((await detail()).backing.count, before + 1);
      const listed = (await (await s.fetch('/api/v1/initiatives?limit=200')).json()) as {
        features: { id: number; properties: { backers: number } }[];
      };
      assert.equal(listed.features.find((f) => f.id === initiative.id)!.properties.backers, before + 1);
      // The list can put the most backed first; newest first stays the default.
      const sorted = await s.fetch('/api/v1/initiatives?sort=backers&limit=2');
      const top = (await expectDocumented(sorted, '/initiatives')) as { features: { id: number }[] };
      assert.equal(top.features[0]!.id, initiative.id);
      const newest = (await (await s.fetch('/api/v1/initiatives?limit=1')).json()) as { features: { id: number }[] };
      assert.notEqual(newest.features[0]!.id, initiative.id);

      // Withdrawing in one click (RFC 8058) erases the record and the address in the outbox.
      const out = await s.fetch(linkIn(mail, `${PUBLIC}/api/v1/mail/unsubscribe`), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      assert.equal(out.status, 200);
      assert.match(await out.text(), /Withdrawn/);
      assert.equal((await detail()).backing.count, before);
      assert.equal((await detail()).backing.names.includes('Joost'), false);
      const rows = await s.db.all<{ recipient: string | null }>(
        `SELECT recipient FROM outbox WHERE kind = 'back-confirm'`,
      );
      assert.ok(rows.length > 0 && rows.every((r) => r.recipient === null), 'no address left in the outbox');
      assert.equal((await s.fetch(confirm, { method: 'POST' })).status, 404, 'a used link does nothing');
    });

    test('a buurt outside the municipality counts as elsewhere; a hidden name stays hidden', async () => {
      const before = (await detail()).backing;
      for (const [email, name, area, showName] of [
        ['far.away@example.org', 'Ver Weg', elsewhere, true],
        ['no.area@example.org', 'Geen Buurt', undefined, false],
        ['neighbour.quiet@example.org', 'Stille Buur', initiative.areaCode, false],
      ] as const) {
        assert.equal((await back(initiative.id, { email, name, showName, area })).status, 202);
        await s.fetch(linkIn(await mailTo(email), `${PUBLIC}/api/v1/mail/confirm`), { method: 'POST' });
      }
      const after = (await detail()).backing;
      assert.equal(after.count, before.count + 3);
      assert.equal(after.elsewhere, (before.elsewhere ?? 0) + 2);
      assert.equal(
        after.areas.reduce((n, a) => n + a.count, 0),
        before.areas.reduce((n, a) => n + a.count, 0) + 1,
      );
      assert.ok(after.names.includes('Ver Weg'));
      const text = JSON.stringify(await detail());
      for (const personal of ['far.away', 'no.area', 'neighbour.quiet', 'Geen Buurt', 'Stille Buur'])
        assert.ok(!text.includes(personal), personal);
    });

    test('bots: honeypot and too-fast answered alike and dropped; bad input gets errors per field', async () => {
      const before = await countRows(s.db, 'backers');
      const bot = await back(initiative.id, { email: 'bot@example.org', website: 'https://spam.example' });
      assert.equal(bot.status, 202);
      assert.equal(await countRows(s.db, 'backers'), before);
      const botOffer = await offer(initiative.id, { email: 'bot@example.org', website: 'x' });
      assert.equal(botOffer.status, 202);
      assert.equal(await countRows(s.db, 'offers'), 0);
      const bad = await s.fetch(`/api/v1/initiatives/${initiative.id}/backers`, {
        method: 'POST',
        json: { formToken: 'not-a-real-token', email: 'x@example.org' },
      });
      assert.equal(bad.status, 422);
      assert.equal(((await bad.json()) as { errors: { pointer: string }[] }).errors[0]!.pointer, '#/formToken');
      const wrong = await back(initiative.id, { email: 'geen adres', area: 'Kornwierde 12' });
      assert.equal(wrong.status, 422);
      const pointers = ((await wrong.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer);
      assert.deepEqual(pointers.sort(), ['#/area', '#/email']);
      const offerErrors = await offer(initiative.id, { email: 'x@example.org', kinds: [], message: '' });
      assert.equal(offerErrors.status, 422);
      await expectDocumented(offerErrors, '/initiatives/{id}/offers', 'post');
      assert.equal((await back(999999, { email: 'x@example.org' })).status, 404);
      await s.outbox.poke();
      await s.outbox.idle();
      assert.equal(smtp.to('bot@example.org').length, 0, 'no mail for a bot');
    });

    test('an offer reaches the contact person, or the initiator who agreed; withdrawing erases it', async () => {
      // Through the contact person: the initiative has no initiator who agreed.
      const helper = 'helper.one@example.org';
      const res = await offer(initiative.id, {
        email: helper,
        name: 'Fatima Helper',
        phone: '06 11112222',
        kinds: ['time', 'materials'],
        message: 'Ik heb een aanhanger.',
      });
      assert.equal(res.status, 202);
      await expectDocumented(res, '/initiatives/{id}/offers', 'post');
      const confirmMail = await mailTo(helper);
      assert.match(confirmMail.subject!, /^Bevestig je hulpaanbod voor/);
      const support0 = (await (await staff(`/initiatives/${initiative.id}/support`, undefined, 'GET')).json()) as {
        offers: unknown[];
      };
      assert.equal(support0.offers.length, 0, 'staff see offers once confirmed');
      await s.fetch(linkIn(confirmMail, `${PUBLIC}/api/v1/mail/confirm`), { method: 'POST' });
      await s.fetch(linkIn(confirmMail, `${PUBLIC}/api/v1/mail/confirm`), { method: 'POST' });
      await smtp.waitFor(() => smtp.state.mails.some((m) => /^Hulpaanbod voor/.test(m.subject ?? '')));
      const forwarded = smtp.state.mails.filter((m) => /^Hulpaanbod voor/.test(m.subject ?? ''));
      assert.equal(forwarded.length, 1, 'passed on once, however often confirmed');
      assert.ok(!forwarded[0]!.envelopeTo.includes(helper));
      assert.match(forwarded[0]!.text!, /Geef dit door aan de initiatiefnemer/);
      assert.match(forwarded[0]!.text!, /Fatima Helper/);
      assert.match(forwarded[0]!.text!, /tijd, materiaal/);
      assert.match(forwarded[0]!.text!, /06 11112222/);
      assert.ok(!forwarded[0]!.subject!.includes('Fatima'), 'no personal data in the subject');
      const supportRes = await staff(`/initiatives/${initiative.id}/support`, undefined, 'GET');
      await expectDocumented(supportRes.clone(), '/staff/initiatives/{id}/support');
      const support = (await supportRes.json()) as {
        offers: { id: number; status: string; forwardedTo: string; name: string }[];
        offersDirect: boolean;
      };
      assert.equal(support.offersDirect, false);
      assert.deepEqual(
        support.offers.map((o) => [o.status, o.forwardedTo, o.name]),
        [['new', 'contact', 'Fatima Helper']],
      );
      const marked = await staff(`/offers/${support.offers[0]!.id}`, { status: 'done' }, 'PUT');
      assert.equal(marked.status, 200);
      await expectDocumented(marked.clone(), '/staff/offers/{id}', 'put');
      assert.equal(((await marked.json()) as { status: string }).status, 'done');
      // The public never sees the helper.
      const pub = JSON.stringify(await detail());
      for (const personal of ['Fatima', helper, '11112222', 'aanhanger']) assert.ok(!pub.includes(personal));

      // Directly to the initiator, who agreed: an initiative made from an idea with an address.
      const idea = (await (
        await s.fetch('/api/v1/ideas', {
          method: 'POST',
          json: await validIdea(s, { contact: { name: 'Ini Tiatief', email: 'ini@example.org' } }),
        })
      ).json()) as { id: number };
      const published = await staff(`/ideas/${idea.id}/publish`, {
        title: 'Moestuin aan de dijk',
        summary: 'Een moestuin.',
        description: 'Een moestuin voor de buurt.',
        phaseModel: 'burgerinitiatief',
        role: 'faciliteren',
      });
      const own = ((await published.json()) as { id: number }).id;
      const direct = await staff(`/initiatives/${own}/offers-direct`, { enabled: true }, 'PUT');
      assert.equal(direct.status, 200);
      await expectDocumented(direct.clone(), '/staff/initiatives/{id}/offers-direct', 'put');
      assert.equal(((await direct.json()) as { offersDirect: boolean }).offersDirect, true);
      const helper2 = 'helper.two@example.org';
      await offer(own, { email: helper2, name: 'Kees', kinds: ['skill'], message: 'Ik ben tuinman.', locale: 'fy' });
      const confirm2 = await mailTo(helper2);
      assert.match(confirm2.subject!, /^Befêstigje dyn helpoanbod/);
      await s.fetch(linkIn(confirm2, `${PUBLIC}/api/v1/mail/confirm`), { method: 'POST' });
      const toInitiator = await smtp
        .waitFor(() => smtp.to('ini@example.org').some((m) => /^Hulpaanbod/.test(m.subject ?? '')))
        .then(() => smtp.to('ini@example.org').find((m) => /^Hulpaanbod/.test(m.subject ?? ''))!);
      assert.match(toInitiator.text!, /Goed nieuws: een buurtbewoner wil helpen/);
      assert.match(toInitiator.text!, /Kees/);
      assert.match(toInitiator.text!, /helper\.two@example\.org/);
      const ownSupport = (await (await staff(`/initiatives/${own}/support`, undefined, 'GET')).json()) as {
        offers: { status: string; forwardedTo: string }[];
      };
      assert.deepEqual(
        ownSupport.offers.map((o) => [o.status, o.forwardedTo]),
        [['forwarded', 'initiator']],
      );

      // Withdrawing erases the offer.
      const out = await s.fetch(linkIn(confirm2, `${PUBLIC}/api/v1/mail/unsubscribe`), { method: 'POST' });
      assert.match(await out.text(), /Ynlutsen/);
      const gone = (await (await staff(`/initiatives/${own}/support`, undefined, 'GET')).json()) as {
        offers: unknown[];
      };
      assert.equal(gone.offers.length, 0);
      const audit = (await (await staff(`/audit?target=initiative:${own}`, undefined, 'GET')).json()) as {
        items: { action: string }[];
      };
      assert.ok(audit.items.some((a) => a.action === 'initiative.offers-direct'));
    });

    test('a burst of 1,000 unconfirmed backings from one client: 429 past the limit, no count moves', async () => {
      // The production limit (10 per 10 minutes), on a server of its own.
      const limited = await startTestServer(dialect, { rateLimit: { max: 10, windowSeconds: 600 } });
      const id = initiative.id;
      const count = async () =>
        ((await (await limited.fetch(`/api/v1/initiatives/${id}`)).json()) as Detail).backing.count;
      const before = await count();
      const { token } = (await (await limited.fetch('/api/v1/ideas/form-token')).json()) as { token: string };
      const statuses = new Map<number, number>();
      for (let i = 0; i < 1000; i += 50) {
        const batch = await Promise.all(
          Array.from({ length: 50 }, (_, j) =>
            limited.fetch(`/api/v1/initiatives/${id}/backers`, {
              method: 'POST',
              json: { email: `burst-${i + j}@example.org`, formToken: token },
            }),
          ),
        );
        for (const r of batch) {
          statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          if (r.status === 429) assert.ok(Number(r.headers.get('retry-after')) > 0);
          await r.arrayBuffer();
        }
      }
      assert.deepEqual(Object.fromEntries(statuses), { 202: 10, 429: 990 });
      assert.equal(await count(), before, 'unconfirmed backers never count');
      assert.equal(await countRows(limited.db, 'backers'), 10);
      await limited.close();
    });

    test('names and messages from the XSS corpus stay text in every mail about an offer', async () => {
      for (const [i, { text }] of corpus.filter((_, n) => n % 40 === 0).entries()) {
        const payload = text.replaceAll('\u0000', '');
        const email = `xss-helper-${i}@example.org`;
        const res = await offer(initiative.id, {
          email,
          name: fit(`${payload}\r\nBcc: evil@example.org`, 1, 120),
          message: fit(payload, 1, 1000),
        });
        assert.equal(res.status, 202, await res.clone().text());
        const confirm = await mailTo(email);
        await s.fetch(linkIn(confirm, `${PUBLIC}/api/v1/mail/confirm`), { method: 'POST' });
        await smtp.waitFor(() =>
          smtp.state.mails.some((m) => m.text?.includes(`E-mail: ${email}`) && /^Hulpaanbod/.test(m.subject ?? '')),
        );
        const forwarded = smtp.state.mails.find((m) => m.text?.includes(`E-mail: ${email}`))!;
        for (const mail of [confirm, forwarded]) {
          assert.deepEqual(foreignTags(mail), [], `payload ${i} became markup`);
          assert.equal(header(mail, 'Bcc'), undefined);
          assert.ok(!mail.envelopeTo.includes('evil@example.org'));
        }
      }
    });

    test('figures count confirmed backers and offers; the elsewhere count can be hidden', async () => {
      const year = new Date().getUTCFullYear();
      const figures = (await (await staff(`/figures?year=${year}`, undefined, 'GET')).json()) as {
        backers: number;
        offers: number;
      };
      const confirmedBackers = await s.db.get<{ n: number }>(
        'SELECT COUNT(*) AS n FROM backers WHERE confirmed_at IS NOT NULL',
      );
      assert.equal(figures.backers, Number(confirmedBackers!.n));
      assert.ok(figures.backers >= 3);
      const confirmedOffers = await s.db.get<{ n: number }>(
        'SELECT COUNT(*) AS n FROM offers WHERE confirmed_at IS NOT NULL',
      );
      assert.equal(figures.offers, Number(confirmedOffers!.n));
      assert.ok(figures.offers >= 1, 'the withdrawn offer is gone, the others count');
      const hidden = await startTestServer(dialect, { location: s.location, seed: false, showElsewhere: false });
      const seen = (await (await hidden.fetch(`/api/v1/initiatives/${initiative.id}`)).json()) as Detail;
      assert.equal(seen.backing.elsewhere, null);
      assert.equal(seen.backing.count, (await detail()).backing.count);
      await hidden.close();
    });

    test('unconfirmed followers, backers and offers are erased after 7 days; names go with retention', async () => {
      await back(initiative.id, { email: 'never.confirms@example.org', name: 'Nooit' });
      await offer(initiative.id, { email: 'never.confirms@example.org' });
      const follow = await s.fetch(`/api/v1/initiatives/${initiative.id}/followers`, {
        method: 'POST',
        json: { email: 'never.confirms@example.org', locale: 'nl' },
      });
      assert.equal(follow.status, 202);
      await mailTo('never.confirms@example.org', 3);
      const pending = async () =>
        Number(
          (await s.db.get<{ n: number }>(
            `SELECT (SELECT COUNT(*) FROM backers WHERE confirmed_at IS NULL) +
               (SELECT COUNT(*) FROM offers WHERE confirmed_at IS NULL) +
               (SELECT COUNT(*) FROM followers WHERE confirmed_at IS NULL) AS n`,
          ))!.n,
        );
      assert.equal(await pending(), 3);
      const real = s.clock.now;
      s.clock.now = new Date(real.getTime() + 8 * 86_400_000);
      s.outbox.poke();
      await s.outbox.idle();
      s.clock.now = real;
      assert.equal(await pending(), 0);

      // Retention: once in the last phase longer than the retention period, names go; counts stay.
      const count = (await detail()).backing.count;
      const model = (await (await s.fetch('/api/v1/phase-models/burgerinitiatief')).json()) as {
        phases: { key: string }[];
      };
      await s.db.run(
        `UPDATE initiatives SET phase = ?, phase_model = 'burgerinitiatief', phase_since = ? WHERE id = ?`,
        [model.phases.at(-1)!.key, '2000-01-01T00:00:00.000Z', initiative.id],
      );
      assert.ok((await eraseFinishedInitiativeHelpers(s.db, new Date().toISOString())) > 0);
      const after = (await detail()).backing;
      assert.equal(after.count, count);
      assert.deepEqual(after.names, []);
    });
  });
}
