import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export type TestUser = { name: string; roles: string[]; areas?: string[] };
export const DESK_CLIENT = 'buurtkit-desk';
export const API_AUDIENCE = 'https://api.buurtkit.test';
export const API_SCOPE = 'buurtkit-staff';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function formBody(req: IncomingMessage) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return new URLSearchParams(text);
}

/**
 * A real OpenID provider on loopback (the certified `oidc-provider`), standing in for the
 * municipality's Entra ID or Keycloak: the desk is a public client (PKCE), access tokens
 * are JWTs for the Buurtkit API with the user's roles in `roles`. Its login page takes a
 * user name (no password: the people are test fixtures) and grants the asked scopes.
 */
export async function startOidcProvider(options: {
  users: Record<string, TestUser>;
  redirectUris: string[];
  accessTokenTtl?: number;
  port?: number;
}) {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const users = options.users;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: DESK_CLIENT,
        token_endpoint_auth_method: 'none',
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    async findAccount(_ctx, id) {
      const user = users[id];
      if (!user) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, name: user.name }) };
    },
    claims: { openid: ['sub'], profile: ['name'] },
    scopes: ['openid', 'profile', API_SCOPE],
    pkce: { required: () => true },
    cookies: { keys: ['buurtkit-test-cookie-key'] },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => API_AUDIENCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async () => ({
          scope: API_SCOPE,
          audience: API_AUDIENCE,
          accessTokenFormat: 'jwt',
          accessTokenTTL: options.accessTokenTtl ?? 3600,
        }),
      },
    },
    // Entra ID carries app roles in `roles` of the access token; so do we.
    async extraTokenClaims(_ctx, token) {
      const user = users[(token as { accountId?: string }).accountId ?? ''];
      return user ? { roles: user.roles, name: user.name, ...(user.areas ? { areas: user.areas } : {}) } : undefined;
    },
    clientBasedCORS: () => true,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  });
  provider.proxy = false;
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    if (req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(`<!doctype html><html lang="nl"><title>Inloggen</title><main><h1>Inloggen bij de gemeente</h1>
        <form method="post" action="/interaction/${esc(uid)}"><label for="user">Gebruikersnaam</label>
        <p id="who">${Object.entries(users)
          .map(([id, u]) => `${esc(id)} (${esc(u.name)}, ${esc(u.roles.join(', ') || 'geen rol')})`)
          .join(' · ')}</p>
        <input id="user" name="user" autocomplete="username" aria-describedby="who" autofocus>
        <button type="submit">Inloggen</button></form></main>`);
    }
    const user = (await formBody(req)).get('user') ?? '';
    if (!users[user]) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(
        `<!doctype html><p role="alert">Onbekende gebruiker</p><a href="/interaction/${esc(uid)}">Opnieuw</a>`,
      );
    }
    const grant = new provider.Grant({ accountId: user, clientId: details.params.client_id as string });
    grant.addOIDCScope(`openid profile ${API_SCOPE}`);
    grant.addResourceScope(API_AUDIENCE, API_SCOPE);
    const grantId = await grant.save();
    return provider.interactionFinished(
      req,
      res,
      { login: { accountId: user }, consent: { grantId } },
      {
        mergeWithLastSubmission: false,
      },
    );
  }

  server.on('request', (req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
    if (match) {
      interaction(req, res, match[1]!).catch((e: Error) => {
        res.writeHead(400, { 'Content-Type': 'text/plain' }).end(e.message);
      });
      return;
    }
    callback(req, res);
  });

  return {
    issuer,
    provider,
    /** The config the Buurtkit server takes for this provider. */
    config: {
      issuer,
      clientId: DESK_CLIENT,
      audience: API_AUDIENCE,
      rolesClaim: 'roles',
      scope: `openid profile ${API_SCOPE}`,
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Signs a user in the way the desk does, without a browser: authorization code with PKCE
 * through the provider's real endpoints and login page (cookies carried by hand), and the
 * code exchanged at the token endpoint. Returns the access token for the API.
 */
export async function signInAs(issuer: string, user: string, redirectUri: string, scope: string): Promise<string> {
  const oauth = await import('oauth4webapi');
  const as = await oauth.processDiscoveryResponse(
    new URL(issuer),
    await oauth.discoveryRequest(new URL(issuer), {
      [oauth.allowInsecureRequests]: true,
    }),
  );
  const client = { client_id: DESK_CLIENT };
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: DESK_CLIENT,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope,
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  const jar = new Map<string, string>();
  const go = async (target: string, init: RequestInit = {}): Promise<string> => {
    const res = await fetch(new URL(target, issuer), {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as object), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair!.split('=');
      jar.set(k!, v ?? '');
    }
    if (res.status >= 300 && res.status < 400) return res.headers.get('location')!;
    throw new Error(`${target}: ${res.status} ${await res.text()}`);
  };
  const login = await go(url.href);
  const resume = await go(login, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ user }).toString(),
  });
  const back = new URL(await go(resume), issuer);
  const params = oauth.validateAuthResponse(as, client, back, state);
  const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, redirectUri, verifier, {
    [oauth.allowInsecureRequests]: true,
  });
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, response);
  return tokens.access_token;
}
