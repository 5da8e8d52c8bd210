import type { html as litHtml, nothing as litNothing, ReactiveControllerHost, TemplateResult } from 'lit';
import {
  listNearbyInitiatives,
  LocalizeController,
  type ApiClient,
  type button as coreButton,
  type CoreMessages,
  type NearbyInitiative,
} from '@buurtkit/core';
import { roundedDistance } from '@buurtkit/api/nearby';
import { BuurtNearbySelectEvent } from './events.js';
import { nearbyCatalogue } from './messages/nearby/catalogue.js';

export type NearbyHost = ReactiveControllerHost &
  HTMLElement & {
    core: LocalizeController<CoreMessages>;
    readonly renderRoot: HTMLElement | DocumentFragment;
  };

/**
 * Lit, handed over by the tracker: a lazy chunk that imports it makes the bundler split Lit out
 * of `buurtkit.js` into a file of its own (see `ViewKit` of the idea form).
 */
export type LitKit = { html: typeof litHtml; nothing: typeof litNothing; button: typeof coreButton };

/**
 * "In de buurt": published initiatives the people of this one might team up with (same buurt,
 * or same theme close by), each with how far and why. Loaded after the tracker shows; a
 * backend without it, or a failed load, shows no section and no error: it is an extra.
 */
export class NearbyList {
  private items: NearbyInitiative[] = [];
  private readonly msg: LocalizeController<typeof nearbyCatalogue.nl>;
  /** One was chosen here: when it shows, its title takes focus (the list the resident was in is gone). */
  private picked = false;

  /** `show`: the tracker shows that one, unless its page cancelled the event (the map opens it itself). */
  constructor(
    private readonly host: NearbyHost,
    private readonly show: (id: number) => void,
    private readonly lit: LitKit,
  ) {
    this.msg = new LocalizeController(host, nearbyCatalogue);
  }

  private pick(id: number) {
    if (!this.host.dispatchEvent(new BuurtNearbySelectEvent(id))) return;
    this.picked = true;
    this.show(id);
  }

  /** After the tracker loaded an initiative: its neighbours. */
  load(client: ApiClient, id: number, signal: AbortSignal) {
    this.items = [];
    if (this.picked) {
      this.picked = false;
      void this.host.updateComplete.then(() =>
        this.host.renderRoot.querySelector<HTMLElement>('#tracker-title')?.focus(),
      );
    }
    listNearbyInitiatives(client, id, { signal, attempts: 1 }).then(
      (found) => {
        if (signal.aborted) return;
        this.items = found.items;
        this.host.requestUpdate();
      },
      () => undefined,
    );
  }

  /** 350 m, 1,2 km, then why: the same buurt, the same theme. */
  private note(n: NearbyInitiative) {
    const { core } = this.host;
    const { msg } = this;
    const { km, value } = roundedDistance(n.distance);
    const far = msg.t('far', !km, core.number(value, { maximumFractionDigits: 1 }));
    return [far, ...(n.sameBuurt ? [msg.t('buurt')] : []), ...(n.sameTheme ? [msg.t('theme')] : [])].join(' · ');
  }

  render(heading: (text: string) => TemplateResult) {
    const { html, nothing, button } = this.lit;
    if (!this.items.length) return nothing;
    return html`${heading(this.msg.t('heading'))}
      <ul class="nearby" part="nearby">
        ${this.items.map(
          (n) => html`<li>
            ${button({ label: n.title, variant: 'secondary', part: 'nearby-item', onClick: () => this.pick(n.id) })}
            ${this.note(n)}
          </li>`,
        )}
      </ul>`;
  }
}
