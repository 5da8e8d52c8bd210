import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { isAreaCode } from './areas.js';
import { isRole, type Role } from './roles.js';

export interface OidcConfig {
  /** The provider's issuer URL, exactly as its tokens carry it (`iss`). */
  issuer: string;
  /** The desk's client id at the provider (a public client: PKCE, no secret). */
  clientId: string;
  /** What access tokens for this API carry in `aud` (Entra ID: the App ID URI, Keycloak: the client). */
  audience: string;
  /** Where in the token the roles are: `roles` (Entra ID), `realm_access.roles` (Keycloak), … */
  rolesClaim: string;
  /** The scopes the desk asks for. */
  scope: string;
  /**
   * Where in the token an ideeenmakelaar's own areas are (CBS codes: GM, WK, BU). Without it,
   * or for beheer, every area: the municipality chooses.
   */
  areasClaim?: string;
  /** Seconds of clock difference with the provider that are tolerated (default 60). */
  clockToleranceSeconds?: number;
}

export type VerifiedPerson = {
  subject: string;
  name: string;
  roles: Role[];
  expiresAt: number;
  /** Own areas (CBS codes), when the municipality gives each ideeenmakelaar theirs. */
  areas?: string[];
};

/** Reads a dotted claim path (`realm_access.roles`) from a token. */
export function claimAt(payload: JWTPayload, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as never)[key] : undefined), payload);
}

/** Thrown for a token that is not ours to accept; the server answers 401 and counts a failure. */
export class TokenRefused extends Error {}

/**
 * Validates staff access tokens from the municipality's OpenID provider: signature
 * against the provider's published keys (JWKS, fetched once and refreshed when a new key
 * id shows up), issuer, audience, expiry and not-before with a little clock tolerance.
 * Only asymmetric algorithms: a token "signed" with `none` or with the public key as an
 * HMAC secret is refused.
 */
export class OidcVerifier {
  private jwks?: Promise<ReturnType<typeof createRemoteJWKSet>>;

  constructor(
    readonly config: OidcConfig,
    private readonly now: () => Date = () => new Date(),
    private readonly fetcher: typeof fetch = fetch,
  ) {}

  private keys() {
    this.jwks ??= (async () => {
      const res = await this.fetcher(`${this.config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
      if (!res.ok) throw new Error(`OpenID discovery answered ${res.status}`);
      const meta = (await res.json()) as { issuer?: string; jwks_uri?: string };
      if (meta.issuer !== this.config.issuer) throw new Error('OpenID discovery names another issuer');
      if (!meta.jwks_uri) throw new Error('OpenID discovery has no jwks_uri');
      return createRemoteJWKSet(new URL(meta.jwks_uri));
    })();
    // A failed discovery is tried again by the next request, not remembered.
    this.jwks.catch(() => (this.jwks = undefined));
    return this.jwks;
  }

  /** The person a token names, or `TokenRefused`; an unreachable provider is an ordinary error (503). */
  async verify(token: string): Promise<VerifiedPerson> {
    const jwks = await this.keys();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        clockTolerance: this.config.clockToleranceSeconds ?? 60,
        currentDate: this.now(),
        algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'],
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (e) {
      if (e instanceof errors.JOSEError && !(e instanceof errors.JWKSTimeout)) throw new TokenRefused(e.code);
      throw e;
    }
    const claimed = claimAt(payload, this.config.rolesClaim);
    const roles = (Array.isArray(claimed) ? claimed : typeof claimed === 'string' ? claimed.split(' ') : []).filter(
      isRole,
    );
    const name = [payload.name, payload.preferred_username, payload.sub].find(
      (v): v is string => typeof v === 'string' && v.length > 0,
    )!;
    const person: VerifiedPerson = { subject: payload.sub!, name: name.slice(0, 200), roles, expiresAt: payload.exp! };
    if (this.config.areasClaim && !roles.includes('beheer')) {
      const given = claimAt(payload, this.config.areasClaim);
      person.areas = (Array.isArray(given) ? given : typeof given === 'string' ? given.split(/[\s,]+/) : []).filter(
        isAreaCode,
      );
    }
    return person;
  }
}
