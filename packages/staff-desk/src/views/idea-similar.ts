import { html, nothing } from 'lit';
import { roundedDistance } from '@buurtkit/api/nearby';
import { findSimilarInitiatives, heading, type SimilarInitiative } from '@buurtkit/core';
import type { StaffIdea } from '../staff-api.js';
import type { DeskHost } from './desk-host.js';

/**
 * "Lijkt op": published initiatives that look like an idea (its words, theme and place, by the
 * same rule the resident saw before sending), so staff can bring people together instead of
 * starting a second initiative. Each opens in the initiatives view. An extra: a failed load
 * shows nothing.
 */
export class IdeaSimilar {
  private items: SimilarInitiative[] = [];

  constructor(
    private readonly host: DeskHost,
    private readonly open: (id: number) => void,
  ) {}

  reset() {
    this.items = [];
  }

  async load(idea: StaffIdea, signal: AbortSignal) {
    const q = {
      text: `${idea.title}\n${idea.description}`.slice(0, 2000),
      theme: idea.theme,
      location: idea.location ? { lat: idea.location.lat, lon: idea.location.lon } : undefined,
    };
    const found = await findSimilarInitiatives(this.host.client, q, { signal, attempts: 1 }).catch(() => undefined);
    if (signal.aborted || !found) return;
    // Once published, the idea's own initiative looks most like it: not a match.
    this.items = found.items.filter((i) => i.id !== idea.initiative);
    this.host.requestUpdate();
  }

  private note(item: SimilarInitiative) {
    const { msg, labels } = this.host;
    const parts = [labels.theme(item.theme)];
    if (item.distance !== null) {
      const { km, value } = roundedDistance(item.distance);
      parts.push(msg.t('idea.similar.far', !km, msg.number(value, { maximumFractionDigits: 1 })));
    }
    return parts.join(' · ');
  }

  render(level: number) {
    if (!this.items.length) return nothing;
    const { msg } = this.host;
    return html`${heading(msg.t('idea.similar'), level, { sub: true })}
      <p>${msg.t('idea.similar.intro')}</p>
      <ul class="similar" part="similar">
        ${this.items.map(
          (item) => html`<li>
            <button type="button" class="item-button" data-similar=${item.id} @click=${() => this.open(item.id)}>${
              item.title
            }</button>
            <span class="muted">${this.note(item)}</span>
          </li>`,
        )}
      </ul>`;
  }
}
