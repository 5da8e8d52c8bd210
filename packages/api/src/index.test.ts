import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadOpenApi, openApiPath } from './index.js';

test('the OpenAPI document is Latin-1 text, so its strings cost one byte a character', () => {
  // V8 keeps a file with any character beyond U+00FF as two bytes a character, and so every
  // string parsed from it, and names it interns first (`Point`, `Feature`) stay that way for
  // the whole process. One such name in an answer made JSON.stringify write all of it two-byte:
  // a list of 200 initiatives took 143 KB instead of 71 KB, outside the young generation, and
  // the server ~0.5 ms more per answer. Write "to", "-", "..." instead of en dashes and the like.
  const text = readFileSync(openApiPath, 'utf8');
  const beyond = [...text.matchAll(/[^\0-\xff]/gu)].map((m) => {
    const line = text.slice(0, m.index).split('\n').length;
    return `line ${line}: ${m[0]} (U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
  });
  assert.deepEqual(beyond, []);
  assert.equal(loadOpenApi().info.title.length > 0, true);
});
