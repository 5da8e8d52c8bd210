import { html, nothing, svg } from 'lit';
import { heading } from '@buurtkit/core';
import { selectField } from '../fields.js';
import { getSupport, setOfferStatus, setOffersDirect, type StaffOffer, type StaffSupport } from '../staff-api.js';
import type { DeskHost } from './desk-host.js';

/** What the support part needs of the initiative view it sits in. */
export interface SupportOwner {
  readonly host: DeskHost;
  failed(error: unknown): void;
  changed(): void;
}

const STATUSES = ['new', 'forwarded', 'done'] as const;
/** Days the chart shows: the last weeks are what a phase decision needs. */
const CHART_DAYS = 60;

/**
 * Draagvlak of one initiative at the desk: how many back it, growing over time (a chart
 * with its table twin) and per buurt, and the offers of help with where they went and
 * their status. Offers hold a helper's details: shown to staff, never anywhere public.
 */
export class InitiativeSupport {
  support?: StaffSupport;
  private id?: number;

  constructor(private readonly owner: SupportOwner) {}

  reset() {
    this.support = undefined;
    this.id = undefined;
  }

  async load(id: number, signal?: AbortSignal) {
    const { client, staffToken } = this.owner.host;
    this.id = id;
    const found = await getSupport(client, staffToken, id, { signal }).catch((e: unknown) => {
      if (!signal?.aborted) this.owner.failed(e);
      return undefined;
    });
    if (!found || this.id !== id) return;
    this.support = found;
    this.owner.changed();
  }

  /** One line for beside the phase move: the figure that decision needs. */
  summary() {
    const s = this.support;
    if (!s) return nothing;
    const { msg } = this.owner.host;
    return html`<p class="support-summary"><strong>${msg.t('support.count', s.backing.count)}</strong>${
      s.offers.length ? `, ${msg.t('offers.count', s.offers.length)}` : ''
    }</p>`;
  }

  private async direct(enabled: boolean) {
    const { host } = this.owner;
    try {
      this.support = await setOffersDirect(host.client, host.staffToken, this.id!, enabled);
      host.announce(host.msg.t(enabled ? 'offers.direct.on' : 'offers.direct.off'));
    } catch (e) {
      this.owner.failed(e);
    }
    this.owner.changed();
  }

  private async status(offer: StaffOffer, status: (typeof STATUSES)[number]) {
    const { host } = this.owner;
    try {
      const saved = await setOfferStatus(host.client, host.staffToken, offer.id, status);
      this.support = { ...this.support!, offers: this.support!.offers.map((o) => (o.id === saved.id ? saved : o)) };
      host.announce(host.msg.t('offer.saved', host.msg.t(`offer.status.${status}`)));
    } catch (e) {
      this.owner.failed(e);
    }
    this.owner.changed();
  }

  render(level: number) {
    const s = this.support;
    if (!s) return nothing;
    const { msg } = this.owner.host;
    const b = s.backing;
    return html`<section class="support" aria-labelledby="support-heading">
      ${heading(msg.t('support.heading'), level, { sub: true, id: 'support-heading' })}
      <p><strong>${msg.t('support.count', b.count)}</strong></p>
      ${s.perDay.length ? this.chart(s) : nothing}
      ${
        b.count
          ? html`<table class="figures support-areas">
        <caption>${msg.t('support.areas')}</caption>
        <thead><tr><th scope="col">${msg.t('support.area')}</th><th
          scope="col">${msg.t('support.number')}</th></tr></thead>
        <tbody>${b.areas.map((a) => html`<tr><th scope="row">${a.name}</th><td>${a.count}</td></tr>`)}${
          b.elsewhere
            ? html`<tr><th scope="row">${msg.t('support.elsewhere')}</th><td>${b.elsewhere}</td></tr>`
            : nothing
        }</tbody>
      </table>`
          : nothing
      }
      ${heading(msg.t('offers.heading'), level + 1, { sub: true })}
      <label class="check"><input type="checkbox" id="offers-direct" .checked=${s.offersDirect}
        @change=${(e: Event) => void this.direct((e.target as HTMLInputElement).checked)} />${msg.t(
          'offers.direct',
        )}</label>
      <p class="muted">${msg.t('offers.direct.hint')}</p>
      ${
        s.offers.length
          ? html`<ul class="offers">${s.offers.map((o) => this.offer(o))}</ul>`
          : html`<p>${msg.t('offers.none')}</p>`
      }
    </section>`;
  }

  private offer(o: StaffOffer) {
    const { msg, labels, core } = this.owner.host;
    const kinds = o.kinds.map((k) => msg.t(`offer.kind.${k}` as 'offer.kind.time')).join(', ');
    return html`<li class="offer">
      <p><strong>${o.name ?? msg.t('offer.erased')}</strong> · ${kinds} · ${labels.date(o.confirmed, true)}</p>
      ${o.message ? html`<p class="message">${o.message}</p>` : nothing}
      <p>${
        o.email ? html`<a href=${`mailto:${encodeURIComponent(o.email)}`}>${o.email}</a>` : nothing
      }${o.phone ? html` · <a href=${`tel:${o.phone.replace(/[^\d+]/g, '')}`}>${o.phone}</a>` : nothing}</p>
      <p class="muted">${msg.t(o.forwardedTo === 'initiator' ? 'offer.to.initiator' : 'offer.to.contact')}</p>
      ${selectField({
        id: `offer-status-${o.id}`,
        label: msg.t('offer.status'),
        value: o.status,
        errorPrefix: core.t('field.error-prefix'),
        options: STATUSES.map((st) => ({ value: st, label: msg.t(`offer.status.${st}`) })),
        onChange: (v) => void this.status(o, v as (typeof STATUSES)[number]),
      })}
    </li>`;
  }

  /** Backers confirmed per day, as bars; the table beside it says the same in words. */
  private chart(s: StaffSupport) {
    const { msg, labels } = this.owner.host;
    const days = s.perDay.slice(-CHART_DAYS);
    const max = Math.max(1, ...days.map((d) => d.count));
    const width = 600;
    const height = 120;
    const step = width / Math.max(days.length, 1);
    return html`<figure class="chart" part="chart">
        <svg viewBox="0 0 ${width} ${height + 4}" role="img" aria-labelledby="support-chart-caption">
          ${days.map(
            (d, i) =>
              svg`<rect class="bar-received" x=${i * step + 1} width=${Math.max(1, step - 2)}
                y=${height - (d.count / max) * height} height=${(d.count / max) * height}></rect>`,
          )}
        </svg>
        <figcaption id="support-chart-caption">${msg.t('support.chart', days.length)}</figcaption>
      </figure>
      <table class="figures support-days">
        <caption>${msg.t('support.per-day')}</caption>
        <thead><tr><th scope="col">${msg.t('support.day')}</th><th
          scope="col">${msg.t('support.number')}</th></tr></thead>
        <tbody>${days.map((d) => html`<tr><th scope="row">${labels.date(d.day)}</th><td>${d.count}</td></tr>`)}</tbody>
      </table>`;
  }
}
