import type { ReactiveController, ReactiveControllerHost } from 'lit';

const HASH = /^#initiatief-(\d{1,15})$/;

export interface DeepLinkOptions {
  /** The `deep-link` attribute: without it the address is left alone. */
  enabled(): boolean;
  selected(): number | undefined;
  open(id: number): void;
  /** Closes the detail because the address changed (Back). */
  close(): void;
}

/**
 * An opened initiative gets a shareable address (`#initiatief-12`), and Back closes it:
 * the address follows the detail, and the detail follows the address.
 */
export class DeepLink implements ReactiveController {
  /** We pushed the entry we are on: closing goes back instead of replacing. */
  private pushed = false;
  private readonly follow = () => this.followHash();

  constructor(
    host: ReactiveControllerHost,
    private readonly o: DeepLinkOptions,
  ) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('popstate', this.follow);
    window.addEventListener('hashchange', this.follow);
  }

  hostDisconnected() {
    window.removeEventListener('popstate', this.follow);
    window.removeEventListener('hashchange', this.follow);
  }

  /** Opens what the address names (at start, and when it changes). */
  followHash() {
    if (!this.o.enabled()) return;
    const match = HASH.exec(location.hash);
    if (match && Number(match[1]) !== this.o.selected()) this.o.open(Number(match[1]));
    else if (!match && this.o.selected() !== undefined) this.o.close();
  }

  /** An initiative was opened: its address becomes a new history entry. */
  opened(id: number) {
    if (!this.o.enabled() || location.hash === `#initiatief-${id}`) return;
    history.pushState(history.state, '', `#initiatief-${id}`);
    this.pushed = true;
  }

  /** The detail was closed in the widget (not by Back): the address drops the initiative. */
  closed(fromHistory: boolean) {
    if (this.o.enabled() && !fromHistory && HASH.test(location.hash)) {
      if (this.pushed) history.back();
      else history.replaceState(history.state, '', location.pathname + location.search);
    }
    this.pushed = false;
  }
}
