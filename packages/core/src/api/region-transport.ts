import {
  columnRows,
  columnsPage,
  mergeByKey,
  mergeLists,
  ownId,
  type ListAnswer,
  type RegionMember,
} from '@buurtkit/api/region';
import type { ColumnRow } from '@buurtkit/api/columns';
import { staticFetch } from './static.js';

/** The largest page a member gives of the columns download (the contract's maximum). */
const PAGE = 5000;
/** How long a region's download for one filter answers the map's pages again (it asks them one after the other). */
const KEPT_MS = 60_000;
/** How long a member that failed rests before the list asks it again (a new load always does). */
const RETRY_MS = 30_000;

export interface RegionOptions {
  /**
   * How long one member may take for one request before it counts as unreachable for it: a slow
   * municipality shows as such and never holds up the others.
   */
  deadlineMs: number;
  /** Told when a member becomes unreachable or answers again; `down` holds their indices. */
  changed(down: ReadonlySet<number>): void;
}

/** A member did not answer in time, or not well: left out of this answer, and said so. */
class Unreachable extends Error {}

/**
 * `fetch` for a region (see `@buurtkit/api/region`): the contract's reads the map needs,
 * answered by asking every member and merging their answers in the browser. Initiatives carry
 * the region's ids; a request for one goes to its own member with its own id. A chunk of its
 * own: only pages with a region load it.
 */
