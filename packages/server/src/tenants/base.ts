import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';

/**
 * The path a request came in under (`/t/GM0034`), before the tenant router took it off:
 * absolute links the API writes (open data, tracking, embed pages) put it back.
 */
const BASE = Symbol('buurtkit.base');

export const setBasePath = (req: IncomingMessage, base: string) => {
  (req as IncomingMessage & { [BASE]?: string })[BASE] = base;
};

export const basePath = (req: FastifyRequest): string => (req.raw as IncomingMessage & { [BASE]?: string })[BASE] ?? '';
