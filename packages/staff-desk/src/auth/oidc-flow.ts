/**
 * Signing in at the municipality's OpenID provider: the authorization code flow with PKCE,
 * as a public client in the browser (there is no secret a web page could keep). A lazy
 * chunk: installs with static tokens only never load it.
 *
 * Nothing of the flow is in the desk's attributes or in localStorage: the PKCE verifier
 * and the state wait in this tab's sessionStorage during the round trip to the provider,
 * and are gone once the code is exchanged.
 */
import * as oauth from 'oauth4webapi';

export type OidcOptions = { issuer: string; clientId: string; scope: string; audience: string };
export type OidcTokens = { accessToken: string; expiresIn?: number };

const PENDING = 'buurtkit:oidc-pending';
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;
/** The parameters a provider adds to the way back, taken off the address afterwards. */
const RETURN_PARAMS = ['code', 'state', 'iss', 'session_state', 'error', 'error_description', 'error_uri'];

/** http is for a provider on this machine only (development, tests); elsewhere https. */
const insecureOk = (issuer: string) => ({ [oauth.allowInsecureRequests]: LOOPBACK.test(new URL(issuer).hostname) });

async function server(issuer: string) {
  const url = new URL(issuer);
  return oauth.processDiscoveryResponse(url, await oauth.discoveryRequest(url, insecureOk(issuer)));
}

/** Leaves for the provider's sign-in page; the page comes back to `redirectUri` with a code. */
export async function startSignIn(o: OidcOptions, redirectUri: string): Promise<void> {
  const as = await server(o.issuer);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: o.clientId,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: o.scope,
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, redirectUri, issuer: o.issuer }));
  location.assign(url.href);
}

/** Whether this page load is the provider sending the person back. */
export function isReturning(): boolean {
  const params = new URLSearchParams(location.search);
  return params.has('state') && (params.has('code') || params.has('error')) && !!sessionStorage.getItem(PENDING);
}

/** Exchanges the code for tokens; the address loses the provider's parameters either way. */
export async function finishSignIn(o: OidcOptions): Promise<OidcTokens> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? '{}') as {
    verifier?: string;
    state?: string;
    redirectUri?: string;
    issuer?: string;
  };
  sessionStorage.removeItem(PENDING);
  const current = new URL(location.href);
  const clean = new URL(location.href);
  for (const p of RETURN_PARAMS) clean.searchParams.delete(p);
  history.replaceState(history.state, '', clean.href);
  if (!pending.verifier || !pending.state || !pending.redirectUri || pending.issuer !== o.issuer)
    throw new Error('no sign-in was started here');
  const as = await server(o.issuer);
  const client = { client_id: o.clientId };
  const params = oauth.validateAuthResponse(as, client, current, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    pending.redirectUri,
    pending.verifier,
    insecureOk(o.issuer),
  );
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, response);
  return { accessToken: tokens.access_token, expiresIn: tokens.expires_in };
}

/** The provider said no (the person cancelled, or may not use the desk). */
export const isRefusal = (e: unknown) => e instanceof oauth.AuthorizationResponseError;
