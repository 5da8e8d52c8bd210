import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadOpenApi } from './index.ts';
import { DEFAULT_LOCALE, INTL_TAGS, LOCALES } from './locales.ts';

type Schema = { enum?: string[]; required?: string[]; properties?: Record<string, Schema> };

test('the contract speaks the languages of the list: Locale, LocalizedText and theme labels', () => {
  const schemas = loadOpenApi().components.schemas as Record<string, Schema>;
  assert.deepEqual(schemas.Locale!.enum, [...LOCALES]);
  assert.deepEqual(Object.keys(schemas.LocalizedText!.properties!), [...LOCALES]);
  assert.deepEqual(schemas.LocalizedText!.required, [DEFAULT_LOCALE]);
  const themeLabel = schemas.ThemeInput?.properties?.label ?? schemas.Theme!.properties!.label!;
  assert.deepEqual(Object.keys(themeLabel.properties ?? schemas.LocalizedText!.properties!), [...LOCALES]);
  assert.deepEqual(Object.keys(INTL_TAGS), [...LOCALES]);
});
