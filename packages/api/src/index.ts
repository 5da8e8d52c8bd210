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

/** The parsed OpenAPI document (parsed once per process). */
export function loadOpenApi(): OpenApiDocument {
  cached ??= parse(readFileSync(openApiPath, 'utf8')) as OpenApiDocument;
  return cached;
}

export type { paths, components, operations } from './schema.js';
