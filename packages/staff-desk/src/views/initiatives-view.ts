import { html, nothing } from 'lit';
import { button, emptyState, errorSummary, getInitiative, heading, listInitiatives, skeleton, textField, type InitiativeDetail } from '@buurtkit/core';
import { BuurtPhaseChangeEvent } from '../events.js';
import { FormState, focusAfterRender, selectField } from '../fields.js';
import { getAudit, movePhase, type AuditEntry } from '../staff-api.js';
import type { StaffDesk } from '../staff-desk.js';

type Row = { id: number; title: string; phase: string; phaseModel: string; theme: string };

/**
 * Published initiatives: find one, see its public history, and move it to another phase
 * with a note residents read in the phase tracker and on the map.
 */
export class InitiativesView {
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

  constructor(private readonly desk: StaffDesk) {}

  reset() {
    Object.assign(this, { status: 'idle', rows: [], q: '', detail: undefined, detailStatus: 'idle', done: '' });
  }

  enter() {
    if (this.detailStatus === 'idle') void this.load();
  }

  async load() {
    if (this.status !== 'ready') this.status = 'loading';
    this.desk.requestUpdate();
    try {
      const found = await listInitiatives(this.desk.apiClient, { q: this.q.trim() || undefined, limit: 50 }, { key: 'desk-initiatives' });
      this.rows = found.features.map((f) => ({ ...f.properties, id: f.id }) as Row);
      this.total = found.total;
      this.status = 'ready';
      this.desk.announce(this.desk.msg.t('initiatives.count', this.total));
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return;
      this.error = this.desk.failed(e);
      this.status = 'error';
    }
    this.desk.requestUpdate();
  }

  /** From an idea just published: straight to its initiative. */
  openFromIdea(id: number) {
    this.desk.go('initiatives');
    void this.open(id);
  }

  async open(id: number) {
    this.detailStatus = 'loading';
    this.done = '';
    this.desk.requestUpdate();
    try {
      this.detail = await getInitiative(this.desk.apiClient, id);
      void this.loadAudit(id);
      this.form = new FormState({ phase: this.nextPhase(this.detail), note: '' }, () => this.desk.requestUpdate());
      this.detailStatus = 'ready';
      focusAfterRender(this.desk, '#initiative-heading');
    } catch (e) {
      this.error = this.desk.failed(e);
      this.detailStatus = 'error';
    }
    this.desk.requestUpdate();
  }

  /** Who moved this initiative, and when: the staff side of its public history. */
  private async loadAudit(id: number) {
    this.audit = [];
    const found = await getAudit(this.desk.apiClient, this.desk.staffToken, `initiative:${id}`).catch(() => undefined);
    if (found && this.detail?.id === id) this.audit = found.items;
    this.desk.requestUpdate();
  }

  back() {
    const id = this.detail?.id;
    this.detail = undefined;
    this.detailStatus = 'idle';
    this.desk.requestUpdate();
    if (this.status === 'idle') void this.load();
    focusAfterRender(this.desk, `[data-initiative="${id}"]`);
  }

  private phasesOf(d: InitiativeDetail) {
    return this.desk.phaseModels.find((m) => m.key === d.phaseModel)?.phases ?? [];
  }

  private nextPhase(d: InitiativeDetail) {
    const phases = this.phasesOf(d);
    const at = phases.findIndex((p) => p.key === d.phase);
    return (phases[at + 1] ?? phases.find((p) => p.key !== d.phase))?.key ?? '';
  }

  private async submit(e: Event) {
    e.preventDefault();
    const { msg } = this.desk;
    const form = this.form!;
    const d = this.detail!;
    if (!form.check({
      phase: (v) => (!v ? msg.t('move.phase.required') : v === d.phase ? msg.t('move.phase.same') : ''),
      note: (v) => (v.length > 2000 ? msg.t('form.too-long', 2000) : ''),
    })) return focusAfterRender(this.desk, '.error-summary');
    await form.send(this.desk, async () => {
      const moved = await movePhase(this.desk.apiClient, this.desk.staffToken, d.id, form.values.phase, form.values.note.trim());
      this.desk.dispatchEvent(new BuurtPhaseChangeEvent({ initiative: d.id, phase: moved.phase }));
      this.detail = { ...d, ...moved };
      this.rows = this.rows.map((r) => (r.id === d.id ? { ...r, phase: moved.phase } : r));
      this.form = new FormState({ phase: this.nextPhase(this.detail), note: '' }, () => this.desk.requestUpdate());
      this.done = msg.t('move.done', this.desk.phaseLabel(d.phaseModel, moved.phase));
      void this.loadAudit(d.id);
      this.desk.announce(this.done);
    }, { failed: (e) => this.desk.failed(e), conflict: msg.t('move.conflict') });
  }

