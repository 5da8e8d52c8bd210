import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, type ApiClient, type LocalizeController } from '@buurtkit/core';
import type { DeskMessages } from '../messages/nl.js';
import { getMe, getSignInOptions, type SignInOptions, type StaffPerson } from '../staff-api.js';

/** Where a static token waits for a reload of the page, until the tab closes (only when asked). */
const SESSION_KEY = 'buurtkit:staff-token';

/** sessionStorage throws in sandboxed frames and some privacy modes: the desk then simply forgets. */
function session<T>(use: () => T): T | undefined {
  try {
    return use();
  } catch {
    return undefined;
  }
}

export type SignOutReason = 'expired' | 'revoked' | 'no-role' | undefined;

interface SessionHost extends ReactiveControllerHost {
  readonly client: ApiClient;
  readonly msg: LocalizeController<DeskMessages>;
  reportError(e: unknown): string;
  /** After sign-in: load what the views share. */
  signedIn(): Promise<void>;
  /** After sign-out: forget every view's state, so nothing of the person stays on screen. */
  signedOut(reason: SignOutReason): void;
  /** After a changed role: forget what the person may no longer see, and show what they may. */
  rescoped(): Promise<void>;
}

/**
 * Who is signed in to the desk, and how: a static token typed in (or handed over by the
 * page), or an access token from the municipality's OpenID provider. Holds the person and
 * their permissions from `GET /staff/me`, and signs out when the token expires.
 */
export class StaffSession implements ReactiveController {
  options?: SignInOptions;
  person?: StaffPerson;
  checking = false;
  error = '';
  private token = '';
  private expiry?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: SessionHost) {
    host.addController(this);
  }

  hostConnected() {
    void this.resume();
  }

  hostDisconnected() {
    clearTimeout(this.expiry);
  }

  get accessToken() {
    return this.token;
  }

  get signedIn() {
    return !!this.person;
  }

  may(permission: string) {
    return !!this.person?.permissions.includes(permission as never);
  }

  private set(patch: Partial<StaffSession>) {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** On load: the way back from the provider, or a token kept in this tab. */
  private async resume() {
    try {
      this.set({ options: await getSignInOptions(this.host.client) });
    } catch (e) {
      // Without the options the token form still works (older servers, a network hiccup).
      this.set({ options: { oidc: null, tokens: true } });
      void e;
    }
    const oidc = this.options?.oidc;
    if (oidc) {
      const flow = await import('./oidc-flow.js');
      if (flow.isReturning()) {
        this.set({ checking: true, error: '' });
        try {
          const { accessToken } = await flow.finishSignIn(oidc);
          return await this.use(accessToken, false);
        } catch (e) {
          return this.set({
            checking: false,
            error: flow.isRefusal(e) ? this.host.msg.t('signin.oidc.refused') : this.host.reportError(e),
          });
        }
      }
    }
    const kept = session(() => sessionStorage.getItem(SESSION_KEY));
    if (kept && !this.person) await this.use(kept, true);
  }

  /** Leaves for the municipality's sign-in page. */
  async startOidc(redirectUri: string) {
    const oidc = this.options?.oidc;
    if (!oidc) return;
    this.set({ checking: true, error: '' });
    try {
      await (await import('./oidc-flow.js')).startSignIn(oidc, redirectUri);
    } catch (e) {
      this.set({ checking: false, error: this.host.reportError(e) });
    }
  }

  /** Checks a token against the API (who it names), then opens the desk. */
  async use(token: string, remember: boolean) {
    this.set({ checking: true, error: '' });
    try {
      const person = await getMe(this.host.client, token);
      this.token = token;
      if (remember) session(() => sessionStorage.setItem(SESSION_KEY, token));
      this.person = person;
      await this.host.signedIn();
      this.watchExpiry();
      this.set({ checking: false });
    } catch (e) {
      session(() => sessionStorage.removeItem(SESSION_KEY));
      this.token = '';
      this.person = undefined;
      const wrong = e instanceof ApiError && e.status === 401;
      this.set({ checking: false, error: wrong ? this.host.msg.t('signin.wrong') : this.host.reportError(e) });
    }
  }

  /** The token stops at its expiry: the desk signs out then, rather than failing on the next click. */
  private watchExpiry() {
    clearTimeout(this.expiry);
    const at = this.person?.expiresAt ? Date.parse(this.person.expiresAt) : NaN;
    // setTimeout holds at most ~24.8 days; a static token has no expiry at all.
    if (Number.isFinite(at))
      this.expiry = setTimeout(() => this.signOut('expired'), Math.min(at - Date.now(), 2 ** 31 - 1));
  }

  /** A 403 for a role: roles changed since sign-in. Asks again who this is; no role left signs out. */
  async rolesChanged() {
    try {
      const person = await getMe(this.host.client, this.token);
      if (!person.roles.length) return this.signOut('no-role');
      this.set({ person });
      await this.host.rescoped();
    } catch {
      this.signOut('revoked');
    }
  }

  signOut(reason?: SignOutReason) {
    clearTimeout(this.expiry);
    session(() => sessionStorage.removeItem(SESSION_KEY));
    this.token = '';
    this.person = undefined;
    this.error = reason ? this.host.msg.t(`signin.${reason}`) : '';
    this.host.signedOut(reason);
    this.host.requestUpdate();
  }
}
