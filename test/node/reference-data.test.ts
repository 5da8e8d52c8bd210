import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seedReference } from '@buurtkit/server';
import {
  deletePhaseModel,
  listPhaseModels,
  listThemes,
  savePhaseModel,
  saveTheme,
  syncReference,
} from '../../packages/server/src/store/reference.ts';
import { phaseModels } from '../../packages/server/src/reference/phase-models.ts';
import { themes } from '../../packages/server/src/reference/themes.ts';
import { dialects, freshDatabase } from './helpers/server.ts';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
const clone = <T>(v: T): Mutable<T> => structuredClone(v) as Mutable<T>;

for (const dialect of dialects) {
  describe(`reference data on ${dialect}`, () => {
    test('a new wording of a phase model or a theme reaches an existing database at the next start', async () => {
      const { db } = await freshDatabase(dialect);
      await seedReference(db);
      const before = await listPhaseModels(db);
      assert.deepEqual(
        before.map((m) => m.key),
        phaseModels.map((m) => m.key),
      );

      // The next release rewords a phase and a theme and adds a theme.
      const models = clone(phaseModels);
      models[0]!.phases[1]!.resident.nl = 'Nieuwe uitleg voor bewoners.';
      const shipped: { key: string; color: string; icon: string; label: { nl: string; en: string; fy: string } }[] =
        clone(themes);
      shipped[0]!.label.nl = 'Groen, natuur en water';
      shipped.push({ key: 'water', color: '#01579b', icon: 'drop', label: { nl: 'Water', en: 'Water', fy: 'Wetter' } });
      await syncReference(db, { themes: shipped, phaseModels: models });

      const after = await listPhaseModels(db);
      assert.equal(after[0]!.phases[1]!.resident.nl, 'Nieuwe uitleg voor bewoners.');
      assert.deepEqual(after.slice(1), before.slice(1), 'the other model is untouched');
      const stored = await listThemes(db);
      assert.equal(stored[0]!.label.nl, 'Groen, natuur en water');
      assert.deepEqual(stored.at(-1), {
        key: 'water',
        color: '#01579b',
        icon: 'drop',
        label: { nl: 'Water', en: 'Water', fy: 'Wetter' },
      });
      assert.equal(stored.length, themes.length + 1);

      // Starting again with the same data changes nothing.
      await syncReference(db, { themes: shipped, phaseModels: models });
      assert.deepEqual(await listThemes(db), stored);
      await db.close();
    });

    test("a theme staff changed themselves keeps their wording through a release's sync", async () => {
      const { db } = await freshDatabase(dialect);
      await seedReference(db);
      const own = { label: { nl: 'Ons groen' }, color: '#004d00', icon: 'leaf' };
      await saveTheme(db, 'groen-en-natuur', own);
      const shipped: { key: string; color: string; icon: string; label: { nl: string; en: string; fy: string } }[] =
        clone(themes);
      shipped[0]!.label.nl = 'Groen, natuur en water';
      shipped[1]!.label.nl = 'Energie';
      await syncReference(db, { themes: shipped, phaseModels });
      const stored = await listThemes(db);
      assert.deepEqual(
        stored.find((t) => t.key === 'groen-en-natuur'),
        { key: 'groen-en-natuur', ...own },
      );
      assert.equal(
        stored.find((t) => t.key === 'energie-en-duurzaamheid')!.label.nl,
        'Energie',
        'an untouched theme follows the release',
      );
      await db.close();
    });
    test("a phase model staff changed or removed stays theirs through a release's sync", async () => {
      const { db } = await freshDatabase(dialect);
      await seedReference(db);
      const [entry] = clone(phaseModels);
      const { key: _key, ...own } = clone(entry!);
      own.phases[0]!.municipality.nl = 'Binnen vijf werkdagen bellen we je.';
      own.answerDays = 5;
      assert.deepEqual(await savePhaseModel(db, 'burgerinitiatief', own), { ok: true });
      assert.deepEqual(await deletePhaseModel(db, 'uitdaagrecht'), { ok: true });

      const next = clone(phaseModels);
      for (const m of next) m.phases[0]!.resident.nl = 'Nieuwe uitleg.';
      await syncReference(db, { themes, phaseModels: next });
      const stored = await listPhaseModels(db);
      assert.deepEqual(
        stored.map((m) => m.key),
        ['burgerinitiatief', 'aardgasvrije-wijk'],
        'a removed model is not brought back',
      );
      assert.equal(stored[0]!.phases[0]!.municipality.nl, 'Binnen vijf werkdagen bellen we je.');
      assert.equal(stored[0]!.phases[0]!.resident.nl, entry!.phases[0]!.resident.nl, 'their own wording stays whole');
      assert.equal(stored[0]!.answerDays, 5);
      assert.equal(stored[1]!.phases[0]!.resident.nl, 'Nieuwe uitleg.', 'an untouched model follows the release');
      await db.close();
    });
  });
}
