import type { Answer, Run } from './run.js';

/**
 * The checks, in the order a report shows them. Read checks need nothing but the address; write
 * checks (--write with a staff token) send an idea, try its idempotency key and handle it as
 * staff, and close and erase what they made.
 */
type Collection = { total: number; limit: number; offset: number; features: Feature[] };
type Feature = { id: number; geometry: { coordinates: [number, number] }; properties: Record<string, unknown> };
type Bbox = [number, number, number, number];

const PROBLEM = 'application/problem+json';
const STRANGER = 'https://conformance.invalid';
const EMAIL = /[^\s@"]+@[^\s@"]+\.[a-z]{2,}/i;
const PHONE = /(\+31|\b0)[1-9][\d -]{7,12}\d/;

/** Reads every public resource, checking each against its schema; what later checks need. */
export async function schemas(run: Run) {
  const check = 'schemas';
  // What later checks need is taken from the answer even when it does not fit (each says its own).
  const get = async (path: string, url = path) => {
    const a = await run.send('GET', url);
    run.fits(check, a, path, 'get', 200);
    return a.status === 200 && a.body && typeof a.body === 'object' ? a : undefined;
  };
  const list = (await get('/initiatives', '/initiatives?limit=50'))?.body as Collection | undefined;
  await get('/initiatives', '/initiatives?format=compact&limit=5');
  await get('/initiatives', '/initiatives?format=columns&limit=5');
  const first = list?.features[0];
  const bbox = around(list?.features ?? []);
  await get('/initiatives/clusters', `/initiatives/clusters?bbox=${bbox.join(',')}&zoom=12`);
  if (first) await get('/initiatives/{id}', `/initiatives/${first.id}`);
  const models = (await get('/phase-models'))?.body as { items: { key: string }[] } | undefined;
  if (models?.items[0]) await get('/phase-models/{key}', `/phase-models/${encodeURIComponent(models.items[0].key)}`);
  const themes = (await get('/themes'))?.body as { items: { key: string }[] } | undefined;
  await get('/areas', '/areas?geometry=false');
  if (first) {
    const [lon, lat] = first.geometry.coordinates;
    await get('/contacts', `/contacts?lat=${lat}&lon=${lon}`);
  }
  await get('/ideas/form-token');
  await get('/healthz');
  if (!run.findings.some((f) => f.check === check && !f.ok)) run.pass(check, 'every public read fits its schema');
  return { list, first, bbox, themes: themes?.items ?? [] };
}

/** A box around the features (or around the Netherlands when there are none). */
function around(features: Feature[]): Bbox {
  if (!features.length) return [3.3, 50.7, 7.3, 53.6];
  const lons = features.map((f) => f.geometry.coordinates[0]);
  const lats = features.map((f) => f.geometry.coordinates[1]);
  const pad = 0.01;
  return [Math.min(...lons) - pad, Math.min(...lats) - pad, Math.max(...lons) + pad, Math.max(...lats) + pad];
}

/** Bad input answers 422 (404 for what is not there) as RFC 9457 problem+json, with a pointer per field. */
export async function problems(run: Run) {
  const check = 'problem-json';
  const cases: [string, number, string | undefined][] = [
    ['/initiatives/abc', 422, '#/path/id'],
    ['/initiatives?limit=0', 422, '#/query/limit'],
    ['/initiatives?bbox=6,53,5,52', 422, '#/query/bbox'],
    ['/initiatives/2147480000', 404, undefined],
  ];
  let failed = false;
  for (const [url, status, pointer] of cases) {
    const a = await run.send('GET', url);
    const body = a.body as { type?: string; title?: string; errors?: { pointer: string }[] };
    const shape = a.status === status && a.type === PROBLEM && typeof body === 'object' && !!body.title;
    const pointed = !pointer || body?.errors?.some((e) => e.pointer === pointer);
    if (!shape || !pointed) {
      failed = true;
      run.fail(
        check,
        `${a.request} answered ${a.status} ${a.type || 'without a media type'}${
          shape && !pointed ? ` without an error at ${pointer}` : ''
        }; the contract says ${status} ${PROBLEM}${pointer ? ` with an error at ${pointer}` : ''}`,
        {
          request: a.request,
          contract:
            `${status} ${PROBLEM} (RFC 9457): type, title, and for 422 one entry in errors ` +
            'per field, each with a JSON pointer',
          fix: 'Answer bad input with problem+json, never plain text or an HTML error page, and point at the field.',
        },
      );
    }
  }
  if (!failed) run.pass(check, 'bad input gets problem+json with a pointer per field');
}

