import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, describe, test } from 'node:test';
import { checkBackend, junitReport, textReport } from 'buurtkit-conformance';
import { dialects, STAFF_TOKEN, startTestServer } from './helpers/server.ts';

const failures = (findings: { ok: boolean; check: string; message: string }[]) =>
  findings.filter((f) => !f.ok).map((f) => `${f.check}: ${f.message}`);

for (const dialect of dialects)
  describe(`buurtkit-conformance against the reference server on ${dialect}`, () => {
    test('every check passes, reads and writes, and what it sent is closed and erased afterwards', async () => {
      const s = await startTestServer(dialect);
      const findings = await checkBackend(`${s.url}/api/v1`, { write: true, staffToken: STAFF_TOKEN, fillSeconds: 0 });
      assert.deepEqual(failures(findings), []);
      assert.deepEqual(
        [...new Set(findings.map((f) => f.check))],
        [
          'schemas',
          'problem-json',
          'paging-and-bbox',
          'clusters',
          'cors',
          'caching',
          'privacy',
          'submission',
          'idempotency',
          'staff-flow',
        ],
      );
      const left = await s.db.all<{ status: string; contact_email: string | null }>(
        "SELECT status, contact_email FROM ideas WHERE title LIKE 'Conformance %'",
      );
      assert.ok(left.length >= 2);
      assert.deepEqual(new Set(left.map((i) => `${i.status} ${i.contact_email}`)), new Set(['closed null']));
      await s.close();
    });
  });

/**
 * A backend that breaks the contract in five known ways, in front of the reference server: a
 * wrong type, plain text for bad input, a resident's address in a public answer, an
 * Idempotency-Key it ignores, and staff endpoints open to every origin.
 */
async function brokenBackend(upstream: string) {
  const forward = (req: IncomingMessage, res: ServerResponse, edit?: (body: any) => unknown, dropKey = false) => {
    const headers: Record<string, string | string[] | undefined> = { ...req.headers, host: new URL(upstream).host };
    if (dropKey) delete headers['idempotency-key'];
    // Bodies it rewrites come plain.
    if (edit) delete headers['accept-encoding'];
    const up = request(`${upstream}${req.url}`, { method: req.method, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer
        .on('data', (c) => chunks.push(c))
        .on('end', () => {
          let body = Buffer.concat(chunks);
          const out = { ...answer.headers };
          if (edit && answer.statusCode === 200) {
            body = Buffer.from(JSON.stringify(edit(JSON.parse(body.toString()))));
            delete out['content-encoding'];
            out['content-length'] = String(body.length);
          }
          if (req.url!.startsWith('/api/v1/staff/')) out['access-control-allow-origin'] = '*';
          res.writeHead(answer.statusCode!, out).end(body);
        });
    });
    req.pipe(up);
  };
  const server = createServer((req, res) => {
    const url = req.url!;
    if (req.method === 'OPTIONS' && url.startsWith('/api/v1/staff/'))
      return res
        .writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'authorization' })
        .end();
    if (url === '/api/v1/initiatives/abc') return res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad id');
    if (url === '/api/v1/themes')
      return forward(req, res, (b) => ({
        ...b,
        items: b.items.map((t: object, i: number) => (i ? t : { ...t, color: 12 })),
      }));
    if (/^\/api\/v1\/initiatives\/\d+$/.test(url))
      return forward(req, res, (b) => ({ ...b, initiator: 'Jan Jansen (jan.jansen@example.org)' }));
    if (url === '/api/v1/ideas' && req.method === 'POST') return forward(req, res, undefined, true);
    return forward(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  after(() => server.close());
  const { port } = server.address() as { port: number };
  return `http://127.0.0.1:${port}/api/v1`;
}

test('a backend that breaks the contract fails with exactly those messages, in text and JUnit', async () => {
  const s = await startTestServer('sqlite');
  const base = await brokenBackend(s.url);
  const findings = await checkBackend(base, { write: true, staffToken: STAFF_TOKEN, fillSeconds: 0 });
  const first = (await (await fetch(`${s.url}/api/v1/initiatives?limit=50`)).json()).features[0].id;
  const got = failures(findings);
  assert.deepEqual(
    got.filter((m) => !m.startsWith('idempotency:')),
    [
      'schemas: GET /themes: the answer does not fit the contract: /items/0/color must be string',
      'problem-json: GET /initiatives/abc answered 400 text/plain; ' +
        'the contract says 422 application/problem+json with an error at #/path/id',
      'cors: OPTIONS /staff/ideas from https://conformance.invalid: Access-Control-Allow-Origin is "*"',
      'cors: GET /staff/ideas from https://conformance.invalid: Access-Control-Allow-Origin is "*"',
      `privacy: GET /initiatives/${first}: an e-mail address in a public answer at /initiator (10 answers)`,
    ],
  );
  const idempotency = got.filter((m) => m.startsWith('idempotency:'));
  assert.equal(idempotency.length, 1);
  assert.match(
    idempotency[0]!,
    /^idempotency: POST \/ideas twice with one Idempotency-Key made two ideas \(BK-[^,]+, BK-[^)]+\)$/,
  );

  const text = textReport(base, findings);
  assert.match(
    text,
    new RegExp(
      'FAIL cors: OPTIONS /staff/ideas .*\\n {5}request: {2}OPTIONS /staff/ideas ' +
        'with Origin: https://conformance.invalid\\n {5}contract: .*\\n {5}fix: {6}List the allowed origins',
    ),
  );
  assert.match(text, /PASS paging-and-bbox/);
  assert.match(text, /10 checks: 5 passed, 5 failed$/);
  const junit = junitReport(base, findings);
  assert.match(junit, /<testsuites name="buurtkit-conformance" tests="10" failures="5">/);
  assert.equal((junit.match(/<failure /g) ?? []).length, 6);
  assert.match(junit, /<testcase classname="buurtkit-conformance" name="clusters"><\/testcase>/);
});

test('the command: a report, JUnit XML to a file, exit 1 on failures and 0 when all pass', async () => {
  const s = await startTestServer('sqlite');
  const bin = new URL('../../node_modules/.bin/buurtkit-conformance', import.meta.url).pathname;
  const run = promisify(execFile);
  const dir = mkdtempSync(join(tmpdir(), 'buurtkit-conformance-'));
  const good = await run(process.execPath, [bin, `${s.url}/api/v1`, '--junit', join(dir, 'good.xml')]);
  assert.match(good.stdout, /7 checks: 7 passed, 0 failed/);
  assert.match(readFileSync(join(dir, 'good.xml'), 'utf8'), /failures="0"/);
  const broken = await brokenBackend(s.url);
  const bad = await run(process.execPath, [bin, broken]).catch((e: { code: number; stdout: string }) => e);
  assert.equal((bad as { code: number }).code, 1);
  assert.match((bad as { stdout: string }).stdout, /FAIL schemas: GET \/themes/);
  const usage = await run(process.execPath, [bin, 'not-a-url']).catch((e: { code: number }) => e);
  assert.equal((usage as { code: number }).code, 2);
});
