import { ApiError, type FieldProblem } from './errors.js';
import { checks, type CompactInitiatives, type IdeaSubmission, type InitiativeCollection } from './resources.js';
import { ShapeError, type Check } from './shape.js';

export interface ApiClientOptions {
  /** Base URL of the API, e.g. `https://gemeente.example/api/v1`. */
  baseUrl: string;
  /** Language for server texts (problem details). */
  locale?: string;
  /** Per-attempt time limit in ms. */
  timeout?: number;
  /** Attempts for idempotent requests (GET, and POST with an Idempotency-Key). */
  attempts?: number;
  /** Backoff before retry n (1-based), in ms; `Retry-After` wins when the server sends it. */
  backoff?: (attempt: number) => number;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  /** Requests with the same key supersede each other: a new one aborts the previous. */
  key?: string;
  signal?: AbortSignal;
}

export type InitiativeQuery = {
  bbox?: readonly [number, number, number, number];
  theme?: readonly string[];
  phase?: readonly string[];
  q?: string;
  area?: string;
  limit?: number;
  offset?: number;
};

const defaultBackoff = (attempt: number) => Math.min(8000, 400 * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5);

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

/**
 * The one way widgets talk to the API: typed methods, time limits, superseded requests
 * aborted, retries with backoff only where repeating is safe, problem+json turned into
 * `ApiError`s and responses checked before a widget sees them.
 */