/** limit and offset page through the same total without overlap; a box holds what is in it. */
export async function paging(run: Run, bbox: Bbox) {
  const check = 'paging-and-bbox';
  const page = async (q: string) => (await run.send('GET', `/initiatives?${q}`)).body as Collection;
  const [a, b] = [await page('limit=2&offset=0'), await page('limit=2&offset=2')];
  let failed = false;
  const fail = (message: string, request: string) => {
    failed = true;
    run.fail(check, message, {
      request,
      contract: 'GET /initiatives: total counts every match; limit and offset page through them in one order',
      fix: 'Apply limit and offset after sorting, and count total before paging.',
    });
  };
  if (a.total !== b.total)
    fail(`total differs between pages (${a.total}, ${b.total})`, 'GET /initiatives?limit=2&offset=2');
  const overlap = a.features.filter((f) => b.features.some((g) => g.id === f.id));
  if (overlap.length)
    fail(`pages overlap (${overlap.map((f) => f.id).join(', ')})`, 'GET /initiatives?limit=2&offset=2');
  if (a.features.length > 2) fail(`limit=2 gave ${a.features.length}`, 'GET /initiatives?limit=2');
  const beyond = await page(`limit=2&offset=${a.total + 10}`);
  if (beyond.features.length) fail('an offset past the end still gave initiatives', 'GET /initiatives?offset=…');
  const inBox = await page(`bbox=${bbox.join(',')}&limit=500`);
  const outside = inBox.features.filter(
    ({
      geometry: {
        coordinates: [lon, lat],
      },
    }) => {
      return lon < bbox[0] || lat < bbox[1] || lon > bbox[2] || lat > bbox[3];
    },
  );
  if (outside.length)
    run.fail(
      check,
      `GET /initiatives?bbox=… gave initiatives outside the box (${outside.map((f) => f.id).join(', ')})`,
      {
        request: `GET /initiatives?bbox=${bbox.join(',')}`,
        contract: 'bbox is west,south,east,north in WGS84; only initiatives inside it',
        fix: 'Filter on longitude between west and east and latitude between south and north.',
      },
    );
  const sea = await page('bbox=3.4,52.4,3.6,52.6');
  if (sea.total !== 0)
    fail(`a box in the North Sea gave ${sea.total} initiatives`, 'GET /initiatives?bbox=3.4,52.4,3.6,52.6');
  if (!failed && !outside.length) run.pass(check, 'pages and boxes hold what they should');
  return inBox.total;
}

/** Clusters over a box count exactly the initiatives in it. */
export async function clusters(run: Run, bbox: Bbox, inBox: number) {
  const check = 'clusters';
  const a = await run.send('GET', `/initiatives/clusters?bbox=${bbox.join(',')}&zoom=8`);
  const body = a.body as { features?: { properties: { cluster?: boolean; count?: number } }[] };
  const counted = (body.features ?? []).reduce((n, f) => n + (f.properties.cluster ? (f.properties.count ?? 0) : 1), 0);
  if (a.status === 200 && counted === inBox)
    return run.pass(check, `clusters count the ${inBox} initiatives in the box`);
  run.fail(check, `${a.request} counted ${counted} initiatives, the list has ${inBox} in the same box`, {
    request: a.request,
    contract: 'GET /initiatives/clusters: every initiative in the box is in exactly one cluster or point',
    fix: 'Cluster the same filtered set the list uses; a cluster carries its count.',
  });
}

/** Staff endpoints answer listed origins only: never `*`, never an unknown origin. */
export async function cors(run: Run) {
  const check = 'cors';
  const pre = await run.send('OPTIONS', '/staff/ideas', {
    headers: {
      Origin: STRANGER,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'authorization',
    },
  });
  const get = await run.send('GET', '/staff/ideas', { headers: { Origin: STRANGER } });
  const open = [pre, get].filter((a) => {
    const allow = a.headers.get('access-control-allow-origin');
    return allow === '*' || allow === STRANGER;
  });
  if (!open.length) return run.pass(check, 'staff endpoints do not answer unknown origins');
  for (const a of open)
    run.fail(
      check,
      `${a.request} from ${STRANGER}: Access-Control-Allow-Origin is "${a.headers.get('access-control-allow-origin')}"`,
      {
        request: `${a.request} with Origin: ${STRANGER}`,
        contract:
          "staff endpoints answer only the municipality's own origins (never *): " +
          'tokens must not be usable from any page',
        fix: 'List the allowed origins; answer others without Access-Control-Allow-Origin.',
      },
    );
}

