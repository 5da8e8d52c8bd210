import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { message, type Locale } from '../messages.js';
import { HttpProblem, problemType } from '../problems.js';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1)$/;

/**
 * Who is asking: the name the presented staff token acts under (constant-time check
 * against every token). A token travels only over HTTPS: plain HTTP is refused except
 * on this machine (development, tests).
 */
export function staffActor(req: FastifyRequest, tokens: Map<string, string>, locale: Locale): string {
  if (req.protocol !== 'https' && !LOOPBACK.test(req.hostname)) {
    throw new HttpProblem(403, message(locale, 'title.https-required'), { type: problemType('https-required') });
  }
  const presented = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (presented) {
    const a = Buffer.from(presented);
    for (const [token, actor] of tokens) {
      const b = Buffer.from(token);
      if (a.length === b.length && timingSafeEqual(a, b)) return actor;
    }
  }
  throw new HttpProblem(401, message(locale, 'title.unauthorized'), {
    type: problemType('unauthorized'),
    headers: { 'WWW-Authenticate': 'Bearer realm="buurtkit-staff"' },
  });
}
