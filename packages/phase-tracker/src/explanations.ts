import { html, type TemplateResult } from 'lit';
import type { LocalizedText } from '@buurtkit/api/locales';
import type { LocalizeController, PhaseModel } from '@buurtkit/core';
import type { TrackerMessages } from './messages/nl.js';

/** What the explanations need of the tracker: its texts, headings and which phases are open. */
export type ExplanationHost = {
  msg: LocalizeController<TrackerMessages>;
  localized(value: LocalizedText | undefined): string;
  heading(text: string): TemplateResult;
  isOpen(phase: string): boolean;
  toggle(phase: string): void;
};

/**
 * Per phase, what happens, what to expect (with the municipality's deadline, when its
 * participatieverordening sets one) and what is expected of the resident: open on request,
 * or all open when explaining the process without an initiative.
 */
export function explanations(host: ExplanationHost, model: PhaseModel, explain: boolean) {
  return html`${model.phases.map((p) => {
    const id = `details-${p.key}`;
    const open = explain || host.isOpen(p.key);
    const body = html`<dl class="details" id=${id}>
      <dt>${host.msg.t('details.what')}</dt><dd>${host.localized(p.description)}</dd>
      <dt>${host.msg.t('details.municipality')}</dt><dd>${host.localized(p.municipality)}</dd>
      ${
        p.deadlineDays
          ? html`<dt>${host.msg.t('details.deadline')}</dt>
              <dd>${host.msg.t('details.deadline.days', p.deadlineDays)}</dd>`
          : ''
      }
      <dt>${host.msg.t('details.resident')}</dt><dd>${host.localized(p.resident)}</dd>
    </dl>`;
    if (explain) return html`${host.heading(host.localized(p.label))}${body}`;
    return html`<button class="disclosure" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id}
        @click=${() => host.toggle(p.key)}>
        ${host.msg.t('details.show', host.localized(p.label))}
      </button>
      ${open ? body : html`<div id=${id} hidden></div>`}`;
  })}`;
}
