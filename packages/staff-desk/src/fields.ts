import { ApiError } from '@buurtkit/core';

/**
 * The state of one staff form: its values, the errors shown per field, and the errors
 * the server found (422, one JSON pointer per field) put on the fields they belong to.
 * Errors show after submit, Lion-style: not while someone is still typing.
 */
const topField = <K extends string>(pointer: string) => pointer.slice(2).split('/')[0] as K;

export class FormState<T extends Record<string, string>> {
  errors: Partial<Record<keyof T & string, string>> = {};
  submitted = false;
  busy = false;
  /** A message about the form as a whole (a conflict, a network failure). */
  problem = '';

  constructor(
    public values: T,
    private readonly onChange: () => void,
  ) {}

  set(field: keyof T & string, value: string) {
    this.values = { ...this.values, [field]: value };
    // A corrected field loses its error at once; a new error waits for the next submit.
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
    this.onChange();
  }

  /** Runs the checks; true when the form may be sent. */
  check(rules: Partial<Record<keyof T & string, (value: string) => string>>): boolean {
    this.submitted = true;
    this.problem = '';
    const errors: Partial<Record<keyof T & string, string>> = {};
    for (const [field, rule] of Object.entries(rules) as [keyof T & string, (v: string) => string][]) {
      const message = rule(this.values[field] ?? '');
      if (message) errors[field] = message;
    }
    this.errors = errors;
    this.onChange();
    return !Object.values(errors).some(Boolean);
  }

  /** Puts a 422's field errors on their fields (`#/title` → `title`); true when it was one. */
  fromProblem(error: unknown, pointerToField: (pointer: string) => (keyof T & string) | undefined = topField): boolean {
    if (!(error instanceof ApiError) || error.status !== 422 || !error.problem?.errors.length) return false;
    const errors: Partial<Record<keyof T & string, string>> = {};
    for (const e of error.problem.errors) {
      const field = pointerToField(e.pointer);
      if (field && field in this.values) errors[field] = e.detail;
      else this.problem = e.detail;
    }
    this.errors = errors;
    this.onChange();
    return true;
  }

  /**
   * Sends the form with `run`: busy meanwhile; a 422 lands on its fields, a 409 (someone
   * was first) or any other failure above the form, and focus goes to what to fix.
   */
  async send(
    host: HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void },
    run: () => Promise<void>,
    o: {
      failed: (error: unknown) => string;
      conflict?: string;
      pointerToField?: (pointer: string) => (keyof T & string) | undefined;
    },
  ) {
    this.busy = true;
    this.onChange();
    try {
      await run();
    } catch (error) {
      if (!this.fromProblem(error, o.pointerToField))
        this.problem = o.conflict && error instanceof ApiError && error.status === 409 ? o.conflict : o.failed(error);
      focusAfterRender(host, this.problem ? '.form-problem' : '.error-summary');
    } finally {
      this.busy = false;
      this.onChange();
    }
  }

  /** For the error summary: every error with the id of its field. */
  summary(prefix: string) {
    return (Object.entries(this.errors) as [string, string | undefined][])
      .filter((e): e is [string, string] => !!e[1])
      .map(([field, message]) => ({ fieldId: `${prefix}-${field}`, message }));
  }
}

// The select beside core's text field lives in core now: the configurator uses it too.
export { selectField, type SelectFieldOptions } from '@buurtkit/core';

/** Moves focus to the error summary after a refused submit, or to a field. */
export function focusAfterRender(
  host: HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void },
  selector: string,
) {
  // Ask for the render that brings the target, so waiting for it never resolves on the old view.
  host.requestUpdate();
  void host.updateComplete.then(() => host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
}
