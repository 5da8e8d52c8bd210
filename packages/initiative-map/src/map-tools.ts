import { html, nothing } from 'lit';
import type { LocalizeController } from '@buurtkit/core';
import { safeHref } from './initiative-detail.js';
import type { MapMessages } from './messages/nl.js';

/** The call to action: the editor's page, else the idea form on this page, else nothing. */
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
export function renderToggle(msg: LocalizeController<MapMessages>, view: 'map' | 'list', choose: (view: 'map' | 'list') => void) {
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
