import assert from 'node:assert/strict';
import { test } from 'node:test';
import { may, permissionsOf } from './roles.ts';

test('an analist reads figures and the audit trail, and nothing else', () => {
  assert.deepEqual(permissionsOf(['analist']), ['figures:read', 'audit:read']);
  assert.equal(may(['analist'], 'ideas:read'), false);
});

test('an ideeenmakelaar handles ideas but changes no settings; beheer does everything', () => {
  assert.equal(may(['ideeenmakelaar'], 'ideas:handle'), true);
  assert.equal(may(['ideeenmakelaar'], 'settings:manage'), false);
  assert.equal(permissionsOf(['beheer']).length, 6);
  assert.deepEqual(permissionsOf([]), []);
});

test('several roles give what any of them gives', () => {
  assert.equal(may(['analist', 'ideeenmakelaar'], 'ideas:handle'), true);
});