/** Public reads carry a validator and a cache policy, and a matching If-None-Match gets 304. */
export async function caching(run: Run) {
  const check = 'caching';
  let failed = false;
  for (const path of ['/themes', '/phase-models', '/initiatives?limit=5']) {
    const a = await run.send('GET', path);
    const etag = a.headers.get('etag');
    const policy = a.headers.get('cache-control');
    const again = etag ? await run.send('GET', path, { headers: { 'If-None-Match': etag } }) : undefined;
    if (!etag || !policy || again?.status !== 304) {
      failed = true;
      run.fail(
        check,
        `${a.request}: ${!etag ? 'no ETag' : !policy ? 'no Cache-Control' : `If-None-Match answered ${again?.status}`}`,
        {
          request: a.request,
          contract: 'public reads carry ETag and Cache-Control, and answer a matching If-None-Match with 304',
          fix: 'Send an ETag of the body and the documented Cache-Control; compare If-None-Match first.',
        },
      );
    }
  }
  if (!failed) run.pass(check, 'public reads can be cached and revalidated');
}

/** No resident's e-mail address or phone number in a public answer (a contact person's are public). */
export async function privacy(run: Run, list: Collection | undefined) {
  const check = 'privacy';
  // One finding per kind of leak and place (the same field in ten initiatives is one problem).
  const found = new Map<string, { first: string; count: number }>();
  const scan = (a: Answer, template: string) => {
    const walk = (v: unknown, at: string) => {
      const kind =
        typeof v === 'string' ? (EMAIL.test(v) ? 'an e-mail address' : PHONE.test(v) ? 'a phone number' : '') : '';
      if (kind) {
        const key = `${template} ${kind} ${at.replace(/\/\d+/g, '/*')}`;
        const seen = found.get(key);
        if (seen) seen.count++;
        else found.set(key, { first: `${a.request}: ${kind} in a public answer at ${at || '/'}`, count: 1 });
      } else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) if (k !== 'contact' && k !== 'links') walk(x, `${at}/${k}`);
    };
    walk(a.body, '');
  };
  scan(await run.send('GET', '/initiatives?limit=50'), '/initiatives');
  for (const f of (list?.features ?? []).slice(0, 10))
    scan(await run.send('GET', `/initiatives/${f.id}`), '/initiatives/{id}');
  if (!found.size) return run.pass(check, 'no personal data in public answers');
  for (const { first, count } of found.values())
    run.fail(check, count > 1 ? `${first} (${count} answers)` : first, {
      request: first.split(':')[0],
      contract: "public answers carry no resident's contact details (only a municipal contact person's, under contact)",
      fix: 'Leave e-mail addresses and phone numbers of residents out of every public answer.',
    });
}

/** A valid idea, as a resident's form would send it; its title finds it again in the desk. */
function ideaBody(token: string, theme: string, title: string) {
  return {
    title,
    description: 'Een idee dat buurtkit-conformance stuurt om de API te controleren; het wordt meteen gesloten.',
    theme,
    contact: { name: 'Conformance Check', email: 'conformance@example.org' },
    locale: 'nl',
    formToken: token,
  };
}