export function regionTransport(members: readonly RegionMember[], o: RegionOptions): typeof fetch {
  const fetches = members.map((m) => (m.static ? staticFetch(m.api) : (...a: Parameters<typeof fetch>) => fetch(...a)));
  /** Unreachable members, and since when. */
  const down = new Map<number, number>();
  const mark = (i: number, reachable: boolean) => {
    if (reachable === !down.has(i)) return;
    if (reachable) down.delete(i);
    else down.set(i, performance.now());
    o.changed(new Set(down.keys()));
  };
  /**
   * The list follows every move of the map: a member that just failed is not asked again for a
   * while, or a slow one would hold up each list for its deadline. Each new load asks it again.
   */
  const resting = (i: number) => performance.now() - (down.get(i) ?? -Infinity) < RETRY_MS;

  /** One member's answer: its JSON, or `undefined` where it has no such thing (404). */
  const ask = async (
    i: number,
    path: string,
    params: URLSearchParams,
    signal?: AbortSignal,
    init: RequestInit = {},
  ) => {
    const deadline = AbortSignal.timeout(o.deadlineMs);
    const query = params.size ? `?${params}` : '';
    let response: Response;
    try {
      // Asked again each time (an ETag makes it cheap): the browser's cache may hold an answer
      // from before someone else changed it, as the API client asks of a single API.
      response = await fetches[i]!(`${members[i]!.api}${path}${query}`, {
        cache: 'no-cache',
        ...init,
        signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
      });
      signal?.throwIfAborted();
    } catch (error) {
      if (signal?.aborted) throw error;
      mark(i, false);
      throw new Unreachable();
    }
    // Its own answer to what it was asked (a 404, a 422 or a write's problem) is an answer, not an outage.
    let body: unknown;
    try {
      if (response.status >= 500 || response.status === 429) throw new Unreachable();
      // Not JSON (a login page, a proxy's error) is no answer either.
      body = response.status === 204 ? null : await response.json();
    } catch {
      mark(i, false);
      throw new Unreachable();
    }
    mark(i, true);
    return { status: response.status, body };
  };

  /**
   * Every member's answer where it has the shape asked for, or `undefined`: one that did not
   * answer, or answered something else (then it is named as unreachable too).
   */
  const askAll = (path: string, params: URLSearchParams, init: RequestInit, shaped: Shape) =>
    Promise.all(
      members.map((_, i) =>
        (resting(i) ? Promise.reject(new Unreachable()) : ask(i, path, params, init.signal ?? undefined, init)).then(
          (a) => {
            if (a.status === 200 && shaped(a.body)) return a.body;
            if (a.status === 200) mark(i, false);
            return undefined;
          },
          (e: unknown) => {
            if (e instanceof Unreachable) return undefined;
            throw e;
          },
        ),
      ),
    );

  const downloads = new Map<string, { at: number; partial: boolean; rows: Promise<ColumnRow[]> }>();
  /** Every member's columns for a filter, member after member, kept while the map pages through them. */
  const download = (params: URLSearchParams) => {
    const filter = new URLSearchParams(params);
    for (const k of ['limit', 'offset', 'format']) filter.delete(k);
    filter.sort();
    const key = filter.toString();
    const kept = downloads.get(key);
    // A new load (its first page) asks the members that were missing again.
    const fresh = kept && performance.now() - kept.at < KEPT_MS && !(kept.partial && params.get('offset') === '0');
    if (fresh) return kept.rows;
    const entry = { at: performance.now(), partial: false, rows: Promise.resolve<ColumnRow[]>([]) };
    entry.rows = Promise.all(members.map((_, i) => memberColumns(i, filter))).then((each) => {
      if (each.every((r) => r === undefined)) throw new Unreachable();
      entry.partial = each.includes(undefined);
      return each.flatMap((r) => r ?? []);
    });
    const rows = entry.rows;
    downloads.set(key, entry);
    rows.catch(() => downloads.delete(key));
    return rows;
  };
  const memberColumns = async (i: number, filter: URLSearchParams) => {
    const page = async (offset: number) => {
      const params = new URLSearchParams(filter);
      params.set('format', 'columns');
      params.set('limit', String(PAGE));
      params.set('offset', String(offset));
      const a = await ask(i, '/initiatives', params);
      // A member that refuses the filter (a theme only others have, a backend of its own) has none of it.
      if (a.status >= 400 && a.status < 500) return undefined;
      if (a.status !== 200 || !isColumns(a.body)) throw new Unreachable();
      return a.body;
    };
    try {
      const first = await page(0);
      if (!first) return [];
      const offsets: number[] = [];
      for (let at = PAGE; at < first.total; at += PAGE) offsets.push(at);
      const rest = await Promise.all(offsets.map(page));
      if (rest.includes(undefined)) throw new Unreachable();
      return columnRows(i, [first, ...(rest as (typeof first)[])]);
    } catch (e) {
      if (!(e instanceof Unreachable)) throw e;
      mark(i, false);
      return undefined;
    }
  };

  const answer = async (method: string, path: string, params: URLSearchParams, init?: RequestInit) => {
    const one = /^\/initiatives\/(\d{1,18})(\/.*)?$/.exec(path);
    if (one && !path.startsWith('/initiatives/clusters') && !path.startsWith('/initiatives/similar')) {
      const own = ownId(Number(one[1]));
      if (own.index >= members.length) return problem(404, 'Not Found');
      const { status, body } = await ask(
        own.index,
        `/initiatives/${own.id}${one[2] ?? ''}`,
        params,
        init?.signal ?? undefined,
        {
          method,
          body: init?.body,
          headers: init?.headers,
        },
      );
      // The initiative answers with the region's id; what it links to stays its member's own.
      if (body && typeof body === 'object' && (body as { id?: unknown }).id === own.id)
        (body as { id: number }).id = Number(one[1]);
      return { status, body };
    }
    if (method !== 'GET') return problem(501, 'Not Implemented', 'A region answers reads; write to the municipality.');
    const signal = init?.signal ?? undefined;
    // The caller's language (problem texts) and abort go to every member.
    const asked: RequestInit = { signal, headers: init?.headers };
    if (path === '/initiatives') {
      const limit = Number(params.get('limit') ?? 500);
      const offset = Number(params.get('offset') ?? 0);
      const format = params.get('format') ?? 'geojson';
      if (format === 'columns') return ok(columnsPage(await download(params), offset, limit));
      if (format !== 'geojson') return problem(422, 'Unprocessable Content', 'A region lists as geojson or columns.');
      // Each member's first offset + limit, merged: enough for any page of the region's list.
      const each = new URLSearchParams(params);
      each.set('offset', '0');
      each.set('limit', String(Math.min(5000, offset + limit)));
      const answers = (await askAll(path, each, asked, isList)) as (ListAnswer | undefined)[];
      if (answers.every((a) => a === undefined)) throw new Unreachable();
      const sort = params.get('sort') === 'backers' ? 'backers' : 'newest';
      return ok({ type: 'FeatureCollection', ...mergeLists(answers, sort, offset, limit), limit, offset });
    }
    if (path === '/themes' || path === '/phase-models') {
      const lists = (await askAll(path, params, asked, isItems)) as ({ items: { key: string }[] } | undefined)[];
      if (lists.every((a) => a === undefined)) throw new Unreachable();
      return ok({ items: mergeByKey(lists.map((l) => l?.items)) });
    }
    if (path.startsWith('/phase-models/') || path === '/areas') {
      // A municipality's own areas come from it; a model from the first member that has it.
      const code = params.get('municipality');
      const order = members
        .map((_, i) => i)
        .sort((a, b) => +(members[b]!.code === code) - +(members[a]!.code === code));
      for (const i of order) {
        const a = await ask(i, path, params, signal, asked).catch((e: unknown) => {
          if (e instanceof Unreachable) return undefined;
          throw e;
        });
        if (a?.status === 200) return a;
      }
      return problem(404, 'Not Found');
    }
    return problem(501, 'Not Implemented', 'A region answers the map’s reads; ask the municipality’s own API.');
  };

  return async (input, init) => {
    init?.signal?.throwIfAborted();
    const url = new URL(input instanceof Request ? input.url : String(input));
    const path = url.pathname;
    let result: { status: number; body: unknown };
    try {
      result = await answer(init?.method ?? 'GET', path, url.searchParams, init);
    } catch (error) {
      // No member answered: as an API that is down, so the widget says so and offers to retry.
      if (error instanceof Unreachable) return new Response(null, { status: 503 });
      throw error;
    }
    init?.signal?.throwIfAborted();
    return new Response(JSON.stringify(result.body), {
      status: result.status,
      headers: { 'Content-Type': result.status < 400 ? 'application/json' : 'application/problem+json' },
    });
  };
}

const ok = (body: unknown) => ({ status: 200, body });
const problem = (status: number, title: string, detail?: string) => ({
  status,
  body: { type: 'about:blank', title, status, ...(detail ? { detail } : {}) },
});

type Shape = (body: unknown) => boolean;
const arrays = (body: unknown, keys: string[]) =>
  !!body && typeof body === 'object' && keys.every((k) => Array.isArray((body as Record<string, unknown>)[k]));
const hasTotal = (body: unknown) => typeof (body as { total?: unknown }).total === 'number';
/** What the merge reads of each answer is there (a member's own checks are the client's, after the merge). */
const isColumns = (b: unknown): b is Parameters<typeof columnRows>[1][number] & { total: number } =>
  arrays(b, ['id', 'lon', 'lat', 'theme', 'phase', 'themes', 'phases']) && hasTotal(b);
const isList: Shape = (b) =>
  arrays(b, ['features']) &&
  hasTotal(b) &&
  (b as { features: unknown[] }).features.every(
    (f) =>
      typeof (f as { id?: unknown })?.id === 'number' && typeof (f as { properties?: unknown }).properties === 'object',
  );
const isItems: Shape = (b) => arrays(b, ['items']);
