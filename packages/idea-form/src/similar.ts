import { roundedDistance } from '@buurtkit/api/nearby';
import {
  findSimilarInitiatives,
  Latest,
  LocalizeController,
  type ApiClient,
  type CoreMessages,
  type SimilarInitiative,
} from '@buurtkit/core';
import type { IdeaFields } from './draft.js';
import { BuurtInitiativeJoinEvent } from './events.js';
import type { ViewKit } from './by-mail.js';
import type { FormHost } from './form-host.js';
import { similarCatalogue } from './messages/similar/catalogue.js';

/** The form, as this part uses it: its API's address (for the tracker), numbers, heading level. */
export type SimilarHost = FormHost & {
  readonly apiUrl: string | undefined;
  /** A static folder (the tracker then reads it as one). */
  readonly isStatic: boolean;
  readonly core: LocalizeController<CoreMessages>;
  readonly headingLevel: number;
};

export type SimilarHooks = { client(): ApiClient; kit: ViewKit & { tracker(): Promise<unknown> } };

/** What is asked: the idea's words, its theme and place. Asked again only when one of them changed. */
const question = (f: IdeaFields) => ({
  text: `${f.title}\n${f.description}`.trim().slice(0, 2000),
  theme: f.theme || undefined,
  location: f.location ? { lat: f.location.lat, lon: f.location.lon } : undefined,
});

/**
 * "Lijkt jouw idee op een van deze initiatieven?": on the review step, the published
 * initiatives that look like the idea (same words, theme, place), each with "Doe mee met dit
 * initiatief". Joining shows that initiative's tracker in the form (where residents back it,
 * offer help or follow it) unless the page cancels `buurt-initiative-join` and shows it
 * itself. It never blocks sending and never touches the draft; a failed load shows nothing,
 * as it is an extra. A chunk of its own, loaded when a resident first reaches the review.
 */
export class SimilarIdeas {
  private readonly msg: LocalizeController<typeof similarCatalogue.nl>;
  private readonly loads: Latest;
  private items: SimilarInitiative[] = [];
  private asked = '';
  /** Said once the answer is in, in the region that was there before it (so it is announced). */
  private said = '';
  /** The one the resident chose to join, shown with its tracker. */
  joined?: SimilarInitiative;

  constructor(
    private readonly host: SimilarHost,
    private readonly hooks: SimilarHooks,
  ) {
    this.msg = new LocalizeController(host, similarCatalogue);
    this.loads = new Latest(host);
  }

  /** On reaching the review: ask, unless the same idea was asked already. */
  load(fields: IdeaFields) {
    const q = question(fields);
    const key = JSON.stringify(q);
    if (key === this.asked || !q.text) return;
    this.asked = key;
    this.joined = undefined;
    const signal = this.loads.next();
    findSimilarInitiatives(this.hooks.client(), q, { signal, attempts: 1 }).then(
      (found) => {
        if (signal.aborted) return;
        this.items = found.items;
        this.said = found.items.length ? this.msg.t('count', found.items.length) : '';
        this.host.requestUpdate();
      },
      () => {
        // An extra: a backend without it, or one that failed, leaves the review as it was.
        if (signal.aborted) return;
        this.asked = '';
        this.items = [];
        this.said = '';
        this.host.requestUpdate();
      },
    );
  }

  private async focus(selector: string) {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private join(item: SimilarInitiative) {
    const event = new BuurtInitiativeJoinEvent({ id: item.id, title: item.title });
    if (!this.host.dispatchEvent(event)) return;
    this.joined = item;
    void this.hooks.kit.tracker();
    void this.focus('#similar-joined');
  }

  private back() {
    const id = this.joined?.id;
    this.joined = undefined;
    void this.focus(`[aria-describedby="similar-${id}"]`);
  }

  /** "350 m van jouw plek · hetzelfde thema". */
  private note(item: SimilarInitiative) {
    const { core } = this.host;
    const parts: string[] = [];
    if (item.distance !== null) {
      const { km, value } = roundedDistance(item.distance);
      parts.push(this.msg.t('far', !km, core.number(value, { maximumFractionDigits: 1 })));
    }
    if (item.sameTheme) parts.push(this.msg.t('theme'));
    return parts.join(' · ');
  }

  render() {
    const { html, heading } = this.hooks.kit;
    const { msg } = this;
    const level = this.host.headingLevel + 1;
    const status = html`<p class="visually-hidden" role="status">${this.said}</p>`;
    const joined = this.joined;
    if (joined) {
      return html`<section class="similar joined" part="similar">
        ${status}
        <div id="similar-joined" tabindex="-1">${heading(msg.t('join.heading', joined.title), level)}</div>
        <p>${msg.t('join.intro')}</p>
        <buurt-phase-tracker
          initiative=${joined.id}
          layout="compact"
          .api=${this.host.apiUrl}
          ?static=${this.host.isStatic}
          heading-level=${level + 1}
        ></buurt-phase-tracker>
        <p>${msg.t('join.kept')}</p>
        <button class="button secondary" type="button" part="button similar-back" @click=${() => this.back()}>
          ${msg.t('back')}
        </button>
      </section>`;
    }
    if (!this.items.length) return status;
    return html`<section class="similar" part="similar" aria-labelledby="similar-heading">
      ${status}
      <div tabindex="-1">${heading(msg.t('heading'), level, { id: 'similar-heading' })}</div>
      <p>${msg.t('intro')}</p>
      <ul>
        ${this.items.map(
          (item) => html`<li>
            <p class="similar-title" id="similar-${item.id}">${item.title}</p>
            <p class="hint">${this.note(item)}</p>
            <p>${item.summary}</p>
            <p>
              <button
                class="button secondary"
                type="button"
                part="button similar-join"
                aria-describedby="similar-${item.id}"
                @click=${() => this.join(item)}
              >
                ${msg.t('join')}
              </button>
            </p>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}
