import assert from 'node:assert/strict';
import { test } from 'node:test';
import autocannon from 'autocannon';
import { parseArgs } from '@buurtkit/server';
import { expectDocumented } from '../node/helpers/openapi.ts';
import { countRows, startTestServer, validIdea } from '../node/helpers/server.ts';

const SECONDS = Number(process.env.BUURTKIT_ABUSE_SECONDS ?? 60);

/**
 * One client hammers POST /ideas for a bounded minute on loopback, mixing real-looking
 * ideas, honeypot-filled ones and ones sent faster than a person can type, with the
 * server's production defaults. Meanwhile a resident keeps reading.
 */
test(
  `a ${SECONDS}-second burst of POST /ideas from one client: 429s, no 5xx, reads stay up, spam never published`,
  { timeout: (SECONDS + 60) * 1000 },
  async () => {
    const defaults = parseArgs([], {});
    const s = await startTestServer('sqlite', {
      rateLimit: defaults.rateLimit,
      minFillSeconds: defaults.minFillSeconds,
    });
    // The demo seed's waiting ideas would blur what this burst stored: count only ours.
    await s.db.run('DELETE FROM ideas');
    // A token fetched now is old enough once the server's clock runs ahead; one fetched after is too fresh.
    const human = await validIdea(s, { title: 'Speeltuin opknappen' });
    Object.defineProperty(s.clock, 'now', { get: () => new Date(Date.now() + 60_000) });
    const bot = await validIdea(s, { title: 'Te snel verstuurd' });
    const honeypot = { ...human, title: 'Honingpot gevuld', website: 'https://spam.example' };
    const initiativesBefore = await countRows(s.db, 'initiatives');

    let reading = true;
    const reads: { status: number; ms: number }[] = [];
    const reader = (async () => {
      const paths = [
        '/api/v1/initiatives?limit=50',
        '/api/v1/themes',
        '/api/v1/initiatives/clusters?bbox=5.0,52.2,5.4,52.5&zoom=12',
        '/api/v1/phase-models',
      ];
      for (let n = 0; reading; n++) {
        const t = performance.now();
        // "Responsive" here is a functional bound, not a performance target: an answer within 2 s.
        const res = await fetch(`${s.url}${paths[n % paths.length]}`, { signal: AbortSignal.timeout(2000) }).catch(
          () => ({ status: 0, text: async () => '' }),
        );
        await res.text();
        reads.push({ status: res.status, ms: performance.now() - t });
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    const body = (b: unknown) => ({
      method: 'POST' as const,
      path: '/api/v1/ideas',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(b),
    });
    const result = await autocannon({
      url: s.url,
      connections: 8,
      duration: SECONDS,
      requests: [body(human), body(honeypot), body(bot)],
    });
    reading = false;
    await reader;

    const codes = Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, (v as { count: number }).count]),
    );
    console.log(
      `abuse: ${result.requests.total} POST /ideas in ${SECONDS} s: ${JSON.stringify(codes)}, ` +
        `errors ${result.errors}, timeouts ${result.timeouts}; ` +
        `${reads.length} reads, slowest ${Math.max(...reads.map((r) => r.ms)).toFixed(0)} ms`,
    );
    assert.ok(result.requests.total > 1000, `a real burst: ${result.requests.total} requests`);
    assert.deepEqual(
      Object.keys(codes).filter((c) => Number(c) >= 500),
      [],
      'no 5xx',
    );
    assert.equal(result.errors + result.timeouts, 0);
    assert.ok((codes['201'] ?? 0) <= defaults.rateLimit.max, `at most ${defaults.rateLimit.max} accepted`);
    assert.equal((codes['201'] ?? 0) + (codes['429'] ?? 0), result.requests.total, 'everything past the limit is 429');

    const after = await s.fetch('/api/v1/ideas', { method: 'POST', json: human });
    assert.equal(after.status, 429);
    const retry = Number(after.headers.get('retry-after'));
    assert.ok(retry >= 1 && retry <= defaults.rateLimit.windowSeconds, `Retry-After ${retry}`);
    await expectDocumented(after, '/ideas', 'post');

    assert.ok(reads.length >= SECONDS * 5, `${reads.length} reads`);
    assert.deepEqual(
      reads.filter((r) => r.status !== 200),
      [],
      'every read answered 200 within 2 s',
    );

    // Spam is stored apart and never reaches the public.
    const ideas = await s.db.all<{ title: string; status: string; spam_reason: string | null }>(
      'SELECT title, status, spam_reason FROM ideas',
    );
    for (const idea of ideas) {
      if (idea.title === 'Speeltuin opknappen') assert.equal(idea.status, 'received');
      else
        assert.deepEqual(
          [idea.status, idea.spam_reason],
          ['spam', idea.title === 'Honingpot gevuld' ? 'honeypot' : 'too-fast'],
        );
    }
    assert.ok(
      ideas.some((i) => i.spam_reason === 'honeypot') && ideas.some((i) => i.spam_reason === 'too-fast'),
      'both kinds of spam were sent and caught',
    );
    assert.equal(await countRows(s.db, 'initiatives'), initiativesBefore);
    const inbox = (await (await s.fetch('/api/v1/staff/ideas', { staff: true })).json()).items as { title: string }[];
    assert.ok(
      inbox.every((i) => i.title === 'Speeltuin opknappen'),
      'the inbox holds no spam',
    );
    const list = await (await s.fetch('/api/v1/initiatives?q=Honingpot')).json();
    assert.equal(list.features.length, 0);
  },
);
