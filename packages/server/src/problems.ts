import { message, type Locale } from './messages.js';

/** One field's error in a 422 response. */
export interface FieldError {
  pointer: string;
  code: string;
  detail: string;
}

/**
 * An RFC 9457 problem the server answers with. Every error the server sends is one of
 * these, so every 4xx is `application/problem+json`.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly options: {
      type?: string;
      detail?: string;
      errors?: FieldError[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(title);
  }

  body(instance?: string) {
    return {
      type: this.options.type ?? 'about:blank',
      title: this.title,
      status: this.status,
      ...(this.options.detail ? { detail: this.options.detail } : {}),
      ...(instance ? { instance } : {}),
      ...(this.options.errors ? { errors: this.options.errors } : {}),
    };
  }
}

export const problemType = (name: string) => `/api/v1/problems/${name}`;

// The answers every route gives alike, written once.

export const notFound = (locale: Locale) =>
  new HttpProblem(404, message(locale, 'title.not-found'), { type: problemType('not-found') });

/** 409: the thing exists but is in a state that does not allow this (an idea already published). */
export const stateProblem = (locale: Locale, detail: string) =>
  new HttpProblem(409, message(locale, 'title.state'), { type: problemType('state'), detail });

export const rateLimited = (locale: Locale, retryAfter: number) =>
  new HttpProblem(429, message(locale, 'title.rate-limited'), {
    type: problemType('rate-limited'),
    headers: { 'Retry-After': String(retryAfter) },
  });
