import { html, nothing } from 'lit';
import { LOCALES } from '@buurtkit/api/locales';
import { ApiError, button, heading, textField, type PhaseModel } from '@buurtkit/core';
import { FormState, focusAfterRender } from '../fields.js';
import { languageName } from '../language-name.js';
import {
  addPhase,
  modelErrors,
  movePhase,
  PHASE_TEXTS,
  phaseCount,
  pointerToField,
  removePhase,
  TEXTS,
  toInput,
  toValues,
  type ModelValues,
} from '../phase-model-form.js';
import { deletePhaseModel, listStaffPhaseModels, savePhaseModel } from '../staff-api.js';
import { DeskView, type DeskHost } from './desk-host.js';

/**
 * The municipality's own process (its participatieverordening): phase models with their
 * wording per language, each phase's deadline, the answer promise, and which model new
 * ideas enter. For `beheer`; the server refuses to drop a phase initiatives are in and
 * names them, which shows at that phase.
 */
export class ProcessView extends DeskView {
  editing?: PhaseModel | 'new';
  form?: FormState<ModelValues>;
  confirmRemove?: string;
  done = '';

  constructor(host: DeskHost) {
    super(host);
  }

  reset() {
    this.editing = undefined;
    this.form = undefined;
    this.confirmRemove = undefined;
    this.done = '';
  }

  enter() {
    if (!this.editing) void this.reload().then(this.changed, () => undefined);
  }

  private get models() {
    return this.host.reference.phaseModels;
  }

  private async reload() {
    // Fresh, not the shared kept copy: a colleague may have changed a model a moment ago.
    this.host.reference.phaseModels = (await listStaffPhaseModels(this.host.client)).items;
  }

  edit(model: PhaseModel | 'new') {
    this.editing = model;
    this.done = '';
    this.form = new FormState<ModelValues>(toValues(model === 'new' ? undefined : model), this.changed);
    this.changed();
    focusAfterRender(this.host, '#model-heading');
  }

  private back(focusKey?: string) {
    this.editing = undefined;
    this.confirmRemove = undefined;
    this.changed();
    focusAfterRender(this.host, focusKey ? `[data-model="${focusKey}"]` : '.new-model');
  }

  /** A structural change (a phase added, moved, removed): new values, errors cleared. */
  private reshape(values: ModelValues, focus: string) {
    const form = this.form!;
    form.values = values;
    form.errors = {};
    this.changed();
    focusAfterRender(this.host, focus);
  }

  private async submit(e: Event) {
    e.preventDefault();
    const { msg } = this.host;
    const form = this.form!;
    const isNew = this.editing === 'new';
    const errors = modelErrors(form.values, isNew, {
      required: msg.t('model.required'),
      key: msg.t('model.key.invalid'),
      duplicate: msg.t('model.phase.duplicate'),
      days: msg.t('model.days.invalid'),
    });
    form.submitted = true;
    form.problem = '';
    form.errors = errors;
    this.changed();
    if (Object.keys(errors).length) return focusAfterRender(this.host, '.error-summary');
    const key = isNew ? form.values.key!.trim() : (this.editing as PhaseModel).key;
    await form.send(
      this.host,
      async () => {
        const saved = await savePhaseModel(this.host.client, this.host.staffToken, key, toInput(form.values));
        await this.reload();
        this.done = msg.t('model.saved', this.host.labels.text(saved.label));
        this.host.announce(this.done);
        this.back(saved.key);
      },
      { failed: (e) => this.host.failed(e), pointerToField: (p) => pointerToField(p, form.values) },
    );
  }

  private async remove(model: PhaseModel) {
    const { msg } = this.host;
    const name = this.host.labels.text(model.label);
    try {
      await deletePhaseModel(this.host.client, this.host.staffToken, model.key);
      await this.reload();
      this.done = msg.t('model.removed', name);
    } catch (e) {
      // 409: in use, or the model for new ideas; the server says which, naming initiatives.
      this.done = e instanceof ApiError && e.status === 409 ? (e.problem?.detail ?? e.message) : this.host.failed(e);
    }
    this.confirmRemove = undefined;
    this.host.announce(this.done);
    this.changed();
    focusAfterRender(this.host, '.done');
  }

  render() {
    return this.editing && this.form ? this.renderForm(this.form) : this.renderList();
  }

