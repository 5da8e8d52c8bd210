import type { ApiClient, RequestOptions } from './client.js';
import type { Schemas } from './resources.js';
import { arr, bool, nullable, num, obj, str, type Check } from './shape.js';

/*
 * "Doe mee met dit initiatief": published initiatives that look like an idea being typed. A
 * module of its own because only the idea form's lazy review part and the desk use it: the
 * form does not carry it in its first load.
 */
export type SimilarInitiative = Schemas['SimilarInitiative'];

export const checkSimilar: Check<{ items: SimilarInitiative[] }> = (v, p) =>
  obj({
    items: arr(
      obj({
        id: num,
        title: str,
        summary: str,
        theme: str,
        phase: str,
        distance: nullable(num),
        sameTheme: bool,
        words: arr(str),
      }),
    ),
  })(v, p) as { items: SimilarInitiative[] };

export const findSimilarInitiatives = (
  c: ApiClient,
  q: { text: string; theme?: string; location?: { lat: number; lon: number } },
  o?: RequestOptions,
) => {
  const query: Record<string, string> = { text: q.text };
  if (q.theme) query.theme = q.theme;
  if (q.location) Object.assign(query, { lat: String(q.location.lat), lon: String(q.location.lon) });
  return c.get('/initiatives/similar', query, checkSimilar, o);
};
