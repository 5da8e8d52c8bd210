import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadOpenApi } from '@buurtkit/api';
import { schemaErrors } from './helpers/openapi.ts';

type Media = { schema?: unknown; examples?: Record<string, { summary?: string; value: unknown }> };
type Doc = {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        requestBody?: { content: Record<string, Media> };
        responses: Record<string, { $ref?: string; content?: Record<string, Media> }>;
      }
    >
  >;
  components: { responses: Record<string, { content?: Record<string, Media> }> };
};
const doc = loadOpenApi() as unknown as Doc;
const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method, op })),
);
const resolve = (r: { $ref?: string; content?: Record<string, Media> }) =>
  r.$ref ? doc.components.responses[r.$ref.split('/').pop()!]! : r;
/** Images are bytes: no example to show. */
const shown = (type: string) => !type.startsWith('image/');

test('every operation has an example of its JSON body and of each answer with content', () => {
  const missing: string[] = [];
  for (const { path, method, op } of operations) {
    for (const [type, media] of Object.entries(op.requestBody?.content ?? {}))
      if (shown(type) && !Object.keys(media.examples ?? {}).length) missing.push(`${op.operationId} request ${type}`);
    for (const [status, response] of Object.entries(op.responses)) {
      if (!status.startsWith('2')) continue;
      for (const [type, media] of Object.entries(resolve(response).content ?? {}))
        if (shown(type) && !Object.keys(media.examples ?? {}).length)
          missing.push(`${method.toUpperCase()} ${path} ${status} ${type}`);
    }
  }
  assert.deepEqual(missing, []);
  assert.ok(operations.length >= 45, `${operations.length} operations`);
});

test('every example, answers and shared errors alike, fits its schema', () => {
  const wrong: string[] = [];
  let checked = 0;
  const check = (where: string, media: Media) => {
    for (const [name, example] of Object.entries(media.examples ?? {})) {
      assert.ok(example.summary, `${where} ${name} has a summary`);
      const errors = media.schema ? schemaErrors(media.schema, example.value) : '';
      if (errors) wrong.push(`${where} ${name}: ${errors}`);
      checked++;
    }
  };
  for (const { op } of operations) {
    for (const [type, media] of Object.entries(op.requestBody?.content ?? {}))
      check(`${op.operationId} request ${type}`, media);
    for (const [status, response] of Object.entries(op.responses))
      if (!response.$ref)
        for (const [type, media] of Object.entries(response.content ?? {}))
          check(`${op.operationId} ${status} ${type}`, media);
  }
  for (const [name, response] of Object.entries(doc.components.responses))
    for (const [type, media] of Object.entries(response.content ?? {})) check(`${name} ${type}`, media);
  assert.deepEqual(wrong, []);
  assert.ok(checked >= 60, `${checked} examples`);
  // The shared 422 shows a pointer per field, as every client will meet it.
  const problem = doc.components.responses.ValidationProblem!.content!['application/problem+json']!;
  const errors = (Object.values(problem.examples!)[0]!.value as { errors: { pointer: string }[] }).errors;
  assert.ok(errors.length >= 2 && errors.every((e) => e.pointer.startsWith('#/')));
});

test('a broken example is caught (the check can fail)', () => {
  const media = doc.paths['/initiatives/{id}']!.get!.responses['200']!.content!['application/json']!;
  const value = structuredClone(Object.values(media.examples!)[0]!.value) as Record<string, unknown>;
  value.title = 12;
  assert.match(schemaErrors(media.schema, value), /title/);
});
