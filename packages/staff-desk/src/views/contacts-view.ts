import { html, nothing } from 'lit';
import {
  ApiError,
  button,
  coreCatalogue,
  findContacts,
  heading,
  listAreas,
  locationPicker,
  MapController,
  PDOK_ATTRIBUTION,
  PDOK_TILES,
  textField,
} from '@buurtkit/core';
import { municipalityCenter, municipalityOf, parentsOf, uncoveredAreas, type DeskArea } from '../areas.js';
import { BuurtContactSavedEvent } from '../events.js';
import { FormState, focusAfterRender, selectField } from '../fields.js';
import { languageName } from '../language-name.js';
import { deleteContact, listStaffContacts, saveContact, type Contact, type ContactInput } from '../staff-api.js';
import { DeskView, type DeskHost } from './desk-host.js';

type Values = {
  name: string;
  role: string;
  photo: string;
  email: string;
  phone: string;
  desk: string;
  hours: string;
  areas: string;
  languages: string;
  themes: string;
};
type Hours = { day: string; from: string; to: string; place: string };

const LANGUAGES = ['nl', 'en', 'fy', 'de', 'pl', 'tr', 'ar', 'uk'];
const ROLES = Object.keys(coreCatalogue.nl)
  .filter((k) => k.startsWith('contact-role.'))
  .map((k) => k.slice('contact-role.'.length));
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/**
 * Contact persons: who covers which areas and themes, with their channels and office
 * hours — what `<buurt-contact-finder>` answers residents with. Areas are picked from
 * the list or on the map; the areas no one covers are listed, so none is forgotten.
 */
export class ContactsView extends DeskView {
  editing?: Contact | 'new';
  form?: FormState<Values>;
  hours: Hours[] = [];
  areas = new Set<string>();
  languages = new Set<string>();
  themes = new Set<string>();
  areaFilter = '';
  confirmRemove?: number;
  done = '';
  error = '';
  mapOpen = false;
  pickNote = '';
  private readonly map: MapController;

  constructor(host: DeskHost) {
    super(host);
    this.map = new MapController(host);
  }

  reset() {
    this.editing = undefined;
    this.done = '';
    this.map.close();
    this.mapOpen = false;
  }

  /** Colleagues may have changed contacts meanwhile: refresh quietly on each visit. */
  enter() {
    if (!this.editing)
      void this.reload().then(
        () => this.changed(),
        () => undefined,
      );
  }

  /** The municipalities in scope: the desk's own, else those its contacts cover. */
  private get municipalities(): Set<string> {
    if (this.host.municipality) return new Set([this.host.municipality]);
    return new Set(this.host.reference.contacts.flatMap((c) => c.areas.map(municipalityOf)));
  }

