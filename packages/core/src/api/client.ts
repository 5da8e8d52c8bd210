import { ApiError, type FieldProblem } from './errors.js';
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
  /** Aborts the request (a superseded load: see core's `Latest`). */
  signal?: AbortSignal;
  /** Tries for a request that is safe to repeat (default: the client's, 3). */
  attempts?: number;
  /** Told before each retry, so a widget can say what is happening and for how long. */
  onRetry?: (retry: { attempt: number; waitMs: number; error: ApiError }) => void;
}

const defaultBackoff = (attempt: number) => Math.min(8000, 400 * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5);

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/**
 * When this page last changed something through the API. Reference data (themes, phase models,
 * areas) may come from the browser's cache for as long as the API allows; after a write of this
 * page's own it too is asked for again, so staff see their own changes at once.
 */
let wroteAt = -Infinity;
/** The longest any public read may be kept (the reference data's max-age). */
const KEPT_MS = 300_000;

/**
 * The one way widgets talk to the API: typed methods, time limits, aborts through the
 * caller's signal, retries with backoff only where repeating is safe, problem+json turned into
 * `ApiError`s and responses checked before a widget sees them.
 */
export class ApiClient {
  readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: ApiClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((...args) => globalThis.fetch(...args));
  }

  /**
   * Resolves an URL the API gave (e.g. a photo path). A path under `/api/v1/` is the API's
   * own: it goes under the base it was reached at, so an API behind a path prefix (one
   * municipality of several, `/t/GM0034/api/v1`, or a site's `/buurtkit/api/v1`) serves it too.
   */
  resolve(url: string): string {
    const own = /\/api\/v1$/.test(this.baseUrl) ? url.replace(/^\/api\/v1\//, `${this.baseUrl}/`) : url;
    return new URL(own, this.baseUrl).href;
  }

  /** GET a resource and check its shape. GETs are retried on transient failures. */
  get<T>(path: string, params: Record<string, string>, check: Check<T>, options: RequestOptions = {}) {
    return this.send('GET', path, params, check, { ...options, idempotent: true });
  }

  /**
   * GET reference data the browser may keep as long as the API's `Cache-Control` says. Other
   * reads always ask the server (the browser sends the `ETag` it holds; a 304 costs no body):
   * what a resident sees of initiatives, contacts and their own idea is what stands now, also
   * when someone else changed it a moment ago (the max-age is for shared caches such as a CDN).
   */
  getKept<T>(path: string, params: Record<string, string>, check: Check<T>, options: RequestOptions = {}) {
    return this.send('GET', path, params, check, { ...options, idempotent: true, kept: true });
  }

  /**
   * Any request. `idempotent` allows retries: say so only for requests that are safe to
   * repeat (a POST with an Idempotency-Key is).
   */
  async send<T>(
    method: string,
    path: string,
    params: Record<string, string>,
    check: Check<T>,
    options: RequestOptions & {
      body?: unknown;
      headers?: Record<string, string>;
      idempotent: boolean;
      kept?: boolean;
    },
  ): Promise<T> {
    const controller = new AbortController();
    const outer = options.signal;
    if (outer) {
      if (outer.aborted) controller.abort(outer.reason);
      else outer.addEventListener('abort', () => controller.abort(outer.reason), { once: true });
    }
    const query = new URLSearchParams(params).toString();
    const url = `${this.baseUrl}${path}${query ? `?${query}` : ''}`;
    const attempts = options.idempotent ? (options.attempts ?? this.options.attempts ?? 3) : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(method, url, check, options, controller.signal);
      } catch (error) {
        if (controller.signal.aborted) throw controller.signal.reason;
        if (!(error instanceof ApiError) || !error.transient || attempt >= attempts) throw error;
        const wait =
          error.retryAfter !== undefined ? error.retryAfter * 1000 : (this.options.backoff ?? defaultBackoff)(attempt);
        options.onRetry?.({ attempt, waitMs: wait, error });
        await sleep(wait, controller.signal);
      }
    }
  }

  private async attempt<T>(
    method: string,
    url: string,
    check: Check<T>,
    options: { body?: unknown; headers?: Record<string, string>; kept?: boolean },
    signal: AbortSignal,
  ): Promise<T> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.options.timeout ?? 15_000);
    const onAbort = () => timeout.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    let response: Response;
    try {
      const revalidate = method === 'GET' && (!options.kept || performance.now() - wroteAt < KEPT_MS);
      response = await this.fetchImpl(url, {
        method,
        signal: timeout.signal,
        ...(revalidate ? { cache: 'no-cache' as const } : {}),
        headers: {
          Accept: 'application/json, application/problem+json',
          ...(this.options.locale ? { 'Accept-Language': this.options.locale } : {}),
          // A Blob (a photo) goes as it is, with its own type; anything else as JSON.
          ...(options.body instanceof Blob
            ? { 'Content-Type': options.body.type }
            : options.body !== undefined
              ? { 'Content-Type': 'application/json' }
              : {}),
          ...options.headers,
        },
        body:
          options.body instanceof Blob
            ? options.body
            : options.body !== undefined
              ? JSON.stringify(options.body)
              : undefined,
      });
    } catch {
      if (signal.aborted) throw signal.reason;
      if (timeout.signal.aborted) throw new ApiError('timeout', `No answer from ${url} in time`);
      throw new ApiError('network', `Could not reach ${url}`);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
    if (method !== 'GET') wroteAt = performance.now();
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
      if (error instanceof ShapeError)
        throw new ApiError('malformed', `Unexpected answer from ${url}: ${error.message}`, response.status);
      throw error;
    }
  }
}

function problemError(response: Response, body: unknown): ApiError {
  const retryAfterHeader = response.headers.get('Retry-After');
  const retryAfter = retryAfterHeader && /^\d+$/.test(retryAfterHeader) ? Number(retryAfterHeader) : undefined;
  const p = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const errors: FieldProblem[] = Array.isArray(p.errors)
    ? p.errors.filter(
        (e): e is FieldProblem => !!e && typeof e === 'object' && typeof (e as FieldProblem).pointer === 'string',
      )
    : [];
  const title = typeof p.title === 'string' ? p.title : response.statusText || `HTTP ${response.status}`;
  return new ApiError(
    'problem',
    title,
    response.status,
    {
      type: typeof p.type === 'string' ? p.type : 'about:blank',
      title,
      detail: typeof p.detail === 'string' ? p.detail : undefined,
      errors,
    },
    retryAfter,
  );
}
