// Points openapi.yaml at the recorded examples (packages/api/examples/<operationId>.<request|status>.json):
// each request body and answer gets `examples: { <operationId>: { $ref: 'examples/…' } }`, inserted
// as text beside its schema so the rest of the hand-written document stays as it is. Answers that
// are shared (components.responses) collect the examples of every operation that gave them.
// Idempotent: an example already linked is left alone. Run by record-examples.ts.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { isMap, parseDocument } from 'yaml';

const API = new URL('../../api/', import.meta.url);
const FILE = new URL('openapi.yaml', API);

export function linkExamples() {
  let text = readFileSync(FILE, 'utf8');
  const doc = parseDocument(text);
  const ops = new Map();
  for (const pair of doc.get('paths').items)
    for (const m of pair.value.items) {
      const id = m.value.get('operationId');
      if (id) ops.set(id, [String(pair.key.value), String(m.key.value)]);
    }
  /** Where to put them: the media type map of a body or an answer. */
  const inserts = new Map();
  for (const file of readdirSync(new URL('examples/', API)).sort()) {
    const [op, kind] = file.replace(/\.json$/, '').split('.');
    const at = ops.get(op);
    if (!at) throw new Error(`${file}: no operation ${op}`);
    const base = ['paths', ...at];
    let owner =
      kind === 'request' ? doc.getIn([...base, 'requestBody'], true) : doc.getIn([...base, 'responses', kind], true);
    if (!owner) throw new Error(`${file}: ${op} has no ${kind === 'request' ? 'request body' : `answer ${kind}`}`);
    const ref = owner.get('$ref');
    if (ref) owner = doc.getIn(['components', 'responses', ref.split('/').pop()], true);
    const content = owner.get('content', true);
    const media = content.items[0].value;
    if (!isMap(media) || media.flow) throw new Error(`${file}: write its media type as a block map first`);
    const entries = inserts.get(media) ?? [];
    entries.push({ op, file });
    inserts.set(media, entries);
  }
  // From the end of the file back, so earlier offsets stay right.
  const edits = [...inserts.entries()]
    .map(([media, entries]) => {
      const existing = media.get('examples', true);
      const have = new Set(existing ? existing.items.map((i) => String(i.key.value)) : []);
      const fresh = entries.filter((e) => !have.has(e.op));
      if (!fresh.length) return undefined;
      const last = (existing ?? media).items.at(-1);
      const lineStart = text.lastIndexOf('\n', last.key.range[0]) + 1;
      const indent = last.key.range[0] - lineStart;
      const end = text.indexOf('\n', last.value.range[1] - 1) + 1;
      const lines = fresh.map(
        (e) => `${' '.repeat(existing ? indent : indent + 2)}${e.op}: { $ref: 'examples/${e.file}' }\n`,
      );
      return { at: end, text: (existing ? '' : `${' '.repeat(indent)}examples:\n`) + lines.join('') };
    })
    .filter(Boolean)
    .sort((a, b) => b.at - a.at);
  for (const e of edits) text = text.slice(0, e.at) + e.text + text.slice(e.at);
  writeFileSync(FILE, text);
  return edits.length;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`linked ${linkExamples()} places`);
