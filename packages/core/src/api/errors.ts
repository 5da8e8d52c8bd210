/** A field error from a 422 problem: where (JSON pointer), what (stable code), and why (localized). */
export interface FieldProblem {
  pointer: string;
  code: string;
  detail: string;
}

export type ApiErrorKind = 'network' | 'timeout' | 'problem' | 'malformed';

/** Everything the API client can fail with. Widgets branch on `kind` and `status`. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status = 0,
    readonly problem?: { type: string; title: string; detail?: string; errors: FieldProblem[] },
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Errors a resident can do nothing about but wait for. */
  get transient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || [429, 502, 503, 504].includes(this.status);
  }
}
