import { fixture } from '@open-wc/testing';
import '@buurtkit/core/define';
import '@buurtkit/phase-tracker/define';
import '@buurtkit/contact-finder/define';
import '@buurtkit/idea-form/define';
import '@buurtkit/initiative-map/define';
// @ts-expect-error served by the test runner
import { API, GEOCODER, TILES } from '/__buurtkit/env.js';

export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Each resident widget as a page places it, and what shows it has rendered its content. */
export const WIDGETS = [
  ['buurt-phase-tracker', 'initiative="1"', 'ol.phases'],
  ['buurt-contact-finder', 'municipality="GM0034"', '#postcode'],
  ['buurt-idea-form', `map-tiles="${TILES}"`, '#title'],
  ['buurt-initiative-map', `tiles="${TILES}" center="52.37,5.22" zoom="12"`, '.item'],
] as const;

/**
 * Places a widget on a page (in a `<div>` with this language and class) against the test API,
 * and waits until it shows its content (or `ready`, e.g. its error).
 */
export async function placeWidget(
  [tag, attributes, shows]: (typeof WIDGETS)[number],
  o: { lang?: string; className?: string; api?: string; ready?: string } = {},
) {
  // A new visitor: no draft of another suite's to offer first.
  if (tag === 'buurt-idea-form') {
    localStorage.clear();
    sessionStorage.clear();
  }
  const page = await fixture<HTMLDivElement>(
    `<div lang="${o.lang ?? 'nl'}" class="${o.className ?? ''}"><${tag} api="${o.api ?? API}" geocoder="${GEOCODER}"
      ${attributes}></${tag}></div>`,
  );
  const el = page.firstElementChild as Widget;
  const ready = o.ready ?? shows;
  for (let i = 0; i < 400 && !el.shadowRoot?.querySelector(ready); i++) await new Promise((r) => setTimeout(r, 25));
  if (!el.shadowRoot?.querySelector(ready)) throw new Error(`<${tag}> did not show ${ready} within 10 s`);
  await el.updateComplete;
  return { page, el };
}
