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
