import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/index.js';
import { FailureThrottle } from '../guards/failure-throttle.js';
import type { RateLimit } from '../guards/rate-limit.js';
import { message, type Locale } from '../messages.js';
import { HttpProblem, problemType, rateLimited } from '../problems.js';
import { covers } from './areas.js';
import { OidcVerifier, TokenRefused, type OidcConfig } from './oidc.js';
import { may, permissionsOf, type Permission, type Role } from './roles.js';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1)$/;

/** A static token's holder: small installs and the demo. A bare name acts as `beheer`. */
export type StaticStaff = string | { name: string; roles: Role[] };

/**
 * How a tenant's static token is kept in its settings: hashed (`sha256:…`), so reading the
 * database does not give staff powers. A token map's key may be such a hash or the token itself.
 */
export const hashStaffToken = (token: string) => `sha256:${createHash('sha256').update(token).digest('hex')}`;

/** Who is asking, as the audit trail records it. */
export interface StaffPerson {
  /** Stable id: the token's `sub` (OIDC), or `token:<name>` for a static token. */
  subject: string;
  /** Display name: the token's `name`, or the static token's name. */
  name: string;
  roles: Role[];
  via: 'oidc' | 'token';
  /** When the token stops being accepted (seconds since 1970), for OIDC tokens. */
  expiresAt?: number;
  /** The areas (CBS codes) whose ideas this person handles; all when absent. */
  areas?: string[];
}

export const personSummary = (p: StaffPerson) => ({
  subject: p.subject,
  name: p.name,
  roles: p.roles,
  permissions: permissionsOf(p.roles),
  via: p.via,
  ...(p.expiresAt ? { expiresAt: new Date(p.expiresAt * 1000).toISOString() } : {}),
  areas: p.areas ?? null,
});

/** Whether an idea or initiative in this buurt is the person's to see and handle. */
export const handles = (person: StaffPerson, areaCode: string | null | undefined) => covers(person.areas, areaCode);

/** Failed sign-ins per client before it waits (ASVS 2.2.1): 20 in 5 minutes. */
export const AUTH_THROTTLE: RateLimit = { max: 20, windowSeconds: 300 };

/**
 * Staff authentication, one place for every staff endpoint: HTTPS only (except on this
 * machine), a static token (constant-time compared with each) or an OpenID Connect
 * access token, failed attempts throttled per client, and the endpoint's permission.
 */
export class StaffAuth {
  readonly oidc?: OidcVerifier;
  private readonly throttle: FailureThrottle;

  constructor(
    db: Db,
    secret: Buffer,
    private readonly tokens: Map<string, StaticStaff>,
    oidc: OidcConfig | undefined,
    limit: RateLimit,
    private readonly now: () => Date,
  ) {
    if (oidc) this.oidc = new OidcVerifier(oidc, now);
    this.throttle = new FailureThrottle(db, secret, 'staff-auth', limit);
  }

  /** The person asking, if they may do `permission`; 401, 403 or 429 problems otherwise. */
  async require(req: FastifyRequest, locale: Locale, permission?: Permission): Promise<StaffPerson> {
    if (req.protocol !== 'https' && !LOOPBACK.test(req.hostname)) {
      throw new HttpProblem(403, message(locale, 'title.https-required'), { type: problemType('https-required') });
    }
    const now = this.now().getTime();
    // A client over its failures waits, whatever it presents now: guessing stays slow, and
    // it costs us one read. The key is a keyed hash of its address, as for the rate limit.
    const wait = await this.throttle.wait(req.ip, now);
    if (wait) throw rateLimited(locale, wait);
    const person = await this.identify(locale, /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]);
    if (!person) {
      await this.throttle.failed(req.ip, now);
      throw new HttpProblem(401, message(locale, 'title.unauthorized'), {
        type: problemType('unauthorized'),
        headers: { 'WWW-Authenticate': 'Bearer realm="buurtkit-staff"' },
      });
    }
    if (permission && !may(person.roles, permission)) {
      throw new HttpProblem(403, message(locale, 'title.forbidden-role'), { type: problemType('forbidden-role') });
    }
    return person;
  }

  private async identify(locale: Locale, presented: string | undefined): Promise<StaffPerson | undefined> {
    if (!presented) return undefined;
    const plain = Buffer.from(presented);
    const hashed = Buffer.from(hashStaffToken(presented));
    let found: StaffPerson | undefined;
    // Every token is compared, found or not: the time taken says nothing about which matched.
    for (const [token, holder] of this.tokens) {
      const b = Buffer.from(token);
      const a = token.startsWith('sha256:') ? hashed : plain;
      if (a.length === b.length && timingSafeEqual(a, b) && !found) {
        const { name, roles } = typeof holder === 'string' ? { name: holder, roles: ['beheer'] as Role[] } : holder;
        found = { subject: `token:${name}`, name, roles, via: 'token' };
      }
    }
    if (found || !this.oidc || presented.split('.').length !== 3) return found;
    try {
      const p = await this.oidc.verify(presented);
      return {
        subject: p.subject,
        name: p.name,
        roles: p.roles,
        via: 'oidc',
        expiresAt: p.expiresAt,
        ...(p.areas ? { areas: p.areas } : {}),
      };
    } catch (e) {
      if (e instanceof TokenRefused) return undefined;
      // The provider's keys could not be fetched: not the client's fault, and not a failure to count.
      throw new HttpProblem(503, message(locale, 'title.unavailable'), {
        type: problemType('unavailable'),
        headers: { 'Retry-After': '30' },
      });
    }
  }
}
