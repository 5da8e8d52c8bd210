import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { dialects, startTestServer, validIdea, type TestServer } from './helpers/server.ts';
import { expectDocumented } from './helpers/openapi.ts';

type Model = {
  key: string;
  forNewIdeas?: boolean;
  answerDays?: number;
  phases: { key: string; deadlineDays?: number; label: { nl: string; fy?: string } }[];
};
const text = (nl: string) => ({ nl, en: `${nl} (en)` });
const phase = (key: string, deadlineDays?: number) => ({
  key,
  label: text(`Fase ${key}`),
  description: text(`Wat er gebeurt in ${key}.`),
  municipality: text(`Wat de gemeente doet in ${key}.`),
  resident: text(`Wat wij van je vragen in ${key}.`),
  ...(deadlineDays ? { deadlineDays } : {}),
});
const wijkbudget = (extra: Record<string, unknown> = {}) => ({
  label: text('Wijkbudget'),
  description: text('Bewoners besteden samen het budget van hun wijk.'),
  answerDays: 5,
  phases: [phase('aanvraag', 5), phase('stemming'), phase('uitvoering')],
  ...extra,
});

for (const dialect of dialects) {
  describe(`phase models, the municipality's own process, on ${dialect}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer(dialect, { responseDays: 10 });
    });
    const models = async (): Promise<Model[]> =>
      (await expectDocumented(await s.fetch('/api/v1/phase-models'), '/phase-models')).items;
    const put = (key: string, json: unknown, lang = 'nl') =>
      s.fetch(`/api/v1/staff/phase-models/${key}`, {
        method: 'PUT',
        staff: true,
        json,
        headers: { 'Accept-Language': lang },
      });
    const submit = async () => {
      const res = await s.fetch('/api/v1/ideas', { method: 'POST', json: await validIdea(s) });
      assert.equal(res.status, 201);
      return (await res.json()) as { id: number; reference: string };
    };
    const staffIdea = async (id: number) =>
      (await (await s.fetch('/api/v1/staff/ideas?limit=100', { staff: true })).json()).items.find(
        (i: { id: number }) => i.id === id,
      );
    const tracking = async (reference: string) =>
      expectDocumented(await s.fetch(`/api/v1/tracking/${reference}`), '/tracking/{reference}');

    test('the seed ships the two models of the documents and the uitdaagrecht, with its deadlines', async () => {
      const all = await models();
      assert.deepEqual(
        all.map((m) => [m.key, m.forNewIdeas]),
        [
          ['burgerinitiatief', true],
          ['aardgasvrije-wijk', false],
          ['uitdaagrecht', false],
        ],
      );
      const challenge = all.find((m) => m.key === 'uitdaagrecht')!;
      assert.deepEqual(
        challenge.phases.map((p) => [p.key, p.deadlineDays]),
        [
          ['uitdaging', 10],
          ['beoordeling', 40],
          ['besluit', 40],
          ['uitvoering', undefined],
          ['evaluatie', 40],
        ],
      );
      assert.equal(challenge.phases[0]!.label.fy, 'Útdaging');
      assert.equal(all[0]!.answerDays, undefined, "the server's promise holds until the municipality sets one");
    });

    test('a model for new ideas: new ideas get its answer promise, earlier ones keep theirs', async () => {
      s.clock.now = new Date('2027-03-01T10:00:00Z'); // a Monday
      const earlier = await submit();
      const saved = await expectDocumented(
        await put('wijkbudget', wijkbudget({ forNewIdeas: true })),
        '/staff/phase-models/{key}',
        'put',
      );
      assert.deepEqual([saved.key, saved.forNewIdeas, saved.answerDays], ['wijkbudget', true, 5]);
      assert.deepEqual(
        (await models()).map((m) => [m.key, m.forNewIdeas]),
        [
          ['wijkbudget', true],
          ['burgerinitiatief', false],
          ['aardgasvrije-wijk', false],
          ['uitdaagrecht', false],
        ],
      );
      const audit = await (await s.fetch('/api/v1/staff/audit?target=phase-model:wijkbudget', { staff: true })).json();
      assert.equal(audit.items[0].action, 'phase-model.save');

      const later = await submit();
      assert.equal((await staffIdea(later.id)).answerDue, '2027-03-08', 'five working days');
      assert.equal((await staffIdea(earlier.id)).answerDue, '2027-03-15', 'ten, as its receipt said');
      assert.deepEqual(
        [(await tracking(later.reference)).phaseModel, (await tracking(later.reference)).phase],
        ['wijkbudget', 'aanvraag'],
      );
      assert.equal((await tracking(earlier.reference)).phaseModel, 'burgerinitiatief');

      // The municipality goes back to its old model for new ideas: what was promised stays.
      const back = (await models()).find((m) => m.key === 'burgerinitiatief')!;
      const { key: _key, forNewIdeas: _entry, ...body } = back;
      assert.equal((await put('burgerinitiatief', { ...body, forNewIdeas: true })).status, 200);
      assert.equal((await staffIdea(later.id)).answerDue, '2027-03-08');
      assert.equal((await tracking(later.reference)).phaseModel, 'wijkbudget');
      const newest = await submit();
      assert.equal((await staffIdea(newest.id)).answerDue, '2027-03-15');
    });

    test('a phase initiatives are in cannot go: the error names them, in the reader’s language', async () => {
      const model = (await models()).find((m) => m.key === 'burgerinitiatief')!;
      const { key: _key, forNewIdeas: _entry, ...body } = model;
      const gone = model.phases[2]!.key;
      const inIt = await s.db.all<{ id: number; title: string }>(
        'SELECT id, title FROM initiatives WHERE phase_model = ? AND phase = ? ORDER BY id',
        ['burgerinitiatief', gone],
      );
      assert.ok(inIt.length > 0, 'the seed has initiatives in that phase');
      const without = { ...body, phases: body.phases.filter((p) => p.key !== gone) };
      for (const [lang, words] of [
        ['nl', 'De fase ‘Opstart’ kan niet weg'],
        ['en', 'The phase ‘Start-up’ cannot go'],
      ] as const) {
        const res = await put('burgerinitiatief', without, lang);
        const problem = await expectDocumented(res, '/staff/phase-models/{key}', 'put');
        assert.equal(res.status, 422);
        assert.equal(problem.errors.length, 1);
        assert.equal(problem.errors[0].pointer, '#/phases');
        assert.equal(problem.errors[0].code, 'phase-in-use');
        assert.ok(problem.errors[0].detail.startsWith(words), problem.errors[0].detail);
        for (const i of inIt.slice(0, 20)) assert.ok(problem.errors[0].detail.includes(`${i.id} ${i.title}`));
      }
      assert.deepEqual(
        (await models()).find((m) => m.key === 'burgerinitiatief')!.phases.map((p) => p.key),
        model.phases.map((p) => p.key),
      );
      // Rewording, adding and reordering phases that are kept is fine.
      const reworded = structuredClone(body);
      reworded.phases[0]!.label = text('Het idee');
      reworded.phases.push(phase('nazorg'));
      const ok = await expectDocumented(await put('burgerinitiatief', reworded), '/staff/phase-models/{key}', 'put');
      assert.equal(ok.phases[0].label.nl, 'Het idee');
      assert.equal(ok.phases.at(-1).key, 'nazorg');
    });

    test('bad models get a 422 with a pointer per field', async () => {
      const twice = await put('dubbel', wijkbudget({ phases: [phase('a'), phase('b'), phase('a')] }));
      assert.equal(twice.status, 422);
      assert.deepEqual(
        (await twice.json()).errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]),
        [['#/phases/2/key', 'duplicate-phase']],
      );
      const bad = await put('kapot', { label: { en: 'No Dutch' }, description: text('x'), phases: [], answerDays: 0 });
      const problem = await expectDocumented(bad, '/staff/phase-models/{key}', 'put');
      const pointers = problem.errors.map((e: { pointer: string }) => e.pointer).sort();
      assert.deepEqual(pointers, ['#/answerDays', '#/label/nl', '#/phases']);
      const entry = (await models()).find((m) => m.forNewIdeas)!;
      const { key, forNewIdeas: _entry, ...body } = entry;
      const off = await put(key, { ...body, forNewIdeas: false });
      assert.equal(off.status, 422);
      assert.equal((await off.json()).errors[0].pointer, '#/forNewIdeas');
      assert.equal((await models()).find((m) => m.forNewIdeas)!.key, key, 'there is still one model for new ideas');
    });

    test('a model goes only when no initiative is in it and new ideas do not enter it', async () => {
      const remove = (key: string) => s.fetch(`/api/v1/staff/phase-models/${key}`, { method: 'DELETE', staff: true });
      const used = await remove('aardgasvrije-wijk');
      const problem = await expectDocumented(used, '/staff/phase-models/{key}', 'delete');
      assert.equal(used.status, 409);
      const [first] = await s.db.all<{ id: number; title: string }>(
        "SELECT id, title FROM initiatives WHERE phase_model = 'aardgasvrije-wijk' ORDER BY id LIMIT 1",
      );
      assert.ok(problem.detail.includes(`${first!.id} ${first!.title}`), problem.detail);
      const entry = (await models()).find((m) => m.forNewIdeas)!.key;
      assert.equal((await remove(entry)).status, 409);
      assert.equal((await put('tijdelijk', wijkbudget())).status, 200);
      assert.equal((await remove('tijdelijk')).status, 204);
      assert.equal((await s.fetch('/api/v1/phase-models/tijdelijk')).status, 404);
      assert.equal((await remove('tijdelijk')).status, 404);
    });
  });
}
