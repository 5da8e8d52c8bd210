import assert from 'node:assert/strict';
import { request } from 'node:http';
import { before, describe, test } from 'node:test';
import { dialects, STAFF_TOKEN, startTestServer, validIdea, type TestServer } from './helpers/server.ts';
import { expectDocumented } from './helpers/openapi.ts';

/** GET with a Host header of our choice (fetch always sends the URL's host). */
function getAs(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d)).on('end', () => resolve({ status: res.statusCode!, body }));
    })
      .on('error', reject)
      .end();
  });
}

for (const dialect of dialects) {
  describe(`the staff desk's API on ${dialect}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(dialect, { responseDays: 10 });
    });
    const submit = async (title: string, theme = 'wonen-en-leefomgeving', extra: Record<string, unknown> = {}) => {
      const res = await s.fetch('/api/v1/ideas', {
        method: 'POST',
        json: await validIdea(s, { title, theme, ...extra }),
      });
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()) as { id: number; reference: string };
    };
    const staffIdea = async (id: number) => {
      const list = await expectDocumented(await s.fetch('/api/v1/staff/ideas', { staff: true }), '/staff/ideas');
      return { list, idea: list.items.find((i: { id: number }) => i.id === id) };
    };

    test('each idea has its answer deadline in working days; the first answer is recorded once, audited', async () => {
      s.clock.now = new Date('2026-12-23T10:00:00Z');
      const mine = await submit('Kerstbomen inzamelen');
      const { list, idea } = await staffIdea(mine.id);
      assert.equal(list.responseDays, 10);
      assert.deepEqual([idea.answerDue, idea.answered], ['2027-01-08', null]);

      s.clock.now = new Date('2027-01-04T09:00:00Z');
      const answered = await expectDocumented(
        await s.fetch(`/api/v1/staff/ideas/${mine.id}/answered`, {
          method: 'POST',
          staff: true,
          json: { channel: 'phone' },
        }),
        '/staff/ideas/{id}/answered',
        'post',
      );
      assert.equal(answered.answered, '2027-01-04T09:00:00.000Z');
      s.clock.now = new Date('2027-01-05T09:00:00Z');
      const again = await (
        await s.fetch(`/api/v1/staff/ideas/${mine.id}/answered`, {
          method: 'POST',
          staff: true,
          json: { channel: 'email' },
        })
      ).json();
      assert.equal(again.answered, '2027-01-04T09:00:00.000Z', 'the first answer stays the first');
      assert.equal(
        (
          await s.fetch(`/api/v1/staff/ideas/${mine.id}/answered`, {
            method: 'POST',
            staff: true,
            json: { channel: 'pigeon' },
          })
        ).status,
        422,
      );
      assert.equal(
        (
          await s.fetch('/api/v1/staff/ideas/999999/answered', {
            method: 'POST',
            staff: true,
            json: { channel: 'email' },
          })
        ).status,
        404,
      );

      const trail = await expectDocumented(
        await s.fetch(`/api/v1/staff/audit?target=idea:${mine.id}`, { staff: true }),
        '/staff/audit',
      );
      assert.deepEqual(
        trail.items.map((a: any) => [a.actor, a.action, a.target, a.details, a.at]),
        [['Test Medewerker', 'idea.answered', `idea:${mine.id}`, { channel: 'phone' }, '2027-01-04T09:00:00.000Z']],
      );
      s.clock.now = new Date();
    });

    test('publishing or closing counts as the first answer', async () => {
      const a = await submit('Moestuin bij de school');
      const b = await submit('Hondenuitlaatplek');
      s.clock.now = new Date(Date.now() + 2 * 86_400_000);
      await s.fetch(`/api/v1/staff/ideas/${a.id}/publish`, {
        method: 'POST',
        staff: true,
        json: {
          title: 'Moestuin bij de school',
          summary: 'Samen groenten kweken.',
          description: 'Samen groenten kweken bij de school.',
          phaseModel: 'burgerinitiatief',
          role: 'faciliteren',
        },
      });
      await s.fetch(`/api/v1/staff/ideas/${b.id}/close`, {
        method: 'POST',
        staff: true,
        json: { reason: 'Er is al een uitlaatplek om de hoek.' },
      });
      assert.equal((await staffIdea(a.id)).idea.answered, s.clock.now.toISOString());
      assert.equal((await staffIdea(b.id)).idea.answered, s.clock.now.toISOString());
      s.clock.now = new Date();
    });

    test('figures for a year follow the data: received, outcomes, realised, answer times, by theme', async () => {
      const year = 2031;
      const at = (iso: string) => (s.clock.now = new Date(iso));
      at(`${year}-03-02T09:00:00Z`); // a Monday
      const ideas = [
        await submit('Speeltuin opknappen', 'sport-en-bewegen'),
        await submit('Bloembakken', 'groen-en-natuur'),
        await submit('Voetbalveldje', 'sport-en-bewegen'),
        await submit('Bankje', 'wonen-en-leefomgeving'),
      ];
      // Answers after 1 day (published), 3 days (closed), 20 days (by phone, too late); one not answered.
      at(`${year}-03-03T09:00:00Z`);
      const published = await (
        await s.fetch(`/api/v1/staff/ideas/${ideas[0]!.id}/publish`, {
          method: 'POST',
          staff: true,
          json: {
            title: 'Speeltuin opknappen',
            summary: 'Een nieuwe speeltuin.',
            description: 'Een nieuwe speeltuin voor de buurt.',
            phaseModel: 'burgerinitiatief',
            role: 'faciliteren',
          },
        })
      ).json();
      at(`${year}-03-05T09:00:00Z`);
      await s.fetch(`/api/v1/staff/ideas/${ideas[1]!.id}/close`, {
        method: 'POST',
        staff: true,
        json: { reason: 'Dit doet de gemeente al.' },
      });
      at(`${year}-03-22T09:00:00Z`);
      await s.fetch(`/api/v1/staff/ideas/${ideas[2]!.id}/answered`, {
        method: 'POST',
        staff: true,
        json: { channel: 'phone' },
      });
      // The published one goes all the way to the last phase: realised.
      for (const phase of ['definitie', 'opstart', 'uitvoering', 'afronding-en-borging']) {
        await s.fetch(`/api/v1/staff/initiatives/${published.id}/phase`, {
          method: 'POST',
          staff: true,
          json: { phase },
        });
      }
      // Spam (the hidden field filled in) does not count.
      await submit('Koop goedkope horloges', 'sport-en-bewegen', { website: 'https://spam.example' });
      s.clock.now = new Date();
      const figures = await expectDocumented(
        await s.fetch(`/api/v1/staff/figures?year=${year}`, { staff: true }),
        '/staff/figures',
      );
      assert.deepEqual(
        { ...figures, byTheme: undefined },
        {
          year,
          responseDays: 10,
          received: 4,
          open: 2,
          published: 1,
          closed: 1,
          realised: 1,
          answered: 3,
          answeredInTime: 2,
          medianDaysToFirstAnswer: 3,
          // Nobody backed or offered help in that year (api-support counts real ones).
          backers: 0,
          offers: 0,
          byTheme: undefined,
        },
      );
      assert.deepEqual(figures.byTheme, [
        { theme: 'sport-en-bewegen', received: 2, published: 1, realised: 1 },
        { theme: 'groen-en-natuur', received: 1, published: 0, realised: 0 },
        { theme: 'wonen-en-leefomgeving', received: 1, published: 0, realised: 0 },
      ]);
      const empty = await (await s.fetch(`/api/v1/staff/figures?year=${year + 1}`, { staff: true })).json();
      assert.deepEqual([empty.received, empty.medianDaysToFirstAnswer, empty.byTheme], [0, null, []]);
      assert.equal((await s.fetch('/api/v1/staff/figures?year=abc', { staff: true })).status, 422);
      assert.equal((await s.fetch('/api/v1/staff/figures', { staff: true })).status, 422);
    });

    test('without a valid token the endpoints show and change nothing; the token never reaches the log', async () => {
      const idea = await submit('Geen token');
      for (const [path, method, json] of [
        ['/api/v1/staff/figures?year=2026', 'GET', undefined],
        ['/api/v1/staff/audit', 'GET', undefined],
        [`/api/v1/staff/ideas/${idea.id}/answered`, 'POST', { channel: 'email' }],
      ] as const) {
        for (const staff of [false, 'wrong-token-0123456789'] as const) {
          const res = await s.fetch(path, { method, staff, json });
          assert.equal(res.status, 401, `${method} ${path}`);
          assert.equal(res.headers.get('cache-control'), 'no-store');
        }
      }
      assert.equal((await staffIdea(idea.id)).idea.answered, null);
      assert.ok(!JSON.stringify(s.logs).includes(STAFF_TOKEN));
      assert.ok(
        s.logs.some((l) => l.route === '/api/v1/staff/figures'),
        'the log names the route, not the query',
      );
    });

    test('the inbox pages, sorts by the promise and finds an idea by title, reference or name', async () => {
      const mine = [await submit('Zoekbaar_idee 100% groen'), await submit('Nog een zoekbaar idee')];
      const page = async (query: string) =>
        expectDocumented(await s.fetch(`/api/v1/staff/ideas?${query}`, { staff: true }), '/staff/ideas');
      const all = await page('status=received&limit=1000');
      const first = await page('status=received&sort=oldest&limit=2');
      const second = await page('status=received&sort=oldest&limit=2&offset=2');
      assert.equal(first.total, all.total);
      assert.deepEqual(
        [...first.items, ...second.items].map((i: any) => i.id),
        [...all.items]
          .reverse()
          .slice(0, 4)
          .map((i: any) => i.id),
        'oldest first, pages joined',
      );
      // By reference (lower case too), by the initiator's name, by words of the title; LIKE wildcards are plain text.
      const byRef = await page(`q=${mine[0]!.reference.toLowerCase()}`);
      assert.deepEqual(
        byRef.items.map((i: any) => i.id),
        [mine[0]!.id],
      );
      assert.ok((await page('q=JAN%20jansen&limit=1000')).items.some((i: any) => i.id === mine[1]!.id));
      assert.deepEqual(
        (await page('q=zoekbaar%20idee')).items.map((i: any) => i.id).sort(),
        mine.map((m) => m.id).sort(),
      );
      assert.deepEqual(
        (await page('q=100%25')).items.map((i: any) => i.id),
        [mine[0]!.id],
      );
      assert.deepEqual(
        (await page('q=_idee')).items.map((i: any) => i.id),
        [mine[0]!.id],
        'an underscore matches an underscore only',
      );
      for (const bad of ['limit=0', 'limit=1001', 'offset=-1', 'sort=random', `q=${'x'.repeat(101)}`])
        assert.equal((await s.fetch(`/api/v1/staff/ideas?${bad}`, { staff: true })).status, 422, bad);
    });

    test('the promise follows the configuration: three working days is three', async () => {
      const quick = await startTestServer(dialect, { responseDays: 3 });
      quick.clock.now = new Date('2026-11-27T15:00:00Z'); // a Friday
      const { token } = (await (await quick.fetch('/api/v1/ideas/form-token')).json()) as { token: string };
      const body = {
        title: 'Snel antwoord',
        description: 'Een idee om te zien hoe snel de gemeente antwoordt.',
        theme: 'jeugd',
        contact: { name: 'Kim', email: 'kim@example.org' },
        formToken: token,
      };
      assert.equal((await quick.fetch('/api/v1/ideas', { method: 'POST', json: body })).status, 201);
      const list = (await (await quick.fetch('/api/v1/staff/ideas', { staff: true })).json()) as {
        responseDays: number;
        items: { title: string; answerDue: string }[];
      };
      assert.deepEqual(
        [list.responseDays, list.items.find((i) => i.title === 'Snel antwoord')!.answerDue],
        [3, '2026-12-02'],
      );
    });

    test('staff endpoints refuse plain HTTP except on this machine; behind a TLS proxy they work', async () => {
      const res = await getAs(`${s.url}/api/v1/staff/ideas`, {
        Authorization: `Bearer ${STAFF_TOKEN}`,
        Host: 'buurtkit.gemeente.example',
      });
      assert.equal(res.status, 403);
      assert.ok(JSON.parse(res.body).type.endsWith('https-required'));
      assert.ok(!res.body.includes('"items"'));
      const proxied = await startTestServer(dialect, { trustProxy: true, seed: false });
      const headers = { Authorization: `Bearer ${STAFF_TOKEN}`, Host: 'buurtkit.gemeente.example' };
      assert.equal(
        (await getAs(`${proxied.url}/api/v1/staff/ideas`, { ...headers, 'X-Forwarded-Proto': 'https' })).status,
        200,
      );
      assert.equal(
        (await getAs(`${proxied.url}/api/v1/staff/ideas`, { ...headers, 'X-Forwarded-Proto': 'http' })).status,
        403,
      );
      // Public endpoints are not affected.
      assert.equal((await getAs(`${s.url}/api/v1/themes`, { Host: 'buurtkit.gemeente.example' })).status, 200);
    });
  });
}
