import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { OidcConfig } from '../auth/oidc.js';
import { isRole, type Role } from '../auth/roles.js';
import { hashStaffToken } from '../auth/staff.js';
import { openDatabase, type Db } from '../db/index.js';
import { HttpProblem } from '../problems.js';
import { seedDemo } from '../seed/index.js';
import { addTenant, listTenants, readSettings, setTenantHosts, writeSettings } from '../store/tenants.js';
import { validatorFor } from '../validation.js';
import { openTenantDatabase, tenantLocation } from './location.js';
import { HOST_NAME, TENANT_CODE, type EditableSettings, type StoredSettings, type StoredToken } from './settings.js';

export const TENANT_USAGE = `Usage: buurtkit-server tenant add GM0034 --name NAME [options]   a municipality here
       buurtkit-server tenant set GM0034 [options]               change its settings
       buurtkit-server tenant list                               the municipalities, where they live
  Each municipality gets a database of its own (SQLite: tenants/GM0034.sqlite beside the server's;
  PostgreSQL: schema gm0034), its API at /t/GM0034/api/v1 and at /api/v1 on its host names. A
  running server picks up changes within 5 seconds. Options:
  --database D             the server's database (DATABASE_URL, default ./data/buurtkit.sqlite)
  --name NAME              how mails and open data name it: "Gemeente Almere"
  --host H                 a host name that reaches it (repeat for more; set replaces them)
  --cors-origins LIST      origins allowed to call its API, comma-separated
  --mail-from FROM         its mail sender: "Gemeente Almere <initiatieven@almere.nl>"
  --response-days N        working days of its answer promise
  --public-url URL         its API as residents reach it, for links in mail (default: the server's
                           BUURTKIT_PUBLIC_URL followed by /t/GM0034)
  --tracking-url, --initiative-url, --desk-url URL   its pages, as BUURTKIT_TRACKING_URL etc.
  --staff-token NAME:ROLES[:TOKEN]   a static staff token (repeat for more; set replaces them);
                           roles ideeenmakelaar, beheer, analist joined by +; without TOKEN one is
                           made and printed once. Only a hash is stored.
  --oidc-issuer URL --oidc-client-id ID [--oidc-roles-claim C] [--oidc-audience A]
      [--oidc-areas-claim C] [--oidc-scope S]   staff sign-in with its own identity provider
  --seed demo              (add) the demo initiatives, ideas and contact persons
  Its beheer role changes name, sender, origins, answer promise and links in the desk too.`;

