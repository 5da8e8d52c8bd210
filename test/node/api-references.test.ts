import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { readReference } from '@buurtkit/api/reference';
import { dialects, startTestServer, validIdea, type TestServer } from './helpers/server.ts';
import { expectDocumented } from './helpers/openapi.ts';

for (const dialect of dialects) {
  describe(`tracking references on ${dialect}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(dialect, { trustProxy: true });
    });
    const submit = async (headers: Record<string, string> = {}, body?: unknown) => {
      const res = await s.fetch('/api/v1/ideas', { method: 'POST', headers, json: body ?? (await validIdea(s)) });
      return { status: res.status, body: (await res.json()) as { id: number; reference: string } };
    };
    const track = (reference: string, ip = '192.0.2.1') =>
      s.fetch(`/api/v1/tracking/${encodeURIComponent(reference)}`, { headers: { 'X-Forwarded-For': ip } });

    test('new references are random, readable and carry a check character; they tell nothing of others', async () => {
      const refs = [];
      for (let i = 0; i < 5; i++) refs.push((await submit()).body.reference);
      for (const ref of refs) {
        assert.match(ref, /^BK(-[2-9A-HJKMNP-TV-Z]{4}){3}$/);
        assert.equal(readReference(ref).kind, 'reference');
      }
      assert.equal(new Set(refs).size, 5);
      // Nothing in one reference leads to the next: no shared prefix beyond chance, no year, no counter.
      assert.ok(new Set(refs.map((r) => r.slice(0, 7))).size >= 4);
      const tracked = await expectDocumented(await track(refs[0]!), '/tracking/{reference}');
      assert.equal(tracked.reference, refs[0]);
    });

    test('a reference from before keeps working', async () => {
      const { body } = await submit();
      await s.db.run('UPDATE ideas SET reference = ? WHERE id = ?', ['BK-2025-0042', body.id]);
      const res = await track('BK-2025-0042');
      assert.equal(res.status, 200);
      assert.equal((await res.json()).reference, 'BK-2025-0042');
    });

    test('a typo is told as a typo, with a pointer; it never reaches the database', async () => {
      const { body } = await submit();
      const ref = body.reference;
      const typo = `${ref.slice(0, 4)}${ref[4] === 'A' ? 'B' : 'A'}${ref.slice(5)}`;
      const res = await track(typo);
      const problem = await expectDocumented(res, '/tracking/{reference}');
      assert.equal(res.status, 422);
      assert.deepEqual(
        problem.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]),
        [['#/path/reference', 'reference-typo']],
      );
    });

    test('walking through references: every miss answers the same, and a guesser waits after 30', async () => {
      const { body } = await submit();
      const answers = new Set<string>();
      const guesses = ['BK-2026-0001', 'BK-2026-0002', 'BK-1999-123456'];
      // Well-formed guesses with the right check character: what a guesser would send.
      for (let i = 0; guesses.length < 30; i++) {
        const chars = `${String(i).padStart(11, '2').replace(/[01]/g, '3')}`;
        const { checkCharacter } = await import('@buurtkit/api/reference');
        const r = `BK${chars}${checkCharacter(chars)}`;
        const read = readReference(r);
        if (read.kind === 'reference') guesses.push(read.value);
      }
      for (const guess of guesses) {
        const res = await track(guess, '198.51.100.9');
        assert.equal(res.status, 404, guess);
        const { instance, ...rest } = await res.json();
        assert.ok(instance);
        answers.add(JSON.stringify(rest));
      }
      assert.equal(answers.size, 1, 'one answer for every unknown reference');
      const waiting = await track(body.reference, '198.51.100.9');
      assert.equal(waiting.status, 429, 'even a real reference waits now');
      assert.ok(Number(waiting.headers.get('retry-after')) > 0);
      assert.equal((await track(body.reference, '198.51.100.10')).status, 200, 'others are not held up');
      s.clock.now = new Date(Date.now() + 1200_000);
      assert.equal((await track(body.reference, '198.51.100.9')).status, 200, 'the guesser gets its turn later');
      s.clock.now = new Date();
    });

    test('Idempotency-Key as the IETF draft writes it (a quoted string) is the same key as bare', async () => {
      const body = await validIdea(s, { title: 'Eén idee, drie keer verstuurd' });
      const key = '8e03978e-40d5-43e8-bc93-6894a57f9324';
      const first = await submit({ 'Idempotency-Key': `"${key}"` }, body);
      const again = await submit({ 'Idempotency-Key': key }, body);
      const third = await submit({ 'Idempotency-Key': `"${key}"` }, body);
      assert.deepEqual([first.status, again.status, third.status], [201, 201, 201]);
      assert.equal(again.body.id, first.body.id);
      assert.equal(third.body.id, first.body.id);
      const n = await s.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM ideas WHERE title = ?', [body.title]);
      assert.equal(Number(n!.n), 1);
      const bad = await s.fetch('/api/v1/ideas', {
        method: 'POST',
        headers: { 'Idempotency-Key': '"unterminated-key' },
        json: body,
      });
      assert.equal(bad.status, 422);
      assert.equal((await bad.json()).errors[0].pointer, '#/header/Idempotency-Key');
    });
  });
}