export class ApiClient {
  readonly baseUrl: string;
  private readonly running = new Map<string, AbortController>();
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: ApiClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((...args) => globalThis.fetch(...args));
  }

  /** Resolves an URL the API gave (e.g. a photo path) against the API's origin. */
  resolve(url: string): string {
    return new URL(url, this.baseUrl).href;
  }

  listInitiatives(query: InitiativeQuery = {}, options?: RequestOptions): Promise<InitiativeCollection> {
    return this.get('/initiatives', initiativeParams(query), checks.initiatives, options);
  }

  listInitiativesCompact(query: InitiativeQuery = {}, options?: RequestOptions): Promise<CompactInitiatives> {
    return this.get('/initiatives', { ...initiativeParams(query), format: 'compact' }, checks.compact, options);
  }

  clusters(query: InitiativeQuery & { bbox: readonly [number, number, number, number]; zoom: number }, options?: RequestOptions) {
    return this.get('/initiatives/clusters', { ...initiativeParams(query), zoom: String(query.zoom) }, checks.clusters, options);
  }

  initiative(id: number, options?: RequestOptions) {
    return this.get(`/initiatives/${encodeURIComponent(id)}`, {}, checks.initiative, options);
  }

  phaseModels(options?: RequestOptions) {
    return this.get('/phase-models', {}, (v, p) => ({ items: (v as { items: unknown[] })?.items?.map((m, i) => checks.phaseModel(m, `${p}/items/${i}`)) ?? checks.phaseModel(undefined, `${p}/items`) }), options);
  }

  phaseModel(key: string, options?: RequestOptions) {
    return this.get(`/phase-models/${encodeURIComponent(key)}`, {}, checks.phaseModel, options);
  }

  themes(options?: RequestOptions) {
    return this.get('/themes', {}, checks.themes, options);
  }

  areas(query: { municipality?: string; level?: 'gemeente' | 'wijk' | 'buurt'; geometry?: boolean } = {}, options?: RequestOptions) {
    const params: Record<string, string> = {};
    if (query.municipality) params.municipality = query.municipality;
    if (query.level) params.level = query.level;
    if (query.geometry === false) params.geometry = 'false';
    return this.get('/areas', params, checks.areas, options);
  }

  contacts(query: { area?: string; lat?: number; lon?: number; theme?: string }, options?: RequestOptions) {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(query)) if (v !== undefined) params[k] = String(v);
    return this.get('/contacts', params, checks.contacts, options);
  }

  formToken(options?: RequestOptions) {
    return this.get('/ideas/form-token', {}, checks.formToken, options);
  }

  /** Submits an idea. Retried on network failure, 429 and 5xx: the Idempotency-Key makes that safe. */
  submitIdea(body: IdeaSubmission, idempotencyKey: string, options?: RequestOptions) {
    return this.send('POST', '/ideas', {}, checks.receipt, {
      ...options,
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
      idempotent: true,
    });
  }

  tracking(reference: string, options?: RequestOptions) {
    return this.get(`/tracking/${encodeURIComponent(reference)}`, {}, checks.tracking, options);
  }

  private get<T>(path: string, params: Record<string, string>, check: Check<T>, options: RequestOptions = {}) {
    return this.send('GET', path, params, check, { ...options, idempotent: true });
  }

  private async send<T>(
    method: string,
    path: string,
    params: Record<string, string>,
    check: Check<T>,
    options: RequestOptions & { body?: unknown; headers?: Record<string, string>; idempotent: boolean },
  ): Promise<T> {
    const controller = new AbortController();
    if (options.key) {
      this.running.get(options.key)?.abort(new DOMException('superseded', 'AbortError'));
      this.running.set(options.key, controller);
    }
    const outer = options.signal;
    if (outer) {
      if (outer.aborted) controller.abort(outer.reason);
      else outer.addEventListener('abort', () => controller.abort(outer.reason), { once: true });
    }
    const query = new URLSearchParams(params).toString();
    const url = `${this.baseUrl}${path}${query ? `?${query}` : ''}`;
    const attempts = options.idempotent ? (this.options.attempts ?? 3) : 1;
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.attempt(method, url, check, options, controller.signal);
        } catch (error) {
          if (controller.signal.aborted) throw controller.signal.reason;
          if (!(error instanceof ApiError) || !error.transient || attempt >= attempts) throw error;
          const wait = error.retryAfter !== undefined ? error.retryAfter * 1000 : (this.options.backoff ?? defaultBackoff)(attempt);
          await sleep(wait, controller.signal);
        }
      }
    } finally {
      if (options.key && this.running.get(options.key) === controller) this.running.delete(options.key);
    }
  }

  private async attempt<T>(
    method: string,
    url: string,
    check: Check<T>,
    options: { body?: unknown; headers?: Record<string, string> },
    signal: AbortSignal,
  ): Promise<T> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.options.timeout ?? 15_000);
    const onAbort = () => timeout.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        signal: timeout.signal,
        headers: {
          Accept: 'application/json, application/problem+json',
          ...(this.options.locale ? { 'Accept-Language': this.options.locale } : {}),
          ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...options.headers,
        },
        body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      });
    } catch {
      if (signal.aborted) throw signal.reason;
      if (timeout.signal.aborted) throw new ApiError('timeout', `No answer from ${url} in time`);
      throw new ApiError('network', `Could not reach ${url}`);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
    const text = await response.text().catch(() => '');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (!response.ok) throw problemError(response, body);
    try {
      return check(body, '');
    } catch (error) {
      if (error instanceof ShapeError) throw new ApiError('malformed', `Unexpected answer from ${url}: ${error.message}`, response.status);
      throw error;
    }
  }
}

function initiativeParams(q: InitiativeQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (q.bbox) params.bbox = q.bbox.map((n) => Number(n.toFixed(6))).join(',');
  if (q.theme?.length) params.theme = q.theme.join(',');
  if (q.phase?.length) params.phase = q.phase.join(',');
  if (q.q) params.q = q.q;
  if (q.area) params.area = q.area;
  if (q.limit !== undefined) params.limit = String(q.limit);
  if (q.offset !== undefined) params.offset = String(q.offset);
  return params;
}

function problemError(response: Response, body: unknown): ApiError {
  const retryAfterHeader = response.headers.get('Retry-After');
  const retryAfter = retryAfterHeader && /^\d+$/.test(retryAfterHeader) ? Number(retryAfterHeader) : undefined;
  const p = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const errors: FieldProblem[] = Array.isArray(p.errors)
    ? p.errors.filter((e): e is FieldProblem => !!e && typeof e === 'object' && typeof (e as FieldProblem).pointer === 'string')
    : [];
  const title = typeof p.title === 'string' ? p.title : response.statusText || `HTTP ${response.status}`;
  return new ApiError('problem', title, response.status, {
    type: typeof p.type === 'string' ? p.type : 'about:blank',
    title,
    detail: typeof p.detail === 'string' ? p.detail : undefined,
    errors,
  }, retryAfter);
}
