import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '@buurtkit/core';
import { safeHref } from './safe-href.js';
import type { MapMessages } from './messages/nl.js';

/** The call to action: the editor's page, else the idea form on this page, else nothing. */
/**
 * A region's municipalities that cannot be reached now, above the list. Always there in a region
 * (empty and hidden while all answer), so a screen reader hears a name when it is added.
 */
/**
 * The region's members that cannot be reached now (a live region, there before anything is in
 * it), and a button to ask them again: a municipality that was down or slow a moment ago need
 * not wait for the page to be reloaded.
 */
export function renderUnreachable(
  msg: LocalizeController<MapMessages>,
  names: string[] | undefined,
  retry: () => void,
) {
  return names
    ? html`<ul class="unavailable" part="unavailable" role="status">${names.map(
        (name) => html`<li>${msg.t('region.down', name)}</li>`,
      )}</ul>${
        names.length
          ? html`<button class="button secondary retry" type="button" part="button" @click=${retry}>
              ${msg.t('region.retry')}
            </button>`
          : nothing
      }`
    : nothing;
}

export function renderCta(msg: LocalizeController<MapMessages>, ideaHref: string | undefined) {
  const href = ideaHref ? safeHref(ideaHref) : undefined;
  if (href) return html`<a class="button primary cta" part="cta" href=${href}>${msg.t('cta')}</a>`;
  const form = document.querySelector('buurt-idea-form');
  if (!form) return nothing;
  const go = () => {
    form.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    (form as HTMLElement).focus();
  };
  return html`<button class="button primary cta" part="cta" type="button" @click=${go}>${msg.t('cta')}</button>`;
}

/** On phones list and map take turns: which one shows. */
export function renderToggle(
  msg: LocalizeController<MapMessages>,
  view: 'map' | 'list',
  choose: (view: 'map' | 'list') => void,
) {
  return html`<div class="toggle" role="group" aria-label=${msg.t('view.label')}>
    ${(['map', 'list'] as const).map(
      (v) =>
        html`<button
          class="button ${view === v ? 'primary' : 'secondary'}"
          type="button"
          part="button"
          aria-pressed=${view === v ? 'true' : 'false'}
          @click=${() => choose(v)}
        >
          ${msg.t(`view.${v}`)}
        </button>`,
    )}
  </div>`;
}

/** Below this width list and map take turns, with a toggle. */
const NARROW = 640;

/**
 * Wide, list beside map; narrow (a phone), list and map take turns. Follows the element's
 * own width, not the window's: a map in a sidebar is narrow on a wide screen.
 */
export class Layout implements ReactiveController {
  narrow = false;
  view: 'map' | 'list' = 'map';
  private observer?: ResizeObserver;

  /** `changed`: the layout changed (the map redraws). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.observer = new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? 0) < NARROW;
      // Changing layout changes our size: only on a change of class, after this frame.
      if (narrow !== this.narrow) requestAnimationFrame(() => this.set({ narrow }));
    });
    this.observer.observe(this.host);
  }

  hostDisconnected() {
    this.observer?.disconnect();
  }

  /** On a phone: show the map or the list. */
  show(view: 'map' | 'list') {
    if (this.narrow) this.set({ view });
  }

  /** On a phone, which pane is hidden; none when wide. */
  get hidden(): 'map' | 'list' | undefined {
    return this.narrow ? (this.view === 'map' ? 'list' : 'map') : undefined;
  }

  private set(patch: Partial<Pick<Layout, 'narrow' | 'view'>>) {
    Object.assign(this, patch);
    this.host.requestUpdate();
    this.changed();
  }
}
