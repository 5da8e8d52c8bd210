import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadOpenApi } from '@buurtkit/api';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  a: Ajv2020,
) => Ajv2020;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema({ ...loadOpenApi(), $id: 'doc' } as object);
// Compiling is the slow part; fuzzing checks thousands of answers against a few schemas.
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

/** Errors of a value against a schema of the document (its `#/components/…` refs resolved); empty when valid. */
export function schemaErrors(schema: unknown, value: unknown): string {
  const source = JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/');
  let validate = compiled.get(source);
  if (!validate) compiled.set(source, (validate = ajv.compile(JSON.parse(source))));
  return validate(value) ? '' : ajv.errorsText(validate.errors);
}

/**
 * Checks a response against the OpenAPI document: status documented, media type right,
 * body valid against the documented schema. Returns the parsed body.
 */
export async function expectDocumented(res: Response, path: string, method = 'get'): Promise<any> {
  const op = (loadOpenApi().paths as any)[path]?.[method];
  if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in the OpenAPI document`);
  let response = op.responses[String(res.status)];
  if (!response) throw new Error(`${method.toUpperCase()} ${path}: status ${res.status} is not documented`);
  if (response.$ref) response = (loadOpenApi().components as any).responses[response.$ref.split('/').pop()];
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!;
  const text = await res.text();
  if (!response.content) return text;
  const media = response.content[type];
  if (!media) throw new Error(`${method.toUpperCase()} ${path} ${res.status}: undocumented content type ${type}`);
  // Pages (text/html) are checked for their documented type only; JSON against its schema.
  if (!/json$/.test(type)) return text;
  const body = JSON.parse(text);
  const errors = schemaErrors(media.schema, body);
  if (errors) {
    const where = `${method.toUpperCase()} ${path} ${res.status}`;
    throw new Error(`${where}: body does not match the document: ${errors}\n${text.slice(0, 500)}`);
  }
  return body;
}
