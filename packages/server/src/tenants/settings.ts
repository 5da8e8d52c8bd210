import type { OidcConfig } from '../auth/oidc.js';
import type { Role } from '../auth/roles.js';
import type { StaticStaff } from '../auth/staff.js';
import type { ServerOptions } from '../context.js';
import type { MailConfig } from '../mail/config.js';

/** A tenant is a municipality, named by its CBS gemeente code. */
export const TENANT_CODE = /^GM\d{4}$/;

/** A host name a tenant answers on (`initiatieven.almere.nl`): lower case, no port, no path. */
export const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** The PostgreSQL schema that holds a tenant's tables: `gm0034`. */
export const schemaOf = (code: string) => code.toLowerCase();

/**
 * What the `beheer` role of a municipality sets for itself (`PUT /staff/settings`), and
 * the command line too (`buurtkit-server tenant set`). The OpenAPI schema `Settings` says
 * what is valid; the server checks every write against it.
 */
export interface EditableSettings {
  /** How mails and open data name the municipality: "Gemeente Almere". */
  name: string;
  /** The sender of residents' mail: `Gemeente Almere <initiatieven@almere.nl>`. */
  mailFrom: string;
  /** Origins allowed to call the API from a browser. */
  corsOrigins: string[];
  /** Working days within which the municipality promises a first answer. */
  responseDays: number;
  /** Whether public answers count backers from outside the municipality. */
  showElsewhere: boolean;
  trackingUrl: string | null;
  initiativeUrl: string | null;
  deskUrl: string | null;
}

/** A static token as a tenant keeps it: hashed, so the database does not give staff powers. */
export interface StoredToken {
  name: string;
  roles: Role[];
  hash: string;
}

/**
 * What is stored in a tenant's database (meta `settings`): any editable setting it has
 * chosen, and who may sign in, which only the command line sets (a `beheer` who could
 * change the identity provider could let anyone in).
 */
export interface StoredSettings extends Partial<EditableSettings> {
  staffTokens?: StoredToken[];
  oidc?: OidcConfig;
  /** The API as residents reach it, for links in mail: the command line's, as it is routing. */
  publicUrl?: string;
}

export const EDITABLE_KEYS = [
  'name',
  'mailFrom',
  'corsOrigins',
  'responseDays',
  'showElsewhere',
  'trackingUrl',
  'initiativeUrl',
  'deskUrl',
] as const satisfies readonly (keyof EditableSettings)[];

/** A tenant's options: the server's (the command line, the environment) with the tenant's own on top. */
export function applySettings(
  base: ServerOptions,
  stored: StoredSettings,
  tenant: { code: string | null; publicUrl: string },
): ServerOptions {
  const mail: Partial<MailConfig> = { ...base.mail, publicUrl: stored.publicUrl ?? tenant.publicUrl };
  if (stored.name !== undefined) mail.municipality = stored.name;
  if (stored.mailFrom !== undefined) mail.from = stored.mailFrom;
  if (stored.trackingUrl !== undefined) mail.trackingUrl = stored.trackingUrl;
  if (stored.initiativeUrl !== undefined) mail.initiativeUrl = stored.initiativeUrl;
  if (stored.deskUrl !== undefined) mail.deskUrl = stored.deskUrl;
  // A tenant's staff are its own: the server's tokens and provider sign in to its own municipality only.
  const own = tenant.code !== null;
  // The server's own map itself when nothing is added: its holder may change roles in place.
  let tokens = own ? new Map<string, StaticStaff>() : base.staffTokens;
  if (stored.staffTokens?.length) {
    tokens = new Map(tokens);
    for (const t of stored.staffTokens) tokens.set(t.hash, { name: t.name, roles: t.roles });
  }
  const oidc = stored.oidc ?? (own ? undefined : base.oidc);
  return {
    ...base,
    staffTokens: tokens,
    ...(oidc ? { oidc } : { oidc: undefined }),
    corsOrigins: stored.corsOrigins ?? (own ? [] : base.corsOrigins),
    responseDays: stored.responseDays ?? base.responseDays,
    showElsewhere: stored.showElsewhere ?? base.showElsewhere,
    mail,
  };
}

/** The settings as they apply, for `GET /staff/settings`. */
export function effectiveSettings(o: {
  corsOrigins: string[];
  responseDays: number;
  showElsewhere: boolean;
  mailConfig: MailConfig;
}): EditableSettings {
  return {
    name: o.mailConfig.municipality,
    mailFrom: o.mailConfig.from,
    corsOrigins: o.corsOrigins,
    responseDays: o.responseDays,
    showElsewhere: o.showElsewhere,
    trackingUrl: o.mailConfig.trackingUrl,
    initiativeUrl: o.mailConfig.initiativeUrl,
    deskUrl: o.mailConfig.deskUrl,
  };
}

/** Only the editable keys of a body the schema has checked. */
export const editablePart = (input: Record<string, unknown>): Partial<EditableSettings> =>
  Object.fromEntries(EDITABLE_KEYS.filter((k) => k in input).map((k) => [k, input[k]]));
