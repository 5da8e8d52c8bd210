import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

type Doc = Record<string, unknown> & { postcode: string; huisnummer: number; centroide_ll: string };
const docs = JSON.parse(readFileSync(new URL('../../fixtures/pdok/addresses.json', import.meta.url), 'utf8')) as Doc[];
/** Every municipality as a `gemeente` document (for searching a place by name). */
const places = JSON.parse(readFileSync(new URL('../../fixtures/pdok/places.json', import.meta.url), 'utf8')) as Doc[];

/** PDOK v3_1 answers 400 to parameters outside its specification. */
const ALLOWED: Record<string, string[]> = {
  free: ['q', 'fq', 'fl', 'rows', 'start', 'sort', 'df', 'bq', 'wt'],
  reverse: ['lat', 'lon', 'X', 'Y', 'type', 'rows', 'fl', 'fq', 'start', 'distance'],
};

const point = (d: Doc) => /POINT\(([\d.]+) ([\d.]+)\)/.exec(d.centroide_ll)!.slice(1).map(Number) as [number, number];

/**
 * A stand-in for PDOK Locatieserver v3_1 on loopback, answering from recorded-shape
 * fixtures: `free` with fq filters, `reverse` by distance. `mode` simulates an outage.
 */
export async function startPdokFixture(listenOn = 0) {
  const state = { mode: 'ok' as 'ok' | 'down' | 'slow' | 'garbage', requests: [] as string[] };
  const server: Server = createServer((req, res) => {
    state.requests.push(req.url!);
    const url = new URL(req.url!, 'http://x');
    const endpoint = url.pathname.split('/').pop()!;
    if (state.mode === 'down') return res.writeHead(503).end();
    if (state.mode === 'slow') return; // never answers
    if (state.mode === 'garbage')
      return res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>maintenance</html>');
    if (!ALLOWED[endpoint]) return res.writeHead(404).end();
    const unknown = [...url.searchParams.keys()].filter((k) => !ALLOWED[endpoint]!.includes(k));
    if (unknown.length)
      return res
        .writeHead(400, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ error: `unknown parameters ${unknown}` }));
    let found: Doc[];
    if (endpoint === 'free') {
      const fq = url.searchParams.getAll('fq').map((f) => f.split(':') as [string, string]);
      const q = (url.searchParams.get('q') ?? '*:*').toLowerCase();
      // Free text as Solr matches a name: every word somewhere in weergavenaam.
      const words = q === '*:*' ? [] : q.split(/\s+/).filter(Boolean);
      found = [...docs, ...places]
        .filter((d) => fq.every(([k, v]) => String(d[k]) === v) && (fq.length || words.length))
        .filter((d) => words.every((w) => String(d.weergavenaam).toLowerCase().includes(w)))
        .slice(0, Number(url.searchParams.get('rows') ?? 10));
    } else {
      const lat = Number(url.searchParams.get('lat'));
      const lon = Number(url.searchParams.get('lon'));
      found = [...docs]
        .sort(
          (a, b) => Math.hypot(point(a)[0] - lon, point(a)[1] - lat) - Math.hypot(point(b)[0] - lon, point(b)[1] - lat),
        )
        .slice(0, Number(url.searchParams.get('rows') ?? 10));
    }
    res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end(
      JSON.stringify({
        response: { numFound: found.length, start: 0, maxScore: 1, numFoundExact: true, docs: found },
      }),
    );
  });
  await new Promise<void>((r) => server.listen(listenOn, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/bzk/locatieserver/search/v3_1`,
    state,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
