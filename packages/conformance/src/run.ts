import { documented, schemaErrors } from './contract.js';

/** One thing the kit found: a check passed, or failed with the request, the contract and the fix. */
export type Finding = {
  check: string;
  ok: boolean;
  message: string;
  request?: string;
  contract?: string;
  fix?: string;
};

export type Answer = { status: number; type: string; headers: Headers; body: unknown; text: string; request: string };

/**
 * A run against one backend: requests (each remembered as the line a report shows) and what was
 * found. `base` is the API's address, e.g. https://gemeente.example/api/v1.
 */
export class Run {
  readonly findings: Finding[] = [];

  constructor(
    readonly base: string,
    readonly o: { staffToken?: string; fillSeconds: number; timeoutMs: number },
  ) {}

  async send(method: string, path: string, init: { headers?: Record<string, string>; json?: unknown } = {}) {
    const headers = new Headers(init.headers);
    if (init.json !== undefined) headers.set('Content-Type', 'application/json');
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
      signal: AbortSignal.timeout(this.o.timeoutMs),
    });
    const text = await res.text();
    const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
    let body: unknown = text;
    if (/json$/.test(type)) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    return { status: res.status, type, headers: res.headers, body, text, request: `${method} ${path}` } as Answer;
  }

  pass(check: string, message: string) {
    this.findings.push({ check, ok: true, message });
  }

  fail(check: string, message: string, more: Omit<Finding, 'check' | 'ok' | 'message'> = {}) {
    this.findings.push({ check, ok: false, message, ...more });
  }

  /**
   * Whether an answer is what the contract documents for this operation: the status among its
   * answers, the media type, and the body against the schema. Fails the check when not.
   */
  fits(check: string, a: Answer, path: string, method: string, expect: number): boolean {
    const where = `${a.request}`;
    if (a.status !== expect) {
      const said = documented(path, method, expect)?.description;
      this.fail(check, `${where} answered ${a.status}, expected ${expect}`, {
        request: where,
        contract: `${method.toUpperCase()} ${path} answers ${expect} (${said})`,
        fix: 'Answer as the OpenAPI document says for this request.',
      });
      return false;
    }
    const media = documented(path, method, expect)?.content?.[a.type];
    if (!media) {
      this.fail(
        check,
        `${where} answered ${a.status} as ${a.type || 'no media type'}, which the contract does not document`,
        {
          request: where,
          contract: `${expect}: ${Object.keys(documented(path, method, expect)?.content ?? {}).join(', ')}`,
          fix: 'Send the documented Content-Type.',
        },
      );
      return false;
    }
    const errors = media.schema && /json$/.test(a.type) ? schemaErrors(media.schema, a.body) : [];
    if (errors.length) {
      this.fail(check, `${where}: the answer does not fit the contract: ${errors.join('; ')}`, {
        request: where,
        contract: `${method.toUpperCase()} ${path} ${expect} ${a.type} (see the schema in openapi.json)`,
        fix: 'Make the body match the schema: each path above names the field and what is wrong with it.',
      });
      return false;
    }
    return true;
  }
}
