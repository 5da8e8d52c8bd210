import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadOpenApi, type OpenApiOperation, type OpenApiParameter } from '@buurtkit/api';
import { HttpProblem, problemType, type FieldError } from './problems.js';
import { message, type Locale } from './messages.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

const DOC_ID = 'buurtkit-openapi';

function makeAjv(coerce: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    coerceTypes: coerce ? 'array' : false,
    useDefaults: false,
  });
  addFormats(ajv);
  ajv.addSchema({ ...loadOpenApi(), $id: DOC_ID } as object);
  return ajv;
}

// Bodies are validated strictly; query strings arrive as text and are coerced.
const bodyAjv = makeAjv(false);
const queryAjv = makeAjv(true);

export type Operation = { path: string; method: string; spec: OpenApiOperation };

export function findOperation(operationId: string): Operation {
  const doc = loadOpenApi();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, spec] of Object.entries(methods)) {
      if (spec.operationId === operationId) return { path, method, spec };
    }
  }
  throw new Error(`No operation ${operationId} in the OpenAPI document`);
}

function resolveParameter(p: OpenApiParameter | { $ref: string }): OpenApiParameter {
  if (!('$ref' in p)) return p;
  const name = p.$ref.split('/').pop()!;
  return loadOpenApi().components.parameters[name] as OpenApiParameter;
}

/** Rewrites local refs so they point into the registered document. */
function anchor(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${DOC_ID}#/components/`));
}

/** A compiled validator for one operation's query/path parameters and JSON body. */
export interface OperationValidator {
  query(input: Record<string, unknown>, locale: Locale): Record<string, unknown>;
  params(input: Record<string, unknown>, locale: Locale): Record<string, unknown>;
  body(input: unknown, locale: Locale): unknown;
}

/**
 * Compiled once per operation and shared by every app in the process: a server hosting fifty
 * municipalities builds fifty apps, and compiling each its own copy cost 3 MB an app and left
 * each copy of the generated code to be warmed up by V8 on a fiftieth of the requests.
 */
const compiled = new Map<string, OperationValidator>();

export function validatorFor(operationId: string): OperationValidator {
  let validator = compiled.get(operationId);
  if (!validator) compiled.set(operationId, (validator = compile(operationId)));
  return validator;
}

function compile(operationId: string): OperationValidator {
  const { spec } = findOperation(operationId);
  const params = (spec.parameters ?? []).map(resolveParameter);
  const objectSchema = (where: 'query' | 'path') => {
    const list = params.filter((p) => p.in === where);
    return {
      type: 'object',
      properties: Object.fromEntries(list.map((p) => [p.name, anchor(p.schema)])),
      required: list.filter((p) => p.required).map((p) => p.name),
      additionalProperties: true,
    };
  };
  const query = queryAjv.compile(objectSchema('query'));
  const path = queryAjv.compile(objectSchema('path'));
  const bodySchema = spec.requestBody?.content['application/json']?.schema;
  const body = bodySchema ? bodyAjv.compile(anchor(bodySchema) as object) : undefined;

  const check = (fn: ValidateFunction, input: unknown, locale: Locale, prefix: string) => {
    if (fn(input)) return input;
    throw validationProblem(fieldErrors(fn.errors ?? [], locale, prefix), locale);
  };
  return {
    query: (input, locale) => check(query, { ...input }, locale, '#/query') as Record<string, unknown>,
    params: (input, locale) => check(path, { ...input }, locale, '#/path') as Record<string, unknown>,
    body: (input, locale) => {
      if (!body) return input;
      check(body, input, locale, '#');
      const nul = findNul(input, '#');
      // PostgreSQL cannot store U+0000 in text, and no resident means to type it.
      if (nul) throw validationProblem([{ pointer: nul, code: 'invalid', detail: message(locale, 'invalid') }], locale);
      return input;
    },
  };
}

export function validationProblem(errors: FieldError[], locale: Locale): HttpProblem {
  return new HttpProblem(422, message(locale, 'title.validation'), { type: problemType('validation'), errors });
}

const escapePointer = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Ajv errors → one error per field, with a JSON pointer (URI fragment form), a stable code
 * and a localized detail.
 */
export function fieldErrors(errors: ErrorObject[], locale: Locale, prefix = '#'): FieldError[] {
  const byPointer = new Map<string, FieldError>();
  const add = (pointer: string, code: string, limit?: number) => {
    if (byPointer.has(pointer)) return;
    byPointer.set(pointer, { pointer, code, detail: message(locale, code, limit === undefined ? {} : { limit }) });
  };
  // Errors of alternatives (oneOf/anyOf) explain themselves through their branches; keep
  // them only when nothing more precise was said about that place.
  const ordered = [...errors].sort((a, b) => Number(isCombinator(a)) - Number(isCombinator(b)));
  for (const e of ordered) {
    const at = prefix + e.instancePath;
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'required':
        add(`${at}/${escapePointer(String(p.missingProperty))}`, 'required');
        break;
      case 'additionalProperties':
        add(`${at}/${escapePointer(String(p.additionalProperty))}`, 'unknown-field');
        break;
      case 'minLength':
        add(at, 'too-short', Number(p.limit));
        break;
      case 'maxLength':
        add(at, 'too-long', Number(p.limit));
        break;
      case 'format':
        add(at, p.format === 'email' ? 'email' : 'format');
        break;
      case 'pattern':
        add(at, 'pattern');
        break;
      case 'enum':
      case 'const':
        add(at, 'enum');
        break;
      case 'type':
        add(at, 'type');
        break;
      case 'minimum':
      case 'exclusiveMinimum':
        add(at, 'minimum', Number(p.limit));
        break;
      case 'maximum':
      case 'exclusiveMaximum':
        add(at, 'maximum', Number(p.limit));
        break;
      case 'minItems':
        add(at, 'too-few', Number(p.limit));
        break;
      case 'maxItems':
        add(at, 'too-many', Number(p.limit));
        break;
      case 'uniqueItems':
        add(at, 'duplicate');
        break;
      default:
        if (![...byPointer.keys()].some((k) => k.startsWith(at))) add(at, 'invalid');
    }
  }
  return [...byPointer.values()];
}

const isCombinator = (e: ErrorObject) => ['oneOf', 'anyOf', 'allOf', 'if', 'not'].includes(e.keyword);

/** The pointer of the first string (or key) holding U+0000, if any. */
function findNul(value: unknown, at: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? at : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = findNul(v, `${at}/${i}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = k.includes('\u0000') ? `${at}/${escapePointer(k)}` : findNul(v, `${at}/${escapePointer(k)}`);
      if (found) return found;
    }
  }
  return null;
}
