import { html, nothing } from 'lit';
import { heading, type InitiativeDetail } from '@buurtkit/core';
import type { BuurtNearbySelectEvent } from '@buurtkit/phase-tracker';
import { safeHref } from './safe-href.js';

export interface DetailView {
  detail: InitiativeDetail;
  /** Where the phase tracker inside reads it: its own API (in a region, its municipality's) and id there. */
  source: { api: string; static: boolean; id: number; municipality?: string };
  /** The geocoder and language, handed to the phase tracker inside (its back form finds a buurt). */
  geocoder: string | undefined;
  lang: string;
  headingLevel: number;
  themeLabel: string;
  roleLabel: (role: string) => string;
  supportLabel: (kind: string) => string;
  supporters: string;
  labels: { close: string; theme: string; support: string; contact: string; links: string; municipality: string };
  onClose: () => void;
  /** An initiative chosen under the tracker's "In de buurt": the map opens it. */
  onNearby: (id: number) => void;
}

/**
 * One initiative inside the widget: what it is, where it stands (the compact phase
 * tracker), what it asks, and who at the municipality to contact. Resident text is bound
 * as text, never as markup.
 */
export function initiativeDetail(v: DetailView) {
  const d = v.detail;
  const sub = (text: string) => heading(text, v.headingLevel, { sub: true });
  return html`<article class="detail" part="detail" aria-labelledby="detail-title">
    <button class="button secondary back" type="button" part="button close"
      @click=${v.onClose}>${v.labels.close}</button>
    ${heading(d.title, v.headingLevel, { id: 'detail-title', focusable: true })}
    <p class="summary">${d.summary}</p>
    ${
      v.source.municipality ? html`<p><strong>${v.labels.municipality}:</strong> ${v.source.municipality}</p>` : nothing
    }
    <p><strong>${v.labels.theme}:</strong> ${v.themeLabel}</p>
    <buurt-phase-tracker layout="compact" api=${v.source.api} ?static=${v.source.static}
      geocoder=${v.geocoder ?? nothing} lang=${v.lang}
      initiative=${v.source.id}
      heading-level=${v.headingLevel + 1} part="tracker"
      @buurt-nearby-select=${(e: BuurtNearbySelectEvent) => {
        // The map opens it (and tells the page with its own select event), not the tracker.
        e.preventDefault();
        e.stopPropagation();
        v.onNearby(e.detail.id);
      }}></buurt-phase-tracker>
    ${
      d.support.length
        ? html`${sub(v.labels.support)}<ul
          class="support">${d.support.map((s) => html`<li>${v.supportLabel(s)}</li>`)}</ul>`
        : nothing
    }
    <p>${v.supporters}</p>
    ${d.contact ? html`${sub(v.labels.contact)}<p>${d.contact.name}, ${v.roleLabel(d.contact.role)}</p>` : nothing}
    ${
      d.links.length
        ? html`${sub(v.labels.links)}<ul>${d.links.map((l) => {
            const href = safeHref(l.url);
            return html`<li>${
              href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${l.label}</a>` : l.label
            }</li>`;
          })}</ul>`
        : nothing
    }
  </article>`;
}
