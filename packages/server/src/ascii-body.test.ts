import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { test } from 'node:test';
import { asciiBody } from './ascii-body.js';

const response = () => new EventEmitter() as unknown as ServerResponse;

test("an answer's bytes stay its own until it has finished, then the buffer is reused", () => {
  const first = response();
  const a = asciiBody('{"a":1}', first);
  const b = asciiBody('{"b":22}', response());
  assert.equal(a.toString(), '{"a":1}');
  assert.equal(b.toString(), '{"b":22}');
  assert.notEqual(a.buffer, b.buffer, 'two answers in flight share no memory');
  first.emit('finish');
  const c = asciiBody('{"c":333}', response());
  assert.equal(c.buffer, a.buffer, 'a finished answer gives its buffer back');
  assert.equal(c.toString(), '{"c":333}');
});

test('an answer cut off before it finished never gives its buffer back', () => {
  const cut = response();
  const a = asciiBody('{"cut":true}', cut);
  cut.emit('close');
  assert.notEqual(asciiBody('{"next":1}', response()).buffer, a.buffer);
  assert.equal(a.toString(), '{"cut":true}');
});

test('a large answer (a download) gets a buffer of its own, byte for byte', () => {
  const text = `[${'1,'.repeat(200_000)}1]`;
  const body = asciiBody(text, response());
  assert.equal(body.length, text.length);
  assert.equal(body.toString('latin1'), text);
});
