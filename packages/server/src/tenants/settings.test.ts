import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ServerOptions } from '../context.js';
import type { StaticStaff } from '../auth/staff.js';
import { applySettings } from './settings.js';

const base = {
  staffTokens: new Map<string, StaticStaff>([['server-token-0123456789', 'Beheer']]),
  oidc: { issuer: 'https://login.example', clientId: 'desk', audience: 'desk', rolesClaim: 'roles', scope: 'openid' },
  corsOrigins: ['https://www.server.example'],
  responseDays: 10,
  showElsewhere: true,
  mail: { from: 'Server <a@server.example>', municipality: 'de gemeente' },
} as unknown as ServerOptions;

test("a tenant inherits the server's defaults but never its staff, identity provider or origins", () => {
  const t = applySettings(
    base,
    { name: 'Gemeente Leiden' },
    { code: 'GM0363', publicUrl: 'https://r.example/t/GM0363' },
  );
  assert.equal(t.staffTokens.size, 0);
  assert.equal(t.oidc, undefined);
  assert.deepEqual(t.corsOrigins, []);
  assert.equal(t.responseDays, 10);
  assert.equal(t.mail?.municipality, 'Gemeente Leiden');
  assert.equal(t.mail?.from, 'Server <a@server.example>');
  assert.equal(t.mail?.publicUrl, 'https://r.example/t/GM0363');
});

test("a tenant's own settings win; the server's own keeps its token map itself", () => {
  const stored = {
    corsOrigins: ['https://www.leiden.example'],
    responseDays: 7,
    showElsewhere: false,
    mailFrom: 'Gemeente Leiden <i@leiden.example>',
    publicUrl: 'https://initiatieven.leiden.example',
    staffTokens: [{ name: 'Lotte', roles: ['beheer' as const], hash: 'sha256:ab' }],
  };
  const t = applySettings(base, stored, { code: 'GM0363', publicUrl: 'https://r.example/t/GM0363' });
  assert.deepEqual([...t.staffTokens], [['sha256:ab', { name: 'Lotte', roles: ['beheer'] }]]);
  assert.deepEqual(t.corsOrigins, ['https://www.leiden.example']);
  assert.equal(t.responseDays, 7);
  assert.equal(t.showElsewhere, false);
  assert.equal(t.mail?.from, 'Gemeente Leiden <i@leiden.example>');
  assert.equal(t.mail?.publicUrl, 'https://initiatieven.leiden.example');
  const own = applySettings(base, {}, { code: null, publicUrl: 'https://r.example' });
  // The same map: an administrator who changes a role in place changes it for the running server.
  assert.equal(own.staffTokens, base.staffTokens);
  assert.equal(own.oidc, base.oidc);
  const added = applySettings(
    base,
    { staffTokens: stored.staffTokens },
    { code: null, publicUrl: 'https://r.example' },
  );
  assert.equal(added.staffTokens.size, 2);
});