/** Sending an idea, its Idempotency-Key, and the staff flow; every idea it made is closed and erased. */
export async function writes(run: Run, theme: string) {
  const made = new Set<number>();
  const tag = Math.random().toString(36).slice(2, 8);
  const fresh = async (title: string) => {
    const { token } = (await run.send('GET', '/ideas/form-token')).body as { token: string };
    await new Promise((r) => setTimeout(r, run.o.fillSeconds * 1000));
    return ideaBody(token, theme, title);
  };
  const post = (json: unknown, key: string) =>
    run.send('POST', '/ideas', { json, headers: { 'Idempotency-Key': key } });
  const remember = (a: Answer) => {
    const id = (a.body as { id?: number }).id;
    if (typeof id === 'number') made.add(id);
    return (a.body as { reference?: string }).reference;
  };
  try {
    const body = await fresh(`Conformance ${tag} A`);
    const key = `conformance-${tag}-a`;
    const first = await post(body, key);
    if (run.fits('submission', first, '/ideas', 'post', 201)) {
      const reference = remember(first);
      const track = await run.send('GET', `/tracking/${reference}`);
      if (run.fits('submission', track, '/tracking/{reference}', 'get', 200))
        run.pass('submission', 'an idea is received and can be followed');
      const again = await post(body, key);
      const other = await post({ ...body, title: `${body.title} (anders)` }, key);
      const replay = remember(again);
      if (replay !== reference)
        run.fail('idempotency', `POST /ideas twice with one Idempotency-Key made two ideas (${reference}, ${replay})`, {
          request: `POST /ideas, Idempotency-Key: ${key}, twice`,
          contract:
            "a request repeated with its Idempotency-Key gets the first one's answer again; nothing is made twice",
          fix: 'Store the key with the answer in the same transaction as the idea, and answer a repeat from it.',
        });
      else if (other.status !== 422)
        run.fail('idempotency', `the same Idempotency-Key with another body answered ${other.status}, not 422`, {
          request: `POST /ideas, Idempotency-Key: ${key}, another body`,
          contract: 'a key reused for another request is refused with 422',
          fix: 'Keep a hash of the body with the key and compare it.',
        });
      else {
        const both = await fresh(`Conformance ${tag} B`);
        const k = `conformance-${tag}-b`;
        const [x, y] = await Promise.all([post(both, k), post(both, k)]);
        const refs = new Set([x, y].filter((a) => a.status === 201).map(remember));
        const statuses = [x.status, y.status].sort().join(' and ');
        if (refs.size === 1 && [x, y].every((a) => a.status === 201 || a.status === 409))
          run.pass('idempotency', `a repeat gets the same answer, another body 422, two at once ${statuses}`);
        else
          run.fail(
            'idempotency',
            `two requests at once with one Idempotency-Key answered ${statuses}, making ${refs.size} ideas`,
            {
              request: `POST /ideas twice at the same moment, Idempotency-Key: ${k}`,
              contract: 'the second waits for or is refused (409) while the first is handled; one idea in the end',
              fix: 'Claim the key before making the idea, in the same transaction, so the second sees it.',
            },
          );
      }
    }
    if (run.o.staffToken) await staff(run, `Conformance ${tag} A`, made);
  } finally {
    await cleanUp(run, made);
  }
}

const staffHeaders = (run: Run) => ({ Authorization: `Bearer ${run.o.staffToken}` });

async function staff(run: Run, title: string, made: Set<number>) {
  const list = await run.send('GET', `/staff/ideas?q=${encodeURIComponent(title)}`, { headers: staffHeaders(run) });
  if (!run.fits('staff-flow', list, '/staff/ideas', 'get', 200)) return;
  const found = (list.body as { items: { id: number; title: string }[] }).items.find((i) => i.title === title);
  if (!found || !made.has(found.id))
    return run.fail('staff-flow', `GET /staff/ideas?q=… did not find the idea just sent ("${title}")`, {
      request: 'GET /staff/ideas?q=…',
      contract: 'staff see every idea received, found by words of its title',
      fix: 'Search title, reference and name; sent ideas are in the inbox at once.',
    });
  const answered = await run.send('POST', `/staff/ideas/${found.id}/answered`, {
    headers: staffHeaders(run),
    json: { channel: 'other' },
  });
  if (run.fits('staff-flow', answered, '/staff/ideas/{id}/answered', 'post', 200))
    run.pass('staff-flow', 'staff find the idea and record their first answer');
}

/** Closes and erases every idea this run made, so the municipality's inbox is as it was. */
async function cleanUp(run: Run, made: Set<number>) {
  if (!run.o.staffToken) return;
  for (const id of made) {
    await run.send('POST', `/staff/ideas/${id}/close`, {
      headers: staffHeaders(run),
      json: { reason: 'Controle door buurtkit-conformance.' },
    });
    await run.send('POST', `/staff/ideas/${id}/erase`, {
      headers: staffHeaders(run),
      json: { reason: 'Controle door buurtkit-conformance.' },
    });
  }
}
