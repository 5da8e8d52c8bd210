import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Where the OpenAPI document lives: the single source of truth of the Buurtkit API. */
export const openApiPath = new URL('../openapi.yaml', import.meta.url);

export type OpenApiDocument = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, unknown>; parameters: Record<string, unknown> };
};

export type OpenApiParameter = {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  schema: Record<string, unknown>;
};

export type OpenApiOperation = {
  operationId: string;
  parameters?: Array<OpenApiParameter | { $ref: string }>;
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, unknown>;
  security?: unknown[];
};

let cached: OpenApiDocument | undefined;

/**
 * References to files beside the document (the recorded examples in `examples/`) replaced by
 * what they hold, so the document works alone: served as JSON, read by any tool.
 */
function inlineFiles(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(inlineFiles);
  if (!node || typeof node !== 'object') return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === 'string' && !ref.startsWith('#'))
    return JSON.parse(readFileSync(new URL(ref, openApiPath), 'utf8')) as unknown;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inlineFiles(v)]));
}

/** The parsed OpenAPI document, with its examples in place (parsed once per process). */
export function loadOpenApi(): OpenApiDocument {
  cached ??= inlineFiles(parse(readFileSync(openApiPath, 'utf8'))) as OpenApiDocument;
  return cached;
}

export type { paths, components, operations } from './schema.js';