  private auditText(d: InitiativeDetail, a: AuditEntry) {
    const { from, to } = a.details as { from?: string; to?: string };
    return a.action === 'initiative.phase' && from && to
      ? this.desk.msg.t('audit.initiative.phase', this.desk.phaseLabel(d.phaseModel, from), this.desk.phaseLabel(d.phaseModel, to))
      : a.action;
  }

  render() {
    if (this.detailStatus !== 'idle') return this.renderDetail();
    const { msg } = this.desk;
    const search = (value: string) => {
      this.q = value;
      clearTimeout(this.searchTimer);
      this.searchTimer = window.setTimeout(() => void this.load(), 250);
    };
    return html`${heading(msg.t('initiatives.heading'), this.desk.level + 1)}
      <form role="search" class="search" @submit=${(e: Event) => { e.preventDefault(); void this.load(); }}>
        ${textField({ id: 'initiatives-q', label: msg.t('initiatives.search'), type: 'search', value: this.q, onInput: search })}
      </form>
      ${this.status === 'loading' && !this.rows.length ? skeleton(this.desk.core.t('loading')) : nothing}
      ${this.status === 'error' ? this.desk.error(this.error, () => void this.load()) : nothing}
      ${this.status === 'ready' && !this.rows.length ? emptyState(msg.t('initiatives.empty')) : nothing}
      ${this.rows.length ? html`<p class="count">${msg.t('initiatives.count', this.total)}</p>
        <ul class="items" part="list">${this.rows.map((r) => html`<li class="item">
          <button type="button" class="item-button" data-initiative=${r.id} @click=${() => void this.open(r.id)}><span class="item-title">${r.title}</span></button>
          <p class="meta"><span>${this.desk.phaseLabel(r.phaseModel, r.phase)}</span><span>${this.desk.themeLabel(r.theme)}</span></p>
        </li>`)}</ul>` : nothing}`;
  }

  private renderDetail() {
    const { msg, core } = this.desk;
    const back = button({ label: msg.t('back.initiatives'), variant: 'secondary', onClick: () => this.back(), part: 'button' });
    if (this.detailStatus === 'loading') return html`${back}${skeleton(core.t('loading'))}`;
    if (this.detailStatus === 'error' || !this.detail) return html`${back}${this.desk.error(this.error)}`;
    const d = this.detail;
    const level = this.desk.level + 1;
    const form = this.form!;
    const errors = form.summary('move');
    const prefix = core.t('field.error-prefix');
    return html`<article class="detail" part="detail">
      ${back}
      <div role="heading" aria-level=${level} id="initiative-heading" tabindex="-1">${d.title}</div>
      <p class="meta"><span>${msg.t('initiative.phase', this.desk.phaseLabel(d.phaseModel, d.phase))}</span><span>${msg.t('initiative.since', this.desk.date(d.phaseSince))}</span></p>
      ${this.done ? html`<p class="done">${this.done}</p>` : nothing}
      <form class="move" novalidate @submit=${(e: Event) => void this.submit(e)}>
        ${heading(msg.t('move.heading'), level, { sub: true })}
        ${errors.length ? errorSummary({ heading: core.t('summary.heading', errors.length), intro: core.t('summary.intro'), errors, root: this.desk.shadowRoot, level: level + 2 }) : nothing}
        ${form.problem ? html`<p class="form-problem" role="alert" tabindex="-1">${form.problem}</p>` : nothing}
        ${selectField({ id: 'move-phase', label: msg.t('move.phase'), value: form.values.phase, onChange: (v) => form.set('phase', v), error: form.errors.phase, errorPrefix: prefix,
          options: this.phasesOf(d).map((p) => ({ value: p.key, label: p.key === d.phase ? msg.t('move.phase.current', this.desk.text(p.label)) : this.desk.text(p.label) })) })}
        ${textField({ id: 'move-note', label: msg.t('move.note'), hint: msg.t('move.note.hint'), value: form.values.note, multiline: true, optionalText: core.t('field.optional'),
          onInput: (v) => form.set('note', v), error: form.errors.note, errorPrefix: prefix })}
        <div class="actions">${button({ label: form.busy ? msg.t('busy') : msg.t('move.submit'), type: 'submit', disabled: form.busy, part: 'button' })}</div>
      </form>
      ${heading(msg.t('initiative.history'), level, { sub: true })}
      <ol class="history">${[...d.history].reverse().map((h) => html`<li>
        <strong>${this.desk.phaseLabel(d.phaseModel, h.phase)}</strong> · ${this.desk.date(h.since)}${h.until ? ` – ${this.desk.date(h.until)}` : ''}
        ${h.note ? html`<p>${h.note}</p>` : nothing}
      </li>`)}</ol>
      ${this.audit.length ? html`${heading(msg.t('audit.initiative.heading'), level, { sub: true })}
        <ul class="audit">${this.audit.map((a) => html`<li>${msg.t('audit.entry', this.desk.date(a.at, true), a.actor, this.auditText(d, a))}</li>`)}</ul>` : nothing}
    </article>`;
  }
}
