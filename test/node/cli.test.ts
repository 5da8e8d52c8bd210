import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArgs } from '@buurtkit/server';

test('buurtkit-server options: flags, environment equivalents, defaults', () => {
  const defaults = parseArgs([], {});
  assert.equal(defaults.port, 8787);
  assert.equal(defaults.database, './data/buurtkit.sqlite');
  assert.equal(defaults.seed, null);
  assert.equal(defaults.staffTokens.size, 0);
  assert.equal(defaults.drainSeconds, 5);
  assert.deepEqual(defaults.rateLimit, { max: 10, windowSeconds: 600 });
  assert.equal(defaults.responseDays, 10, 'the answer promise: ten working days');
  assert.equal(parseArgs([], { BUURTKIT_RESPONSE_DAYS: '15' }).responseDays, 15);
  for (const bad of ['0', 'ten', '100', '-3'])
    assert.throws(() => parseArgs([], { BUURTKIT_RESPONSE_DAYS: bad }), /BUURTKIT_RESPONSE_DAYS/);

  const fromEnv = parseArgs([], {
    PORT: '9000',
    DATABASE_URL: 'postgres://u@h/db',
    BUURTKIT_STAFF_TOKEN: 'anna:token-of-anna-0123456789,bram:token-of-bram-0123456789',
    BUURTKIT_CORS_ORIGINS: 'https://a.example, https://b.example',
    BUURTKIT_RATE_LIMIT: '5/60',
    BUURTKIT_RETENTION_DAYS: '90',
  });
  assert.equal(fromEnv.port, 9000);
  assert.equal(fromEnv.database, 'postgres://u@h/db');
  assert.deepEqual(
    [...fromEnv.staffTokens.entries()],
    [
      ['token-of-anna-0123456789', 'anna'],
      ['token-of-bram-0123456789', 'bram'],
    ],
  );
  const roles = parseArgs([], {
    BUURTKIT_STAFF_TOKEN: 'ans:analist:token-of-ans-0123456789,kim:ideeenmakelaar+analist:token:with:colons-0123',
  }).staffTokens;
  assert.deepEqual(roles.get('token-of-ans-0123456789'), { name: 'ans', roles: ['analist'] });
  assert.deepEqual(roles.get('token:with:colons-0123'), { name: 'kim', roles: ['ideeenmakelaar', 'analist'] });
  const oidc = parseArgs([], { BUURTKIT_OIDC_ISSUER: 'https://login.example/t/v2.0', BUURTKIT_OIDC_CLIENT_ID: 'desk' });
  assert.deepEqual(oidc.oidc, {
    issuer: 'https://login.example/t/v2.0',
    clientId: 'desk',
    audience: 'desk',
    rolesClaim: 'roles',
    scope: 'openid profile',
  });
  assert.throws(() => parseArgs([], { BUURTKIT_OIDC_ISSUER: 'https://login.example' }), /CLIENT_ID/);
  assert.throws(() => parseArgs([], { BUURTKIT_OIDC_ISSUER: 'javascript:alert(1)', BUURTKIT_OIDC_CLIENT_ID: 'x' }));
  assert.deepEqual(fromEnv.corsOrigins, ['https://a.example', 'https://b.example']);
  assert.deepEqual(fromEnv.rateLimit, { max: 5, windowSeconds: 60 });
  assert.equal(fromEnv.retentionDays, 90);

  const flags = parseArgs(
    ['--port', '9100', '--database', '/tmp/x.sqlite', '--seed', 'demo', '--cors-origins', 'https://c.example'],
    { PORT: '9000' },
  );
  assert.equal(flags.port, 9100, 'a flag wins over the environment');
  assert.equal(flags.seed, 'demo');
  assert.deepEqual(flags.corsOrigins, ['https://c.example']);
  assert.throws(() => parseArgs(['--seed', 'all'], {}), /--seed takes "demo"/);
  assert.throws(() => parseArgs([], { BUURTKIT_STAFF_TOKEN: 'short' }), /at least 16 characters/);
  assert.throws(() => parseArgs(['--nope'], {}));
  assert.equal(parseArgs(['--bulk', '250'], {}).bulk, 250);
  assert.equal(parseArgs([], {}).bulk, undefined);
  assert.throws(() => parseArgs(['--bulk', 'lots'], {}), /--bulk takes a number/);
});

test('--bulk adds generated initiatives once, beside the demo data', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { startServer } = await import('@buurtkit/server');
  const dir = mkdtempSync(join(tmpdir(), 'buurtkit-bulk-'));
  try {
    const options = {
      ...parseArgs(['--database', join(dir, 'db.sqlite'), '--seed', 'demo', '--bulk', '300', '--quiet'], {}),
      port: 0,
    };
    const count = async () => {
      const server = await startServer(options);
      try {
        return ((await (await fetch(`${server.url}/api/v1/initiatives?limit=1`)).json()) as { total: number }).total;
      } finally {
        await server.close();
      }
    };
    const first = await count();
    assert.ok(first >= 300 + 40, `demo and generated together (${first})`);
    assert.equal(await count(), first, 'a restart adds nothing');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
