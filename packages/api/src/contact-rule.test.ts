import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeChain, rankContacts, type Candidate } from './contact-rule.js';

const people: (Candidate & { name: string })[] = [
  { id: 1, name: 'Desk Almere', areas: ['GM0034'], themes: [], desk: true },
  { id: 2, name: 'Desk Leiden', areas: ['GM0546'], themes: [], desk: true },
  { id: 3, name: 'Wijk generalist', areas: ['WK003401'], themes: [], desk: false },
  { id: 4, name: 'Buurt generalist', areas: ['BU00340101'], themes: [], desk: false },
  { id: 5, name: 'Groen in de wijk', areas: ['WK003401'], themes: ['groen'], desk: false },
  { id: 6, name: 'Sport in de gemeente', areas: ['GM0034'], themes: ['sport'], desk: false },
  { id: 7, name: 'Elders', areas: ['WK054601'], themes: [], desk: false },
];
const names = (r: { name: string; match: string }[]) => r.map((c) => `${c.name}:${c.match}`);

test('the chain of a buurt code names its wijk and gemeente', () => {
  assert.deepEqual(codeChain('BU00340101'), ['BU00340101', 'WK003401', 'GM0034']);
  assert.deepEqual(codeChain('WK003401'), ['WK003401', 'GM0034']);
  assert.deepEqual(codeChain('GM0034'), ['GM0034']);
});

test('most specific area first, generalists before specialists, the own desk last', () => {
  assert.deepEqual(names(rankContacts(codeChain('BU00340101'), people)), [
    'Buurt generalist:area',
    'Wijk generalist:area',
    'Groen in de wijk:area',
    'Sport in de gemeente:area',
    'Desk Almere:desk',
  ]);
});

test('with a theme its specialists come first and other specialists are left out', () => {
  assert.deepEqual(names(rankContacts(codeChain('BU00340101'), people, 'groen')), [
    'Groen in de wijk:theme',
    'Buurt generalist:area',
    'Wijk generalist:area',
    'Desk Almere:desk',
  ]);
});

test('a place nobody covers still gets a desk: its municipality’s, else the first', () => {
  assert.deepEqual(names(rankContacts(codeChain('WK054699'), people)), ['Desk Leiden:desk']);
  assert.deepEqual(names(rankContacts([], people)), ['Desk Almere:desk']);
  assert.deepEqual(rankContacts([], []), []);
});
