import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadOpenApi } from '@buurtkit/api';

/** The contract as the checks read it: each operation's documented answers and their schemas. */
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  a: Ajv2020,
) => Ajv2020;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const doc = loadOpenApi() as unknown as {
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, Response> }>>;
  components: { responses: Record<string, Response> };
};
ajv.addSchema({ ...doc, $id: 'doc' } as object);
type Response = { $ref?: string; description?: string; content?: Record<string, { schema?: unknown }> };

export type Operation = { path: string; method: string; operationId: string };

/** The documented answer of an operation for a status, with its $ref resolved. */
export function documented(path: string, method: string, status: number): Response | undefined {
  const r = doc.paths[path]?.[method]?.responses[String(status)];
  return r?.$ref ? doc.components.responses[r.$ref.split('/').pop()!] : r;
}

export const operationId = (path: string, method: string) => doc.paths[path]?.[method]?.operationId ?? '';

const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
/** Where a body differs from a schema (JSON pointer and what is wrong), or nothing. */
export function schemaErrors(schema: unknown, value: unknown): string[] {
  const source = JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/');
  let validate = compiled.get(source);
  if (!validate) compiled.set(source, (validate = ajv.compile(JSON.parse(source))));
  if (validate(value)) return [];
  return (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
