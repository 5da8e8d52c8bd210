import { expect } from '@open-wc/testing';
import { ApiClient, ApiError } from '@buurtkit/core';
import { emptyContact, emptyFields } from './draft.ts';
import { fieldErrors, sendIdea, submissionBody, type SubmissionDraft } from './submission.ts';

const draft = (o: Partial<SubmissionDraft> = {}): SubmissionDraft => ({
  fields: { ...emptyFields(), title: '  Moestuin  ', description: ' Samen tuinieren. ', theme: 'groen-en-natuur' },
  contact: { ...emptyContact(), name: ' Fatima ', email: 'fatima@example.org ' },
  photos: [],
  honeypot: '',
  locale: 'nl',
  formToken: 'token-1',
  ...o,
});

type Call = { method: string; path: string; key: string | null; body: unknown };
/** An API that answers from a script, and the calls it got. */
function scripted(answers: Array<(call: Call) => [number, unknown]>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : (init?.body ?? null);
    const headers = new Headers(init?.headers);
    const call = { method: init?.method ?? 'GET', path: url.pathname, key: headers.get('Idempotency-Key'), body };
    calls.push(call);
    const [status, json] = answers.shift()!(call);
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(JSON.stringify(json), { status, headers: { 'Content-Type': type } });
  };
  return { calls, client: new ApiClient({ baseUrl: 'https://unit.example/api/v1', fetch, backoff: () => 1 }) };
}
const receipt = { id: 7, reference: 'BK-2026-0007', status: 'received', trackingUrl: '/t', contact: null };
const problem = (status: number, pointer: string) => ({
  type: 'about:blank',
  title: 'x',
  status,
  errors: [{ pointer, code: 'x', detail: 'Niet goed.' }],
});

/** Hooks that keep the draft as the form would. */
function hooks(client: ApiClient, start: SubmissionDraft) {
  let current = start;
  return {
    client,
    draft: () => current,
    keep: (change: Partial<SubmissionDraft>) => (current = { ...current, ...change }),
    onRetry: () => {},
    pause: async () => {},
    get current() {
      return current;
    },
  };
}

describe('submission', () => {
  it('sends the body trimmed, without empty optional parts, and the honeypot only when filled', () => {
    const body = submissionBody(draft());
    expect(body).to.deep.equal({
      title: 'Moestuin',
      description: 'Samen tuinieren.',
      theme: 'groen-en-natuur',
      support: [],
      contact: { name: 'Fatima', email: 'fatima@example.org' },
      showName: false,
      locale: 'nl',
      formToken: 'token-1',
    });
    const full = submissionBody(
      draft({
        honeypot: 'spam',
        fields: { ...draft().fields, supporters: '12', homework: { ...emptyFields().homework, cost: ' 50 euro ' } },
      }),
    );
    expect(full).to.include({ supporters: 12, website: 'spam' });
    expect(full.homework).to.deep.equal({ cost: '50 euro' });
  });

  it('one key for one body: a retry of the same body sends the same key, a changed body a new one', async () => {
    const { client, calls } = scripted([() => [201, receipt], () => [201, receipt], () => [201, receipt]]);
    const h = hooks(client, draft());
    await sendIdea(h);
    const first = h.current.pending!;
    await sendIdea(h);
    expect(h.current.pending).to.deep.equal(first);
    h.keep({ fields: { ...h.current.fields, title: 'Moestuin aan de Leemwierde' } });
    await sendIdea(h);
    expect(calls.map((c) => c.key)).to.deep.equal([first.key, first.key, h.current.pending!.key]);
    expect(h.current.pending!.key).to.not.equal(first.key);
  });

  it('an expired form token: a fresh token, a new key, sent again, once', async () => {
    const { client, calls } = scripted([
      () => [422, problem(422, '#/formToken')],
      () => [200, { token: 'token-2', minimumSeconds: 3 }],
      () => [201, receipt],
    ]);
    const h = hooks(client, draft());
    expect(await sendIdea(h)).to.deep.equal(receipt);
    expect(calls.map((c) => c.path)).to.deep.equal(['/api/v1/ideas', '/api/v1/ideas/form-token', '/api/v1/ideas']);
    expect((calls[2]!.body as { formToken: string }).formToken).to.equal('token-2');
    expect(calls[2]!.key).to.not.equal(calls[0]!.key);
  });

  it('our own earlier try still running (409): waits and asks again, a few times, then gives up', async () => {
    const conflict = (): [number, unknown] => [409, { type: 'about:blank', title: 'busy', status: 409 }];
    const { client, calls } = scripted([conflict, conflict, () => [201, receipt]]);
    expect(await sendIdea(hooks(client, draft()))).to.deep.equal(receipt);
    expect(new Set(calls.map((c) => c.key)).size).to.equal(1, 'the same key each time');
    const always = scripted(Array.from({ length: 5 }, () => conflict));
    const error = await sendIdea(hooks(always.client, draft())).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ApiError);
    expect(always.calls.length).to.equal(5);
  });

  it("a 422's field errors by field id, with a fallback text; other failures are not field errors", () => {
    const error = new ApiError('problem', 'x', 422, {
      type: 'about:blank',
      title: 'x',
      errors: [
        { pointer: '#/contact/email', code: 'email', detail: 'Geen e-mailadres.' },
        { pointer: '#/title', code: 'too-short', detail: '' },
      ],
    });
    expect(fieldErrors(error, 'Controleer dit.')).to.deep.equal({
      email: 'Geen e-mailadres.',
      title: 'Controleer dit.',
    });
    expect(fieldErrors(new ApiError('network', 'down'), 'x')).to.equal(undefined);
    expect(fieldErrors(new Error('x'), 'x')).to.equal(undefined);
  });
});
