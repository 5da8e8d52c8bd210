import { html, nothing } from 'lit';
import {
  button,
  isAbort,
  emptyState,
  getInitiative,
  heading,
  listInitiatives,
  skeleton,
  textField,
  type InitiativeDetail,
} from '@buurtkit/core';
import { BuurtPhaseChangeEvent } from '../events.js';
import { FormState, focusAfterRender, selectField } from '../fields.js';
import { getAudit, movePhase, type AuditEntry } from '../staff-api.js';
import { DeskView, type DeskHost } from './desk-host.js';
import { InitiativeSupport } from './initiative-support.js';

type Row = { id: number; title: string; phase: string; phaseModel: string; theme: string };

/**
 * Published initiatives: find one, see its public history, and move it to another phase
 * with a note residents read in the phase tracker and on the map.
 */
export class InitiativesView extends DeskView {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  rows: Row[] = [];
  total = 0;
  q = '';
  error = '';
  detail?: InitiativeDetail;
  detailStatus: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  form?: FormState<{ phase: string; note: string }>;
  done = '';
  audit: AuditEntry[] = [];
  private searchTimer?: number;
  /** Backing and offers of help: the figure beside the phase move, and its own section. */
  private readonly support = new InitiativeSupport({
    host: this.host,
    failed: (e) => (this.done = this.host.failed(e)),
    changed: () => this.changed(),
  });

  /** `show`: brings this view to the front (the desk's navigation). */
  constructor(
    host: DeskHost,
    private readonly show: () => void,
  ) {
    super(host);
  }

  reset() {
    Object.assign(this, { status: 'idle', rows: [], q: '', detail: undefined, detailStatus: 'idle', done: '' });
  }

  enter() {
    if (this.detailStatus === 'idle') void this.load();
  }

  async load() {
    if (this.status !== 'ready') this.status = 'loading';
    this.changed();
    try {
      const found = await listInitiatives(
        this.host.client,
        { q: this.q.trim() || undefined, limit: 50 },
        { signal: this.loads.next() },
      );
      this.rows = found.features.map((f) => ({ ...f.properties, id: f.id }) as Row);
      this.total = found.total;
      this.status = 'ready';
      this.host.announce(this.host.msg.t('initiatives.count', this.total));
    } catch (e) {
      if (isAbort(e)) return;
      this.error = this.host.failed(e);
      this.status = 'error';
    }
    this.changed();
  }

  /** From an idea just published: straight to its initiative. */
  openFromIdea(id: number) {
    this.show();
    void this.open(id);
  }

  async open(id: number) {
    this.detailStatus = 'loading';
    this.done = '';
    this.changed();
    try {
      this.detail = await getInitiative(this.host.client, id);
      void this.loadAudit(id);
      this.support.reset();
      void this.support.load(id, this.loads.next());
      this.form = new FormState({ phase: this.nextPhase(this.detail), note: '' }, () => this.changed());
      this.detailStatus = 'ready';
      focusAfterRender(this.host, '#initiative-heading');
    } catch (e) {
      this.error = this.host.failed(e);
      this.detailStatus = 'error';
    }
    this.changed();
  }

  /** Who moved this initiative, and when: the staff side of its public history. */
  private async loadAudit(id: number) {
    this.audit = [];
    const found = await getAudit(this.host.client, this.host.staffToken, `initiative:${id}`).catch(() => undefined);
    if (found && this.detail?.id === id) this.audit = found.items;
    this.changed();
  }

  back() {
    const id = this.detail?.id;
    this.detail = undefined;
    this.detailStatus = 'idle';
    this.changed();
    if (this.status === 'idle') void this.load();
    focusAfterRender(this.host, `[data-initiative="${id}"]`);
  }

  private phasesOf(d: InitiativeDetail) {
    return this.host.reference.phaseModels.find((m) => m.key === d.phaseModel)?.phases ?? [];
  }

  private nextPhase(d: InitiativeDetail) {
    const phases = this.phasesOf(d);
    const at = phases.findIndex((p) => p.key === d.phase);
    return (phases[at + 1] ?? phases.find((p) => p.key !== d.phase))?.key ?? '';
  }

  private async submit(e: Event) {
    e.preventDefault();
    const { msg } = this.host;
    const form = this.form!;
    const d = this.detail!;
    if (
      !form.check({
        phase: (v) => (!v ? msg.t('move.phase.required') : v === d.phase ? msg.t('move.phase.same') : ''),
        note: (v) => (v.length > 2000 ? msg.t('form.too-long', 2000) : ''),
      })
    )
      return focusAfterRender(this.host, '.error-summary');
    await form.send(
      this.host,
      async () => {
        const moved = await movePhase(
          this.host.client,
          this.host.staffToken,
          d.id,
          form.values.phase,
          form.values.note.trim(),
        );
        this.host.dispatchEvent(new BuurtPhaseChangeEvent({ initiative: d.id, phase: moved.phase }));
        this.detail = { ...d, ...moved };
        this.rows = this.rows.map((r) => (r.id === d.id ? { ...r, phase: moved.phase } : r));
        this.form = new FormState({ phase: this.nextPhase(this.detail), note: '' }, () => this.changed());
        this.done = msg.t('move.done', this.host.labels.phase(d.phaseModel, moved.phase));
        void this.loadAudit(d.id);
        this.host.announce(this.done);
      },
      { failed: (e) => this.host.failed(e), conflict: msg.t('move.conflict') },
    );
  }

