/**
 * Answers written as JSON text ahead of the request: map views and list pages are made of
 * features written once and joined, not objects for `JSON.stringify` to walk on every request.
 */

/** What such a text is sent as. */
export const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * `JSON.stringify` with every character beyond ASCII escaped (`é` as `\u00e9`): the same value
 * to every JSON reader, and an answer of ASCII alone is hashed for its ETag and copied out as
 * UTF-8 at memory speed, where one `é` in 70 kB sends both down a character-by-character path
 * (Almere at zoom 13: the hash 82 -> 43 µs, the UTF-8 copy 52 -> 18 µs). A map of the country,
 * all clusters, had been ASCII and a town's view not, so two views of like size cost unlike.
 * (Outside strings JSON text is ASCII already; JSON escapes any lone surrogate itself.)
 */
export const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(BEYOND_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const BEYOND_ASCII = /[\u0080-\uffff]/g;

/**
 * A collection's text: `head`'s fields, then `features` (texts) as its last field, the text
 * `JSON.stringify` makes of the same object (with `asciiJson`'s escapes). The head and tail
 * are joined in, not wrapped around the join: `join` makes one flat text, a template around
 * it a rope that reading flattens into a second copy (70 kB a map view). `features` is used
 * up: its first and last texts are changed.
 */
export function collectionText(head: Record<string, unknown>, features: string[]): string {
  const open = asciiJson({ ...head, features: [] }).slice(0, -2);
  if (!features.length) return `${open}]}`;
  features[0] = open + features[0];
  features[features.length - 1] += ']}';
  return features.join(',');
}