  private get scopedAreas(): DeskArea[] {
    const scope = this.municipalities;
    return this.host.reference.areas
      .filter((a) => scope.has(municipalityOf(a.code)))
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  private areaName(code: string) {
    return this.host.reference.areas.find((a) => a.code === code)?.name ?? code;
  }

  edit(contact: Contact | 'new') {
    const c = contact === 'new' ? undefined : contact;
    this.editing = contact;
    this.done = '';
    this.form = new FormState<Values>(
      {
        name: c?.name ?? '',
        role: c?.role ?? 'wijkregisseur',
        photo: c?.photo ?? '',
        email: c?.email ?? '',
        phone: c?.phone ?? '',
        desk: c?.desk ? 'yes' : '',
        hours: '',
        areas: '',
        languages: '',
        themes: '',
      },
      () => this.changed(),
    );
    this.hours = (c?.officeHours ?? []).map((h) => ({
      day: String(h.day),
      from: h.from,
      to: h.to,
      place: h.place ?? '',
    }));
    this.areas = new Set(c?.areas ?? []);
    this.languages = new Set(c?.languages ?? ['nl']);
    this.themes = new Set(c?.themes ?? []);
    this.areaFilter = '';
    this.mapOpen = false;
    this.changed();
    focusAfterRender(this.host, '#contact-heading');
  }

  private back(focusId?: number) {
    this.map.close();
    this.mapOpen = false;
    this.editing = undefined;
    this.confirmRemove = undefined;
    this.changed();
    focusAfterRender(this.host, focusId ? `[data-contact="${focusId}"]` : '.new-contact');
  }

  private input(): ContactInput {
    const v = this.form!.values;
    return {
      name: v.name.trim(),
      role: v.role,
      photo: v.photo.trim() || null,
      email: v.email.trim() || null,
      phone: v.phone.trim() || null,
      desk: v.desk === 'yes',
      officeHours: this.hours.map((h) => ({
        day: Number(h.day),
        from: h.from,
        to: h.to,
        ...(h.place.trim() ? { place: h.place.trim() } : {}),
      })),
      languages: [...this.languages],
      areas: [...this.areas],
      themes: [...this.themes],
    };
  }

  private async submit(e: Event) {
    e.preventDefault();
    const { msg } = this.host;
    const form = this.form!;
    const ok = form.check({
      name: (v) => (!v.trim() ? msg.t('contact.name.required') : v.length > 120 ? msg.t('form.too-long', 120) : ''),
      photo: (v) => (v.trim() && !/^(https:\/\/|\/)/.test(v.trim()) ? msg.t('contact.photo.invalid') : ''),
      email: (v) => (v.trim() && !EMAIL.test(v.trim()) ? msg.t('contact.email.invalid') : ''),
      phone: (v) => (v.trim() && !PHONE.test(v.trim()) ? msg.t('contact.phone.invalid') : ''),
      hours: () =>
        this.hours.some((h) => !TIME.test(h.from) || !TIME.test(h.to) || h.from >= h.to)
          ? msg.t('contact.hours.invalid')
          : '',
      areas: () => (!this.areas.size && form.values.desk !== 'yes' ? msg.t('contact.areas.required') : ''),
    });
    if (!ok) return focusAfterRender(this.host, '.error-summary');
    const id = this.editing === 'new' ? undefined : this.editing!.id;
    await form.send(
      this.host,
      async () => {
        const saved = await saveContact(this.host.client, this.host.staffToken, id, this.input());
        await this.reload();
        this.host.dispatchEvent(new BuurtContactSavedEvent({ id: saved.id, removed: false }));
        this.done = msg.t('contact.saved', saved.name);
        this.host.announce(this.done);
        this.back(saved.id);
      },
      {
        failed: (e) => this.host.failed(e),
        // Office hours are one group on the form: any error inside them goes there.
        pointerToField: (pointer) => {
          const top = pointer.slice(2).split('/')[0];
          return top === 'officeHours' ? 'hours' : (top as keyof Values);
        },
      },
    );
  }

  private async remove(contact: Contact) {
    const { msg } = this.host;
    try {
      await deleteContact(this.host.client, this.host.staffToken, contact.id);
      await this.reload();
      this.host.dispatchEvent(new BuurtContactSavedEvent({ id: contact.id, removed: true }));
      this.done = msg.t('contact.removed', contact.name);
    } catch (e) {
      this.done = e instanceof ApiError && e.status === 409 ? msg.t('contact.remove.last-desk') : this.host.failed(e);
    }
    this.confirmRemove = undefined;
    this.host.announce(this.done);
    this.changed();
    focusAfterRender(this.host, '.done');
  }

  private async reload() {
    this.host.reference.contacts = (await listStaffContacts(this.host.client, this.host.staffToken)).items;
  }

  private toggle(set: Set<string>, value: string, on: boolean) {
    if (on) set.add(value);
    else set.delete(value);
    if (set === this.areas && this.form?.errors.areas) this.form.set('areas', '');
    this.changed();
  }

  /** The map opens on the municipality in scope; the area under its cross is added on request. */
  private async openMap() {
    this.mapOpen = true;
    this.changed();
    await this.host.updateComplete;
    const container = this.host.shadowRoot?.querySelector<HTMLElement>('.contact-form .map');
    if (!container) return;
    const gm = [...this.municipalities][0];
    const center = await municipalityCenter(async () =>
      gm ? listAreas(this.host.client, { municipality: gm, level: 'gemeente' }) : undefined,
    );
    await this.map.open(
      container,
      { ...center, zoom: 12, tiles: this.host.tiles || PDOK_TILES, cooperative: true },
      this.host.msg.t('contact.map'),
    );
  }

  private async pick() {
    const { msg } = this.host;
    const at = this.map.center();
    if (!at) return;
    const found = await findContacts(this.host.client, {
      lat: Number(at.lat.toFixed(6)),
      lon: Number(at.lon.toFixed(6)),
    }).catch(() => undefined);
    const area = found?.areas.find((a) => a.level !== 'gemeente');
    if (area) this.areas.add(area.code);
    this.pickNote = area ? msg.t('contact.map.added', area.name) : msg.t('contact.map.none');
    this.host.announce(this.pickNote);
    this.changed();
  }

  render() {
    return this.editing ? this.renderForm() : this.renderList();
  }

  private rowActions(c: Contact) {
    const { msg } = this.host;
    return html`<div class="row-actions">
          <button type="button" class="button secondary" part="button" data-contact=${c.id}
            aria-label=${msg.t('contacts.edit', c.name)} @click=${() => this.edit(c)}>${msg.t('edit')}</button>
          ${
            this.confirmRemove === c.id
              ? html`<span class="confirm" role="group"
                aria-label=${msg.t('contacts.remove.confirm', c.name)}>${msg.t('contacts.remove.confirm', c.name)}
                <button type="button" class="button primary" part="button"
                  @click=${() => void this.remove(c)}>${msg.t('contacts.remove.yes')}</button>
                <button type="button" class="button secondary" part="button" @click=${() => {
                  this.confirmRemove = undefined;
                  this.changed();
                  focusAfterRender(this.host, `[data-remove="${c.id}"]`);
                }}>${msg.t('cancel')}</button></span>`
              : html`<button type="button" class="button secondary" part="button" data-remove=${c.id}
                aria-label=${msg.t('contacts.remove', c.name)}
                @click=${() => {
                  this.confirmRemove = c.id;
                  this.changed();
                  focusAfterRender(this.host, '.confirm .primary');
                }}>${msg.t('remove')}</button>`
          }
        </div>`;
  }

  private renderList() {
    const { msg } = this.host;
    const covered = new Set(this.host.reference.contacts.filter((c) => !c.desk).flatMap((c) => c.areas));
    const uncovered = uncoveredAreas(this.host.reference.areas, covered, this.municipalities);
    // Everyone who handles ideas sees who is who; changing it is for beheer (the server says so too).
    const manage = this.host.may('settings:manage');
    return html`${heading(msg.t('contacts.heading'), this.host.level + 1)}
      ${this.done ? html`<p class="done" tabindex="-1">${this.done}</p>` : nothing}
      ${
        manage
          ? html`<div class="actions">${button({
              label: msg.t('contacts.new'),
              onClick: () => this.edit('new'),
              part: 'button',
            })}</div>`
          : nothing
      }
      <ul class="items" part="list">${this.host.reference.contacts.map(
        (c) => html`<li class="item">
        <div role="heading" aria-level=${this.host.level + 2} class="item-title">${c.name}</div>
        <p class="meta"><span>${this.host.labels.contactRole(c.role)}</span>${
          c.desk ? html`<span>${msg.t('contact.desk')}</span>` : nothing
        }
          <span>${c.areas.length ? c.areas.map((a) => this.areaName(a)).join(', ') : msg.t('contacts.no-areas')}</span>
          ${
            c.themes.length ? html`<span>${c.themes.map((t) => this.host.labels.theme(t)).join(', ')}</span>` : nothing
          }</p>
        ${manage ? this.rowActions(c) : nothing}
      </li>`,
      )}</ul>

      ${heading(msg.t('uncovered.heading'), this.host.level + 2)}
      ${
        uncovered.length
          ? html`<details class="uncovered"><summary>${msg.t('uncovered.count', uncovered.length)}</summary>
            <ul>${uncovered.map(
              (a) => html`<li data-code=${a.code}>${a.name} <span
              class="muted">${a.code}</span></li>`,
            )}</ul></details>`
          : html`<p>${msg.t('uncovered.none')}</p>`
      }`;
  }

  private renderForm() {
    const { msg, core } = this.host;
    const form = this.form!;
    const v = form.values;
    const prefix = core.t('field.error-prefix');
    const level = this.host.level + 1;
    const text = (
      field: 'name' | 'photo' | 'email' | 'phone',
      o: { hint?: string; type?: 'email' | 'tel'; optional?: boolean } = {},
    ) =>
      textField({
        id: `contact-${field}`,
        label: msg.t(`contact.${field}`),
        value: v[field],
        onInput: (x) => form.set(field, x),
        error: form.errors[field],
        errorPrefix: prefix,
        hint: o.hint,
        type: o.type,
        optionalText: o.optional ? core.t('field.optional') : undefined,
      });
    const errors = form.summary('contact').map((e) => ({
      ...e,
      fieldId:
        e.fieldId === 'contact-hours' ? 'hours-legend' : e.fieldId === 'contact-areas' ? 'area-filter' : e.fieldId,
    }));
    const roles = this.editing !== 'new' && !ROLES.includes(v.role) ? [...ROLES, v.role] : ROLES;
    const filter = this.areaFilter.trim().toLowerCase();
    const areas = this.scopedAreas.filter(
      (a) => !filter || a.name.toLowerCase().includes(filter) || a.code.toLowerCase().includes(filter),
    );
    return html`<form class="contact-form" part="detail" novalidate @submit=${(e: Event) => void this.submit(e)}>
      ${button({
        label: msg.t('back.contacts'),
        variant: 'secondary',
        onClick: () => this.back(this.editing === 'new' ? undefined : (this.editing as Contact).id),
        part: 'button',
      })}
      <div role="heading" aria-level=${level} id="contact-heading"
        tabindex="-1">${
          this.editing === 'new' ? msg.t('contact.new') : msg.t('contact.edit', (this.editing as Contact).name)
        }</div>
      ${this.formFeedback(form, errors, level + 1)}
      ${text('name')}
      ${selectField({
        id: 'contact-role',
        label: msg.t('contact.role'),
        value: v.role,
        onChange: (x) => form.set('role', x),
        options: roles.map((r) => ({ value: r, label: this.host.labels.contactRole(r) })),
      })}
      ${text('email', { type: 'email', optional: true })}
      ${text('phone', { type: 'tel', optional: true })}
      ${text('photo', { hint: msg.t('contact.photo.hint'), optional: true })}
      <label class="check"><input type="checkbox" .checked=${v.desk === 'yes'}
        @change=${(e: Event) =>
          form.set(
            'desk',
            (e.target as HTMLInputElement).checked ? 'yes' : '',
          )} />${msg.t('contact.desk.label')}</label>

      <fieldset class="group">
        <legend id="hours-legend" tabindex="-1">${msg.t('contact.hours')}</legend>
        ${
          form.errors.hours
            ? html`<p class="error"><span class="visually-hidden">${prefix} </span>${form.errors.hours}</p>`
            : nothing
        }
        ${this.hours.map(
          (h, i) => html`<div class="hours-row" role="group" aria-label=${msg.t('contact.hours.row', i + 1)}>
          ${selectField({
            id: `hours-${i}-day`,
            label: msg.t('contact.hours.day'),
            value: h.day,
            onChange: (x) => {
              h.day = x;
              this.changed();
            },
            options: [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: this.weekday(d) })),
          })}
          ${(['from', 'to'] as const).map(
            (k) => html`<div class="field"><label for="hours-${i}-${k}">${msg.t(`contact.hours.${k}`)}</label>
            <input id="hours-${i}-${k}" type="time" .value=${h[k]} @input=${(e: Event) => {
              h[k] = (e.target as HTMLInputElement).value;
            }} /></div>`,
          )}
          <div class="field"><label for="hours-${i}-place">${msg.t('contact.hours.place')} <span
            class="optional">${core.t('field.optional')}</span></label>
            <input id="hours-${i}-place" .value=${h.place} @input=${(e: Event) => {
              h.place = (e.target as HTMLInputElement).value;
            }} /></div>
          <button type="button" class="button secondary" part="button"
            aria-label=${msg.t('contact.hours.remove', i + 1)} @click=${() => {
              this.hours.splice(i, 1);
              this.changed();
            }}>${msg.t('remove')}</button>
        </div>`,
        )}
        <button type="button" class="button secondary" part="button" @click=${() => {
          this.hours.push({ day: '1', from: '09:00', to: '12:00', place: '' });
          this.changed();
          focusAfterRender(this.host, `#hours-${this.hours.length - 1}-day`);
        }}>${msg.t('contact.hours.add')}</button>
      </fieldset>

      <fieldset class="group"><legend>${msg.t('contact.languages')}</legend>
        ${LANGUAGES.map(
          (l) => html`<label class="check"><input type="checkbox" .checked=${this.languages.has(l)}
          @change=${(e: Event) =>
            this.toggle(this.languages, l, (e.target as HTMLInputElement).checked)} />${this.languageName(l)}</label>`,
        )}
      </fieldset>

      <fieldset class="group"><legend>${msg.t('contact.themes')}</legend>
        <p class="hint">${msg.t('contact.themes.hint')}</p>
        ${this.host.reference.themes.map(
          (t) => html`<label class="check"><input type="checkbox"
          .checked=${this.themes.has(t.key)} @change=${(e: Event) =>
            this.toggle(
              this.themes,
              t.key,
              (e.target as HTMLInputElement).checked,
            )} />${this.host.labels.text(t.label)}</label>`,
        )}
      </fieldset>

      <fieldset class="group areas"><legend>${msg.t('contact.areas')}</legend>
        ${
          form.errors.areas
            ? html`<p class="error" id="areas-error"><span
              class="visually-hidden">${prefix} </span>${form.errors.areas}</p>`
            : nothing
        }
        <p class="chosen"
          aria-live="polite">${
            this.areas.size
              ? msg.t('contact.areas.chosen', [...this.areas].map((a) => this.areaName(a)).join(', '))
              : msg.t('contact.areas.none')
          }</p>
        <div class="field"><label for="area-filter">${msg.t('contact.areas.filter')}</label>
          <input id="area-filter" type="search" .value=${this.areaFilter}
            aria-describedby=${form.errors.areas ? 'areas-error' : nothing}
            @input=${(e: Event) => {
              this.areaFilter = (e.target as HTMLInputElement).value;
              this.changed();
            }} /></div>
        <ul class="area-list">${areas.map(
          (a) => html`<li class=${a.level}><label class="check"><input type="checkbox" value=${a.code}
            .checked=${this.areas.has(a.code)}
          @change=${(e: Event) =>
            this.toggle(
              this.areas,
              a.code,
              (e.target as HTMLInputElement).checked,
            )} />${a.name} <span class="muted">${msg.t(`level.${a.level}`)}${
            a.level === 'buurt' && this.areas.has(parentsOf(a.code)[0]!) ? ` · ${msg.t('contact.areas.via-wijk')}` : ''
          }</span></label></li>`,
        )}</ul>
        ${
          this.mapOpen
            ? html`<p class="hint">${msg.t('contact.map.hint')}</p>${locationPicker({
                labels: { choose: msg.t('contact.map.choose'), zoomIn: msg.t('zoom-in'), zoomOut: msg.t('zoom-out') },
                attribution: PDOK_ATTRIBUTION,
                onZoom: (d) => this.map.zoomBy(d),
                onChoose: () => void this.pick(),
              })}<p class="pick-note">${this.pickNote}</p>`
            : html`<button type="button" class="button secondary" part="button"
              @click=${() => void this.openMap()}>${msg.t('contact.map.open')}</button>`
        }
      </fieldset>
      <div class="actions">
        ${button({
          label: form.busy ? msg.t('busy') : msg.t('contact.save'),
          type: 'submit',
          disabled: form.busy,
          part: 'button',
        })}
        ${button({
          label: msg.t('cancel'),
          variant: 'secondary',
          onClick: () => this.back(this.editing === 'new' ? undefined : (this.editing as Contact).id),
          part: 'button',
        })}
      </div>
    </form>`;
  }

  private weekday(day: number) {
    // 2024-01-01 was a Monday.
    return this.host.msg.date(Date.UTC(2024, 0, day, 12), { weekday: 'long' });
  }

  private languageName(code: string) {
    return languageName(code, this.host.msg.intlLocale);
  }
}