  private auditText(d: InitiativeDetail, a: AuditEntry) {
    const { from, to } = a.details as { from?: string; to?: string };
    return a.action === 'initiative.phase' && from && to
      ? this.host.msg.t(
          'audit.initiative.phase',
          this.host.labels.phase(d.phaseModel, from),
          this.host.labels.phase(d.phaseModel, to),
        )
      : a.action;
  }

  render() {
    if (this.detailStatus !== 'idle') return this.renderDetail();
    const { msg } = this.host;
    const search = (value: string) => {
      this.q = value;
      clearTimeout(this.searchTimer);
      this.searchTimer = window.setTimeout(() => void this.load(), 250);
    };
    return html`${heading(msg.t('initiatives.heading'), this.host.level + 1)}
      <form role="search" class="search" @submit=${(e: Event) => {
        e.preventDefault();
        void this.load();
      }}>
        ${textField({
          id: 'initiatives-q',
          label: msg.t('initiatives.search'),
          type: 'search',
          value: this.q,
          onInput: search,
        })}
      </form>
      ${this.status === 'loading' && !this.rows.length ? skeleton(this.host.core.t('loading')) : nothing}
      ${this.status === 'error' ? this.host.errorView(this.error, () => void this.load()) : nothing}
      ${this.status === 'ready' && !this.rows.length ? emptyState(msg.t('initiatives.empty')) : nothing}
      ${
        this.rows.length
          ? html`<p class="count">${msg.t('initiatives.count', this.total)}</p>
        <ul class="items" part="list">${this.rows.map(
          (r) => html`<li class="item">
          <button type="button" class="item-button" data-initiative=${r.id} @click=${() => void this.open(r.id)}><span
            class="item-title">${r.title}</span></button>
          <p class="meta"><span>${this.host.labels.phase(
            r.phaseModel,
            r.phase,
          )}</span><span>${this.host.labels.theme(r.theme)}</span></p>
        </li>`,
        )}</ul>`
          : nothing
      }`;
  }

  private renderDetail() {
    const { msg, core } = this.host;
    const back = button({
      label: msg.t('back.initiatives'),
      variant: 'secondary',
      onClick: () => this.back(),
      part: 'button',
    });
    if (this.detailStatus === 'loading') return html`${back}${skeleton(core.t('loading'))}`;
    if (this.detailStatus === 'error' || !this.detail) return html`${back}${this.host.errorView(this.error)}`;
    const d = this.detail;
    const level = this.host.level + 1;
    const form = this.form!;
    const errors = form.summary('move');
    const prefix = core.t('field.error-prefix');
    return html`<article class="detail" part="detail">
      ${back}
      <div role="heading" aria-level=${level} id="initiative-heading" tabindex="-1">${d.title}</div>
      <p class="meta"><span>${msg.t(
        'initiative.phase',
        this.host.labels.phase(d.phaseModel, d.phase),
      )}</span><span>${msg.t('initiative.since', this.host.labels.date(d.phaseSince))}</span></p>
      ${this.done ? html`<p class="done">${this.done}</p>` : nothing}
      <form class="move" novalidate @submit=${(e: Event) => void this.submit(e)}>
        ${heading(msg.t('move.heading'), level, { sub: true })}
        ${this.support.summary()}
        ${this.formFeedback(form, errors, level + 2)}
        ${selectField({
          id: 'move-phase',
          label: msg.t('move.phase'),
          value: form.values.phase,
          onChange: (v) => form.set('phase', v),
          error: form.errors.phase,
          errorPrefix: prefix,
          options: this.phasesOf(d).map((p) => ({
            value: p.key,
            label:
              p.key === d.phase
                ? msg.t('move.phase.current', this.host.labels.text(p.label))
                : this.host.labels.text(p.label),
          })),
        })}
        ${textField({
          id: 'move-note',
          label: msg.t('move.note'),
          hint: msg.t('move.note.hint'),
          value: form.values.note,
          multiline: true,
          optionalText: core.t('field.optional'),
          onInput: (v) => form.set('note', v),
          error: form.errors.note,
          errorPrefix: prefix,
        })}
        <div class="actions">${button({
          label: form.busy ? msg.t('busy') : msg.t('move.submit'),
          type: 'submit',
          disabled: form.busy,
          part: 'button',
        })}</div>
      </form>
      ${this.support.render(level)}
      ${heading(msg.t('initiative.history'), level, { sub: true })}
      <ol class="history">${[...d.history].reverse().map(
        (h) => html`<li>
        <strong>${this.host.labels.phase(d.phaseModel, h.phase)}</strong> · ${this.host.labels.date(h.since)}${
          h.until ? ` – ${this.host.labels.date(h.until)}` : ''
        }
        ${h.note ? html`<p>${h.note}</p>` : nothing}
      </li>`,
      )}</ol>
      ${
        this.audit.length
          ? html`${heading(msg.t('audit.initiative.heading'), level, { sub: true })}
        <ul class="audit">${this.audit.map(
          (a) =>
            html`<li>${msg.t('audit.entry', this.host.labels.date(a.at, true), a.actor, this.auditText(d, a))}</li>`,
        )}</ul>`
          : nothing
      }
    </article>`;
  }
}