  private renderList() {
    const { msg, labels } = this.host;
    return html`${heading(msg.t('models.heading'), this.host.level + 1)}
      <p class="hint">${msg.t('models.intro')}</p>
      ${this.done ? html`<p class="done" tabindex="-1">${this.done}</p>` : nothing}
      <div class="actions"><button type="button" class="button primary new-model" part="button"
        @click=${() => this.edit('new')}>${msg.t('models.new')}</button></div>
      <ul class="items" part="list">${this.models.map(
        (m) => html`<li class="item">
        <div role="heading" aria-level=${this.host.level + 2} class="item-title">${labels.text(m.label)}</div>
        <p class="meta">${m.forNewIdeas ? html`<span class="badge">${msg.t('models.for-new')}</span>` : nothing}
          <span>${m.phases.map((p) => labels.text(p.label)).join(' → ')}</span>
          <span>${m.answerDays ? msg.t('models.answer-days', m.answerDays) : msg.t('models.answer-default')}</span></p>
        ${this.rowActions(m)}
      </li>`,
      )}</ul>`;
  }

  private rowActions(m: PhaseModel) {
    const { msg } = this.host;
    const name = this.host.labels.text(m.label);
    const confirm = html`<span class="confirm" role="group" aria-label=${msg.t('models.remove.confirm', name)}>${msg.t(
      'models.remove.confirm',
      name,
    )}
      <button type="button" class="button primary" part="button"
        @click=${() => void this.remove(m)}>${msg.t('contacts.remove.yes')}</button>
      <button type="button" class="button secondary" part="button" @click=${() => {
        this.confirmRemove = undefined;
        this.changed();
        focusAfterRender(this.host, `[data-remove-model="${m.key}"]`);
      }}>${msg.t('cancel')}</button></span>`;
    return html`<div class="row-actions">
      <button type="button" class="button secondary" part="button" data-model=${m.key}
        aria-label=${msg.t('contacts.edit', name)} @click=${() => this.edit(m)}>${msg.t('edit')}</button>
      ${
        this.confirmRemove === m.key
          ? confirm
          : html`<button type="button" class="button secondary" part="button" data-remove-model=${m.key}
            aria-label=${msg.t('contacts.remove', name)} @click=${() => {
              this.confirmRemove = m.key;
              this.changed();
              focusAfterRender(this.host, '.confirm .primary');
            }}>${msg.t('remove')}</button>`
      }
    </div>`;
  }

  /** One text in every language: Dutch first and required, the others optional. */
  private texts(form: FormState<ModelValues>, prefix: string, legend: string, multiline: boolean) {
    const { core } = this.host;
    return html`<fieldset class="group"><legend>${legend}</legend>${LOCALES.map((l) => {
      const field = `${prefix}.${l}`;
      return textField({
        id: `model-${field.replaceAll('.', '-')}`,
        label: languageName(l, this.host.msg.intlLocale),
        value: form.values[field] ?? '',
        onInput: (x) => form.set(field, x),
        error: form.errors[field],
        errorPrefix: core.t('field.error-prefix'),
        optionalText: l === 'nl' ? undefined : core.t('field.optional'),
        multiline,
      });
    })}</fieldset>`;
  }

  private days(form: FormState<ModelValues>, field: string, label: string, hint: string) {
    const { core } = this.host;
    return textField({
      id: `model-${field.replaceAll('.', '-')}`,
      label,
      hint,
      value: form.values[field] ?? '',
      inputmode: 'numeric',
      onInput: (x) => form.set(field, x),
      error: form.errors[field],
      errorPrefix: core.t('field.error-prefix'),
      optionalText: core.t('field.optional'),
    });
  }

  /** The error of a field that is no text field (a checkbox, a key shown as text). */
  private errorLine(form: FormState<ModelValues>, field: string) {
    const error = form.errors[field];
    const prefix = this.host.core.t('field.error-prefix');
    const id = `model-${field.replaceAll('.', '-')}-error`;
    return error
      ? html`<p class="error" id=${id}><span class="visually-hidden">${prefix} </span>${error}</p>`
      : nothing;
  }

