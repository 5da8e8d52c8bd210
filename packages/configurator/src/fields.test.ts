import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributesOf, check, FIELDS, problems } from './fields.js';
import { OPTIONS, WIDGETS } from './snippet.js';
import nl from './messages/nl.js';
import en from './messages/en.js';
import fy from './messages/fy.js';

test('every option of every widget has a field, and a label and help text in each language', () => {
  for (const widget of WIDGETS)
    for (const name of OPTIONS[widget]) {
      assert.ok(FIELDS[name], `${widget} ${name} has a field`);
      for (const messages of [nl, en, fy]) {
        assert.ok(messages[`option.${name}` as keyof typeof nl], `${name} label`);
        assert.ok(messages[`option.${name}.help` as keyof typeof nl], `${name} help`);
      }
    }
});

test('what each kind of field accepts', () => {
  const ok = (kind: string, value: string) => !check(FIELDS[kind]!, value);
  assert.ok(ok('tiles', 'https://tiles.example/{z}/{x}/{y}.png'));
  assert.ok(!ok('tiles', 'javascript:alert(1)'));
  assert.ok(!ok('geocoder', 'http://geocoder.example/'), 'http only on this machine');
  assert.ok(ok('geocoder', 'http://127.0.0.1:8788/search'));
  assert.ok(ok('idea-href', '/idee-indienen'));
  assert.ok(!ok('idea-href', '//evil.example/'), 'no protocol-relative address');
  assert.ok(!ok('idea-href', 'data:text/html,x'));
  assert.deepEqual(check(FIELDS.zoom!, '99'), { key: 'number', min: 6, max: 19 });
  assert.ok(!ok('zoom', '12.5'));
  assert.ok(ok('zoom', '12'));
  assert.ok(ok('center', '52.37,5.22'));
  assert.ok(ok('center', '52.37, 5.22'));
  assert.ok(!ok('center', 'Almere'));
  assert.ok(!ok('center', '95,5'));
  assert.ok(ok('municipality', 'GM0034'));
  assert.ok(!ok('municipality', 'Almere'));
  assert.ok(!ok('attribution', '<b>kaart</b>'));
  assert.ok(ok('lang', ''), 'empty is always the default');
});

test('the snippet gets set, right values only; a flag in its HTML form', () => {
  const values = { center: '52.37,5.22', zoom: '', 'deep-link': 'on', theme: 'groen', initiative: '3' };
  assert.deepEqual(attributesOf('buurt-initiative-map', values), {
    center: '52.37,5.22',
    'deep-link': 'deep-link',
    theme: 'groen',
  });
  assert.deepEqual(Object.keys(problems('buurt-initiative-map', { zoom: '0', tiles: 'ftp://x' })), ['zoom', 'tiles']);
});