const OPTIONS = {
  database: { type: 'string' },
  name: { type: 'string' },
  host: { type: 'string', multiple: true },
  'cors-origins': { type: 'string' },
  'mail-from': { type: 'string' },
  'response-days': { type: 'string' },
  'public-url': { type: 'string' },
  'tracking-url': { type: 'string' },
  'initiative-url': { type: 'string' },
  'desk-url': { type: 'string' },
  'staff-token': { type: 'string', multiple: true },
  'oidc-issuer': { type: 'string' },
  'oidc-client-id': { type: 'string' },
  'oidc-roles-claim': { type: 'string' },
  'oidc-audience': { type: 'string' },
  'oidc-areas-claim': { type: 'string' },
  'oidc-scope': { type: 'string' },
  seed: { type: 'string' },
  help: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** A setting is checked as the desk's are: by the OpenAPI schema, one message per wrong option. */
function checkEditable(change: Partial<EditableSettings>) {
  const valid: EditableSettings = {
    name: 'Gemeente',
    mailFrom: 'a@b.nl',
    corsOrigins: [],
    responseDays: 10,
    showElsewhere: true,
    trackingUrl: null,
    initiativeUrl: null,
    deskUrl: null,
  };
  try {
    validatorFor('staffPutSettings').body({ ...valid, ...change }, 'en');
  } catch (error) {
    if (!(error instanceof HttpProblem)) throw error;
    const errors = (error.body('') as { errors?: { pointer: string; detail: string }[] }).errors ?? [];
    throw new Error(errors.map((e) => `${e.pointer.replace('#/', '')}: ${e.detail}`).join('; '), { cause: error });
  }
}

const url = (name: string, value: string | undefined) => {
  if (value !== undefined && !/^https?:\/\/[^\s<>"]+$/.test(value)) throw new Error(`--${name} takes an http(s) URL`);
  return value;
};

/** What the options change; tokens made here are returned to print once. */
export function settingsChange(v: Values): { change: StoredSettings; made: string[] } {
  const change: StoredSettings = {};
  if (v.name !== undefined) change.name = v.name;
  if (v['mail-from'] !== undefined) change.mailFrom = v['mail-from'];
  if (v['cors-origins'] !== undefined)
    change.corsOrigins = v['cors-origins']
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (v['response-days'] !== undefined) change.responseDays = Number(v['response-days']);
  for (const [option, key] of [
    ['tracking-url', 'trackingUrl'],
    ['initiative-url', 'initiativeUrl'],
    ['desk-url', 'deskUrl'],
  ] as const)
    if (v[option] !== undefined) change[key] = v[option] === '' ? null : v[option];
  checkEditable(change);
  const publicUrl = url('public-url', v['public-url']);
  if (publicUrl) change.publicUrl = publicUrl.replace(/\/+$/, '');
  const made: string[] = [];
  if (v['staff-token']) {
    change.staffTokens = v['staff-token'].map((entry): StoredToken => {
      const [name, roles, ...rest] = entry.split(':');
      const list = (roles ?? '').split('+');
      if (!name || !list.every(isRole))
        throw new Error(`--staff-token takes NAME:ROLES[:TOKEN] with roles ideeenmakelaar, beheer, analist`);
      let token = rest.join(':');
      if (!token) made.push(`${name}: ${(token = randomBytes(24).toString('base64url'))}`);
      if (token.length < 16) throw new Error('--staff-token: a token needs at least 16 characters');
      return { name, roles: list as Role[], hash: hashStaffToken(token) };
    });
  }
  if (v['oidc-issuer'] !== undefined) {
    const issuer = url('oidc-issuer', v['oidc-issuer'])!;
    const clientId = v['oidc-client-id'];
    if (!clientId) throw new Error('--oidc-issuer needs --oidc-client-id too');
    const oidc: OidcConfig = {
      issuer,
      clientId,
      audience: v['oidc-audience'] || clientId,
      rolesClaim: v['oidc-roles-claim'] || 'roles',
      scope: v['oidc-scope'] || 'openid profile',
      ...(v['oidc-areas-claim'] ? { areasClaim: v['oidc-areas-claim'] } : {}),
    };
    change.oidc = oidc;
  }
  return { change, made };
}

function hostsOf(v: Values): string[] | undefined {
  if (!v.host) return undefined;
  const hosts = v.host.map((h) => h.toLowerCase());
  const wrong = hosts.find((h) => !HOST_NAME.test(h));
  if (wrong !== undefined) throw new Error(`--host takes a host name such as initiatieven.almere.nl, not "${wrong}"`);
  return hosts;
}

/** A host already taken by another tenant would make routing depend on order: refused. */
async function checkHostsFree(registry: Db, code: string, hosts: string[]) {
  for (const t of await listTenants(registry)) {
    const taken = t.code !== code && t.hosts.find((h) => hosts.includes(h));
    if (taken) throw new Error(`--host ${taken} already reaches ${t.code}`);
  }
}

/** `buurtkit-server tenant add|set|list`: exit 0 when done, 1 when it failed, 2 for wrong use. */
export async function tenantCommand(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    if (parsed.values.help) return void console.log(TENANT_USAGE);
    const [action, code] = parsed.positionals;
    if (!['add', 'set', 'list'].includes(action ?? '')) throw new Error('say add, set or list');
    if (action !== 'list' && !TENANT_CODE.test(code ?? ''))
      throw new Error('name the municipality by its CBS gemeente code, such as GM0034');
    if (action === 'add' && !parsed.values.name) throw new Error('add needs --name');
    if (parsed.values.seed !== undefined && (parsed.values.seed !== 'demo' || action !== 'add'))
      throw new Error('--seed demo goes with add');
  } catch (error) {
    console.error(`buurtkit-server tenant: ${(error as Error).message}\n\n${TENANT_USAGE}`);
    process.exitCode = 2;
    return;
  }
  const [action, code] = parsed.positionals as [string, string];
  const v = parsed.values;
  const database = v.database ?? process.env.DATABASE_URL ?? './data/buurtkit.sqlite';
  const registry = await openDatabase(database);
  try {
    if (action === 'list') {
      for (const t of await listTenants(registry)) {
        const db = await openTenantDatabase(database, t.code);
        const name = (await readSettings(db)).name ?? '';
        await db.close();
        console.log([t.code, name, t.hosts.join(',') || '-', tenantLocation(database, t.code)].join('\t'));
      }
      return;
    }
    let change: StoredSettings;
    let made: string[];
    let hosts: string[] | undefined;
    try {
      ({ change, made } = settingsChange(v));
      hosts = hostsOf(v);
      if (hosts) await checkHostsFree(registry, code, hosts);
    } catch (error) {
      console.error(`buurtkit-server tenant: ${(error as Error).message}`);
      process.exitCode = 2;
      return;
    }
    const known = (await listTenants(registry)).some((t) => t.code === code);
    if (action === 'set' && !known) throw new Error(`${code} is not on this server (tenant add first)`);
    if (action === 'add' && known) throw new Error(`${code} is on this server already (tenant set changes it)`);
    // Its database first: a server that sees the tenant finds its settings there.
    const db = await openTenantDatabase(database, code);
    try {
      await writeSettings(db, change);
      if (v.seed === 'demo') await seedDemo(db);
    } finally {
      await db.close();
    }
    if (action === 'add') await addTenant(registry, code, hosts ?? [], new Date().toISOString());
    else if (hosts) await setTenantHosts(registry, code, hosts);
    console.log(
      `${code} ${action === 'add' ? 'added' : 'changed'}: /t/${code}/api/v1` +
        (hosts?.length ? ` and ${hosts.join(', ')}` : ''),
    );
    for (const line of made) console.log(`Staff token (shown once) for ${line}`);
  } catch (error) {
    console.error(`buurtkit-server tenant: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await registry.close();
  }
}