  private renderPhase(form: FormState<ModelValues>, i: number, count: number) {
    const { msg, core } = this.host;
    const v = form.values;
    const known =
      this.editing !== 'new' && (this.editing as PhaseModel).phases.some((p) => p.key === v[`phases.${i}.key`]);
    const title = msg.t('model.phase', i + 1, v[`phases.${i}.label.nl`] ?? '');
    const move = (by: -1 | 1, label: string) =>
      html`<button type="button" class="button secondary" part="button" ?disabled=${i + by < 0 || i + by >= count}
        @click=${() => this.reshape(movePhase(v, i, by), `#phase-${i + by}`)}>${label}</button>`;
    return html`<fieldset class="group phase" id=${`phase-${i}`} tabindex="-1">
      <legend>${title}</legend>
      ${
        known
          ? html`<p class="meta" id=${`model-phases-${i}-key`} tabindex="-1">${msg.t('model.phase.key')}: <code>${
              v[`phases.${i}.key`]
            }</code></p>${this.errorLine(form, `phases.${i}.key`)}`
          : textField({
              id: `model-phases-${i}-key`,
              label: msg.t('model.phase.key'),
              hint: msg.t('model.key.hint'),
              value: v[`phases.${i}.key`] ?? '',
              onInput: (x) => form.set(`phases.${i}.key`, x),
              error: form.errors[`phases.${i}.key`],
              errorPrefix: core.t('field.error-prefix'),
            })
      }
      ${PHASE_TEXTS.map((t) => this.texts(form, `phases.${i}.${t}`, msg.t(`model.phase.${t}`), t !== 'label'))}
      ${this.days(form, `phases.${i}.deadlineDays`, msg.t('model.phase.deadline'), msg.t('model.phase.deadline.hint'))}
      <div class="row-actions" role="group" aria-label=${title}>
        ${move(-1, msg.t('model.phase.up'))} ${move(1, msg.t('model.phase.down'))}
        <button type="button" class="button secondary" part="button" ?disabled=${count === 1}
          @click=${() => this.reshape(removePhase(v, i), i > 0 ? `#phase-${i - 1}` : '#phase-0')}>${msg.t(
            'model.phase.remove',
          )}</button>
      </div>
    </fieldset>`;
  }

  private renderForm(form: FormState<ModelValues>) {
    const { msg, core, labels } = this.host;
    const level = this.host.level + 1;
    const isNew = this.editing === 'new';
    const count = phaseCount(form.values);
    const errors = form.summary('model').map((e) => ({ ...e, fieldId: e.fieldId.replaceAll('.', '-') }));
    return html`<form class="model-form" part="detail" novalidate @submit=${(e: Event) => void this.submit(e)}>
      ${button({
        label: msg.t('back.models'),
        variant: 'secondary',
        onClick: () => this.back(isNew ? undefined : (this.editing as PhaseModel).key),
        part: 'button',
      })}
      <div role="heading" aria-level=${level} id="model-heading" tabindex="-1">${
        isNew ? msg.t('model.new') : msg.t('model.edit', labels.text((this.editing as PhaseModel).label))
      }</div>
      ${this.formFeedback(form, errors, level + 1)}
      ${
        isNew
          ? textField({
              id: 'model-key',
              label: msg.t('model.key'),
              hint: msg.t('model.key.hint'),
              value: form.values.key ?? '',
              onInput: (x) => form.set('key', x),
              error: form.errors.key,
              errorPrefix: core.t('field.error-prefix'),
            })
          : nothing
      }
      ${TEXTS.map((t) => this.texts(form, t, msg.t(`model.${t}`), t === 'description'))}
      ${this.days(form, 'answerDays', msg.t('model.answer-days'), msg.t('model.answer-days.hint'))}
      <label class="check"><input type="checkbox" id="model-forNewIdeas" .checked=${form.values.forNewIdeas === 'yes'}
        aria-describedby=${form.errors.forNewIdeas ? 'model-forNewIdeas-error' : nothing}
        @change=${(e: Event) => form.set('forNewIdeas', (e.target as HTMLInputElement).checked ? 'yes' : '')} />${msg.t(
          'model.for-new',
        )}</label>
      ${this.errorLine(form, 'forNewIdeas')}
      ${heading(msg.t('model.phases'), level + 1)}
      ${Array.from({ length: count }, (_, i) => this.renderPhase(form, i, count))}
      <div class="actions">${button({
        label: msg.t('model.phase.add'),
        variant: 'secondary',
        onClick: () => this.reshape(addPhase(form.values), `#phase-${count}`),
        part: 'button',
      })}</div>
      <div class="actions">
        ${button({
          label: form.busy ? msg.t('busy') : msg.t('model.save'),
          type: 'submit',
          disabled: form.busy,
          part: 'button',
        })}
        ${button({
          label: msg.t('cancel'),
          variant: 'secondary',
          onClick: () => this.back(isNew ? undefined : (this.editing as PhaseModel).key),
          part: 'button',
        })}
      </div>
    </form>`;
  }
}
