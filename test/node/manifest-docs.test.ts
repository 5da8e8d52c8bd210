// Storybook's docs for each element come from custom-elements.json, never kept by hand: every
// public attribute, property, event, slot, CSS part and CSS custom property an editor or a
// developer can use must say what it does, in the element's JSDoc.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

type Item = { name: string; description?: string; privacy?: string; kind?: string; static?: boolean };
type Declaration = {
  tagName?: string;
  summary?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
};
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

test('every element, and everything public on it, has a description', () => {
  assert.ok(elements.length >= 6, 'the five widgets and <buurt-config>');
  const missing: string[] = [];
  for (const d of elements) {
    if (!d.summary?.trim()) missing.push(`${d.tagName}: @summary`);
    const publicFields = (d.members ?? []).filter(
      (m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('_'),
    );
    const lists: [string, Item[]][] = [
      ['attribute', d.attributes ?? []],
      ['property', publicFields],
      ['event', d.events ?? []],
      ['slot', d.slots ?? []],
      ['part', d.cssParts ?? []],
      ['token', d.cssProperties ?? []],
    ];
    for (const [kind, items] of lists)
      for (const item of items) if (!item.description?.trim()) missing.push(`${d.tagName} ${kind} ${item.name}`);
  }
  assert.deepEqual(missing, [], 'describe these in the JSDoc (then npm run analyze)');
});
