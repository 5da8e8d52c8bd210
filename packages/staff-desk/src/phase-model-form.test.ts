import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PhaseModel } from '@buurtkit/core';
import {
  addPhase,
  modelErrors,
  movePhase,
  pointerToField,
  removePhase,
  toInput,
  toValues,
} from './phase-model-form.ts';

const t = (nl: string, en?: string) => (en ? { nl, en } : { nl });
const phase = (key: string, deadlineDays?: number) => ({
  key,
  label: t(`L ${key}`, `L ${key} en`),
  description: t(`D ${key}`),
  municipality: t(`M ${key}`),
  resident: t(`R ${key}`),
  ...(deadlineDays ? { deadlineDays } : {}),
});
const model: PhaseModel = {
  key: 'uitdaagrecht',
  label: t('Uitdaagrecht', 'Right to challenge'),
  description: t('Bewoners nemen een taak over.'),
  answerDays: 10,
  forNewIdeas: false,
  phases: [phase('uitdaging', 10), phase('beoordeling', 40), phase('besluit')],
};
const messages = { required: 'req', key: 'key', duplicate: 'dup', days: 'days' };

test('a model goes through the form and comes back as the API body, without its key', () => {
  const { key: _key, ...body } = model;
  assert.deepEqual(toInput(toValues(model)), body);
});

test('phases move, go and come, keeping what was typed with them', () => {
  let v = toValues(model);
  v['phases.1.deadlineDays'] = '4'; // half typed: kept as typed
  v = movePhase(v, 1, -1);
  assert.deepEqual(
    toInput(v).phases.map((p) => [p.key, p.deadlineDays]),
    [
      ['beoordeling', 4],
      ['uitdaging', 10],
      ['besluit', undefined],
    ],
  );
  assert.equal(movePhase(v, 0, -1), v, 'the first cannot move up');
  v = removePhase(v, 0);
  assert.deepEqual(
    toInput(v).phases.map((p) => p.key),
    ['uitdaging', 'besluit'],
  );
  assert.equal(v['phases.2.key'], undefined, 'nothing of the third phase is left');
  v = addPhase(v);
  assert.equal(toInput(v).phases.length, 3);
  assert.deepEqual(modelErrors(v, false, messages), {
    'phases.2.key': 'req',
    'phases.2.label.nl': 'req',
    'phases.2.description.nl': 'req',
    'phases.2.municipality.nl': 'req',
    'phases.2.resident.nl': 'req',
  });
});

test('the checks: a key for a new model, Dutch texts, unique phase keys, 1 to 99 days', () => {
  const v = toValues(model);
  assert.deepEqual(modelErrors(v, false, messages), {});
  assert.deepEqual(modelErrors(v, true, messages), {}, 'the key is filled in');
  v.key = 'Niet Goed';
  v['phases.2.key'] = 'uitdaging';
  v['phases.0.deadlineDays'] = '100';
  v.answerDays = '0';
  v['label.nl'] = ' ';
  assert.deepEqual(modelErrors(v, true, messages), {
    key: 'key',
    'label.nl': 'req',
    answerDays: 'days',
    'phases.0.deadlineDays': 'days',
    'phases.2.key': 'dup',
  });
});

test("the API's pointers land on fields: a whole phase on its key, a missing text on its Dutch field", () => {
  const v = toValues(model);
  assert.equal(pointerToField('#/phases/2/label/nl', v), 'phases.2.label.nl');
  assert.equal(pointerToField('#/phases/1', v), 'phases.1.key');
  assert.equal(pointerToField('#/description/de', v), 'description.nl');
  assert.equal(pointerToField('#/answerDays', v), 'answerDays');
  assert.equal(pointerToField('#/unknown', v), undefined);
  assert.equal(pointerToField('#/phases', v), undefined, 'the list is no field');
});
