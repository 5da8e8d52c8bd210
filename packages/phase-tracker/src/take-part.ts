import { html, nothing, type TemplateResult } from 'lit';
import { button, type Backing } from '@buurtkit/core';
import type { SupportHost } from './support-forms.js';

type Kind = 'back' | 'offer' | 'follow';
const KINDS: Kind[] = ['back', 'offer', 'follow'];
/** Buurten named in the full layout; the compact one names the first (the initiative's own). */
const AREAS_SHOWN = 5;

/**
 * Taking part in a published initiative: how many back it and from where, and three ways
 * in (back it, offer help, follow it). Each form is a chunk of its own, loaded when the
 * resident opens it, so the tracker's first load stays small; one form is open at a time.
 */
export class TakePart {
  private open?: { kind: Kind; id: number; form: { first: string; render(): TemplateResult } };

  constructor(private readonly host: SupportHost) {}

  /** `actions` false: the backing only (a static folder cannot take anything in). */
  render(id: number, backing: Backing | undefined, compact: boolean, actions = true) {
    if (!actions) return this.renderBacking(backing, compact);
    const open = this.open?.id === id ? this.open : undefined;
    return html`${this.renderBacking(backing, compact)}
      <div class="actions">${KINDS.filter((k) => k !== open?.kind).map((kind) =>
        button({
          label: this.host.msg.t(`${kind}.open`),
          variant: kind === 'back' ? 'primary' : 'secondary',
          part: `button ${kind}`,
          onClick: () => void this.show(kind, id),
        }),
      )}</div>
      ${open ? open.form.render() : nothing}`;
  }

  private renderBacking(b: Backing | undefined, compact: boolean) {
    // Another municipality's backend may not count backers: then there is nothing to show.
    if (!b?.count) return nothing;
    const t = this.host.msg;
    const spread = [
      ...b.areas.slice(0, compact ? 1 : AREAS_SHOWN).map((a) => t.t('backing.from', a.count, a.name)),
      ...(!compact && b.elsewhere ? [t.t('backing.elsewhere', b.elsewhere)] : []),
    ];
    return html`<p class="backing" part="backing"><strong>${t.t('backing.count', b.count)}</strong>${
      spread.length ? `, ${spread.join(', ')}` : ''
    }.</p>${!compact && b.names.length ? html`<p>${t.t('backing.names', b.names.join(', '))}</p>` : nothing}`;
  }

  private async show(kind: Kind, id: number) {
    const forms = await import('./forms.js');
    const form = new forms[kind === 'follow' ? 'FollowForm' : kind === 'back' ? 'BackForm' : 'OfferForm'](
      this.host,
      id,
    );
    if ('ready' in form) await form.ready();
    this.open = { kind, id, form };
    this.host.requestUpdate();
    this.host.focusAfterRender(form.first);
  }
}
