import { html, nothing } from 'lit';
import {
  button,
  DEFAULT_LOCALE,
  heading,
  listAreas,
  locationPicker,
  MapController,
  PDOK_ATTRIBUTION,
  PDOK_TILES,
  textField,
  toLocale,
} from '@buurtkit/core';
import { answerState, type AnswerState } from '../answer-promise.js';
import { municipalityCenter, parentsOf } from '../areas.js';
import { BuurtIdeaPublishedEvent } from '../events.js';
import { FormState, focusAfterRender, selectField } from '../fields.js';
import { deskCatalogue } from '../messages/catalogue.js';
import {
  closeIdea,
  getAudit,
  markAnswered,
  photoUrl,
  publishIdea,
  type AuditEntry,
  type StaffIdea,
} from '../staff-api.js';
import { DeskView, type DeskHost } from './desk-host.js';
import { IdeaMail } from './idea-mail.js';
import { IdeaSimilar } from './idea-similar.js';
import { IdeaErase } from './idea-erase.js';

type Mode = 'view' | 'publish' | 'close';
const ROLES = ['loslaten', 'faciliteren', 'stimuleren', 'regisseren', 'reguleren'];
const CHANNELS = ['email', 'phone', 'visit', 'other'];
const HOMEWORK = ['cost', 'benefits', 'duration', 'parties', 'municipality'] as const;

type PublishValues = {
  title: string;
  summary: string;
  description: string;
  theme: string;
  phaseModel: string;
  phase: string;
  role: string;
  contact: string;
  note: string;
  location: string;
};

/** The first sentences of a description, up to the summary's 400 characters. */
function firstSentences(text: string, max = 300): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  return end > 60 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/**
 * One idea at the desk: everything the resident sent (text, place on a small map,
 * photos, homework answers, contact details), how long it has waited, and what staff do
 * next: contact the initiator, record the answer, publish it, or close it with a reason.
 */
/** What the panel asks of the list it was opened from. */
export interface IdeaPanelOwner {
  readonly today: string;
  back(): void;
  /** The server's newer version of the idea. */
  replace(idea: StaffIdea): void;
  answerText(state: AnswerState): string;
  openInitiative(id: number): void;
}

export class IdeaPanel extends DeskView {
  idea?: StaffIdea;
  mode: Mode = 'view';
  photos: { url: string; alt: string }[] = [];
  audit: AuditEntry[] = [];
  channel = 'email';
  done = '';
  publish?: FormState<PublishValues>;
  /** The reply's subject in the resident's own language. */
  subject = '';
  /** Where staff put an idea that came without a place (chosen on the map). */
  place?: { lat: number; lon: number };
  closing?: FormState<{ reason: string }>;
  private readonly map: MapController;
  private readonly mail: IdeaMail;
  private readonly erase: IdeaErase;
  /** Published initiatives that look like this idea ("Lijkt op"). */
  private readonly similar: IdeaSimilar;

  constructor(
    host: DeskHost,
    private readonly inbox: IdeaPanelOwner,
  ) {
    super(host);
    this.map = new MapController(host);
    const owner = {
      host,
      updated: (idea: StaffIdea, done: string) => this.update(idea, done),
      failed: (e: unknown) => {
        this.done = this.host.failed(e);
        this.changed();
      },
      changed: () => this.changed(),
    };
    this.mail = new IdeaMail(owner);
    this.erase = new IdeaErase(owner);
    this.similar = new IdeaSimilar(host, (id) => this.inbox.openInitiative(id));
  }

  show(idea: StaffIdea) {
    this.close();
    this.idea = idea;
    this.mode = 'view';
    this.done = '';
    void this.loadExtras(idea, this.loads.next());
    void this.loadSubject(idea);
    focusAfterRender(this.host, '#idea-heading');
    this.changed();
    void this.host.updateComplete.then(() => this.openMap());
  }

  close() {
    this.loads.cancel();
    this.photos.forEach((p) => URL.revokeObjectURL(p.url));
    this.photos = [];
    this.audit = [];
    this.mail.reset();
    this.erase.reset();
    this.similar.reset();
    this.map.close();
    this.idea = undefined;
  }

  /** Photos (they need the token) and the idea's audit trail, after the panel is up. */
  private async loadExtras(idea: StaffIdea, signal: AbortSignal) {
    const { client: c, staffToken: token } = this.host;
    void this.similar.load(idea, signal);
    const photos = await Promise.all(
      idea.photos.map(async (p) => ({ url: await photoUrl(c, token, p.url, signal).catch(() => ''), alt: p.alt })),
    );
    if (signal.aborted) return photos.forEach((p) => p.url && URL.revokeObjectURL(p.url));
    this.photos = photos.filter((p) => p.url);
    this.audit = (await getAudit(c, token, `idea:${idea.id}`, { signal }).catch(() => ({ items: [] }))).items;
    if (!signal.aborted) this.changed();
    await this.mail.load(idea, signal);
  }

  private async openMap() {
    const container = this.host.shadowRoot?.querySelector<HTMLElement>('.idea-map');
    const at = this.idea?.location;
    if (!container || !at) return;
    await this.map.open(
      container,
      { lat: at.lat, lon: at.lon, zoom: 16, tiles: this.host.tiles || PDOK_TILES, cooperative: true },
      this.host.msg.t('idea.map', at.address ?? ''),
    );
    this.map.map?.setOutlines({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
    });
  }

  /** The subject as the resident would write it: in the language they sent the idea in. */
  private async loadSubject(idea: StaffIdea) {
    const locale = toLocale(idea.locale) ?? DEFAULT_LOCALE;
    const fallback = deskCatalogue[DEFAULT_LOCALE];
    const messages =
      locale === DEFAULT_LOCALE
        ? fallback
        : (await deskCatalogue[locale]().catch(() => ({ default: fallback }))).default;
    if (this.idea?.id !== idea.id) return;
    this.subject = messages['idea.mail.subject'](idea.title, idea.reference);
    this.changed();
  }

  /** A mail to the initiator with the idea's reference in the subject, in their language. */
  private mailto(idea: StaffIdea) {
    const subject = this.subject || this.host.msg.t('idea.mail.subject', idea.title, idea.reference);
    return `mailto:${encodeURIComponent(idea.contact!.email)}?subject=${encodeURIComponent(subject)}`;
  }

  private async answered() {
    const idea = this.idea!;
    try {
      const updated = await markAnswered(this.host.client, this.host.staffToken, idea.id, this.channel);
      this.update(updated, this.host.msg.t('idea.answered.done'));
    } catch (e) {
      this.done = this.host.failed(e);
      this.changed();
    }
  }

  private update(idea: StaffIdea, done: string) {
    this.idea = idea;
    this.done = done;
    this.inbox.replace(idea);
    this.host.announce(done);
    void this.loadExtras(idea, this.loads.next());
  }

  private startPublish() {
    const idea = this.idea!;
    const model = this.host.reference.phaseModels[0]?.key ?? '';
    // The contact person for the idea's area, when there is one, is the natural public contact.
    const places = idea.areaCode ? [idea.areaCode, ...parentsOf(idea.areaCode)] : [];
    const contact = places
      .map((code) => this.host.reference.contacts.find((c) => !c.desk && c.areas.includes(code)))
      .find(Boolean);
    this.publish = new FormState<PublishValues>(
      {
        title: idea.title,
        summary: firstSentences(idea.description),
        description: idea.description,
        theme: idea.theme,
        phaseModel: model,
        phase: this.host.reference.phaseModels[0]?.phases[0]?.key ?? '',
        role: 'faciliteren',
        contact: contact ? String(contact.id) : '',
        note: '',
        location: '',
      },
      () => this.changed(),
    );
    this.place = undefined;
    this.map.close();
    this.mode = 'publish';
    focusAfterRender(this.host, '#publish-heading');
    // An initiative needs a place on the map: for an idea without one, staff choose it.
    if (!idea.location) void this.host.updateComplete.then(() => this.openPlacePicker());
  }

  private async openPlacePicker() {
    const container = this.host.shadowRoot?.querySelector<HTMLElement>('.publish .picker .map');
    if (!container) return;
    const gm = this.host.municipality;
    const center = await municipalityCenter(async () =>
      gm ? listAreas(this.host.client, { municipality: gm, level: 'gemeente' }) : undefined,
    );
    await this.map.open(
      container,
      { ...center, zoom: 13, tiles: this.host.tiles || PDOK_TILES, cooperative: true },
      this.host.msg.t('publish.location.map'),
    );
  }

  private choosePlace() {
    const at = this.map.center();
    if (!at) return;
    this.place = { lat: Number(at.lat.toFixed(6)), lon: Number(at.lon.toFixed(6)) };
    this.publish?.set('location', 'chosen');
    this.host.announce(
      this.host.msg.t('publish.location.chosen', this.place.lat.toFixed(5), this.place.lon.toFixed(5)),
    );
  }

  /** Back to the idea itself, its map drawn again. */
  private showIdea() {
    this.mode = 'view';
    this.map.close();
    focusAfterRender(this.host, '#idea-heading');
    void this.host.updateComplete.then(() => this.openMap());
  }

  private startClose() {
    this.map.close();
    this.closing = new FormState({ reason: '' }, () => this.changed());
    this.mode = 'close';
    this.changed();
    focusAfterRender(this.host, '#close-heading');
  }

  private cancel() {
    this.showIdea();
  }

  private async submitPublish(e: Event) {
    e.preventDefault();
    const { msg } = this.host;
    const form = this.publish!;
    const length = (min: number, max: number) => (v: string) =>
      v.trim().length < min ? msg.t('form.too-short', min) : v.length > max ? msg.t('form.too-long', max) : '';
    const needsPlace = !this.idea!.location;
    if (
      !form.check({
        title: length(3, 120),
        summary: length(3, 400),
        description: length(3, 10000),
        location: () => (needsPlace && !this.place ? msg.t('publish.location.required') : ''),
      })
    )
      return focusAfterRender(this.host, '.error-summary');
    const v = form.values;
    await form.send(
      this.host,
      async () => {
        const initiative = await publishIdea(this.host.client, this.host.staffToken, this.idea!.id, {
          title: v.title.trim(),
          summary: v.summary.trim(),
          description: v.description.trim(),
          theme: v.theme,
          phaseModel: v.phaseModel,
          phase: v.phase,
          role: v.role as 'faciliteren',
          contact: v.contact ? Number(v.contact) : null,
          ...(v.note.trim() ? { note: v.note.trim() } : {}),
          ...(needsPlace && this.place ? { location: this.place } : {}),
        });
        this.host.dispatchEvent(new BuurtIdeaPublishedEvent({ idea: this.idea!.id, initiative: initiative.id }));
        this.update(
          {
            ...this.idea!,
            status: 'published',
            initiative: initiative.id,
            answered: this.idea!.answered ?? new Date().toISOString(),
          },
          msg.t('publish.done', initiative.title),
        );
        this.showIdea();
      },
      { failed: (e) => this.host.failed(e), conflict: msg.t('idea.conflict') },
    );
  }

  private async submitClose(e: Event) {
    e.preventDefault();
    const { msg } = this.host;
    const form = this.closing!;
    if (
      !form.check({
        reason: (v) =>
          v.trim().length < 3 ? msg.t('close.reason.required') : v.length > 2000 ? msg.t('form.too-long', 2000) : '',
      })
    ) {
      return focusAfterRender(this.host, '.error-summary');
    }
    await form.send(
      this.host,
      async () => {
        const closed = await closeIdea(
          this.host.client,
          this.host.staffToken,
          this.idea!.id,
          form.values.reason.trim(),
        );
        this.update(closed, msg.t('close.done'));
        this.showIdea();
      },
      { failed: (e) => this.host.failed(e), conflict: msg.t('idea.conflict') },
    );
  }

  render() {
    const idea = this.idea!;
    const { msg } = this.host;
    const level = this.host.level + 1;
    const state = answerState(idea, this.inbox.today);
    return html`<article class="detail" part="detail">
      ${button({ label: msg.t('back.inbox'), variant: 'secondary', onClick: () => this.inbox.back(), part: 'button' })}
      <div role="heading" aria-level=${level} id="idea-heading" tabindex="-1">${idea.title}</div>
      <p class="meta"><span>${idea.reference}</span><span>${msg.t(
        'inbox.received',
        this.host.labels.date(idea.submitted, true),
      )}</span>
        <span>${msg.t(`status.${idea.status as 'received'}`)}</span></p>
      ${
        state.kind === 'overdue'
          ? html`<p class="answer"><span class="badge overdue"
            part="overdue">${msg.t('answer.overdue.badge')}</span> ${this.inbox.answerText(state)}</p>`
          : html`<p class="answer">${this.inbox.answerText(state)}</p>`
      }
      ${this.done ? html`<p class="done" tabindex="-1">${this.done}</p>` : nothing}
      ${
        this.mode === 'publish'
          ? this.renderPublish(level)
          : this.mode === 'close'
            ? this.renderClose(level)
            : this.renderIdea(idea, level)
      }
    </article>`;
  }

  private renderIdea(idea: StaffIdea, level: number) {
    const { msg } = this.host;
    const homework = HOMEWORK.filter((k) => idea.homework[k]);
    return html`
      <p class="description">${idea.description}</p>
      <dl class="facts">
        <dt>${msg.t('idea.theme')}</dt><dd>${this.host.labels.theme(idea.theme)}</dd>
        ${
          idea.areaCode
            ? html`<dt>${msg.t('idea.area')}</dt><dd>${
                this.host.reference.areas.find((a) => a.code === idea.areaCode)?.name ?? idea.areaCode
              }</dd>`
            : nothing
        }
        <dt>${msg.t('idea.support')}</dt><dd>${
          idea.support.length ? idea.support.map((s) => this.host.labels.support(s)).join(', ') : msg.t('idea.none')
        }</dd>
        <dt>${msg.t('idea.supporters')}</dt><dd>${idea.supporters ?? msg.t('idea.none')}</dd>
        ${homework.map((k) => html`<dt>${msg.t(`homework.${k}`)}</dt><dd>${idea.homework[k]}</dd>`)}
      </dl>
      ${heading(msg.t('idea.where'), level, { sub: true })}
      ${
        idea.location
          ? html`<p>${
              idea.location.address ??
              msg.t('idea.coordinates', idea.location.lat.toFixed(5), idea.location.lon.toFixed(5))
            }</p><div class="idea-map" part="map"></div>`
          : html`<p>${msg.t('idea.no-place')}</p>`
      }
      ${this.similar.render(level)}
      ${
        idea.photos.length
          ? html`${heading(msg.t('idea.photos'), level, { sub: true })}
        <ul class="photos">${this.photos.map((p) => html`<li><img src=${p.url} alt=${p.alt} /></li>`)}</ul>`
          : nothing
      }
      ${heading(msg.t('idea.initiator'), level, { sub: true })}
      ${
        idea.contact
          ? html`<p>${idea.contact.name}${
              idea.showName ? html` <span class="muted">${msg.t('idea.name-public')}</span>` : nothing
            }</p>
            <ul class="links">
              <li><a href=${this.mailto(idea)}>${msg.t('idea.mail', idea.contact.email)}</a></li>
              ${
                idea.contact.phone
                  ? html`<li><a href=${`tel:${idea.contact.phone.replace(
                      /[^+0-9]/g,
                      '',
                    )}`}>${msg.t('idea.call', idea.contact.phone)}</a></li>`
                  : nothing
              }
            </ul>`
          : html`<p>${msg.t('idea.contact-erased')}</p>`
      }
      ${this.mail.render(idea)}
      ${this.host.may('ideas:handle') ? this.erase.render(idea) : nothing}
      ${
        idea.answered
          ? nothing
          : html`<div class="answer-form">
        ${selectField({
          id: 'answer-channel',
          label: msg.t('idea.answered.channel'),
          value: this.channel,
          onChange: (v) => (this.channel = v),
          options: CHANNELS.map((c) => ({ value: c, label: msg.t(`channel.${c}` as 'channel.email') })),
        })}
        ${button({
          label: msg.t('idea.answered.record'),
          variant: 'secondary',
          onClick: () => void this.answered(),
          part: 'button',
        })}
      </div>`
      }
      ${
        idea.status === 'received'
          ? html`<div class="actions">
        ${button({ label: msg.t('publish.start'), onClick: () => this.startPublish(), part: 'button' })}
        ${button({
          label: msg.t('close.start'),
          variant: 'secondary',
          onClick: () => this.startClose(),
          part: 'button',
        })}
      </div>`
          : nothing
      }
      ${
        idea.status === 'published' && idea.initiative
          ? html`<div class="actions">
        ${button({
          label: msg.t('idea.to-initiative'),
          variant: 'secondary',
          onClick: () => this.inbox.openInitiative(idea.initiative!),
          part: 'button',
        })}</div>`
          : nothing
      }
      ${idea.closedReason ? html`<p>${msg.t('idea.closed-reason', idea.closedReason)}</p>` : nothing}
      ${
        this.audit.length
          ? html`${heading(msg.t('audit.heading'), level, { sub: true })}
        <ul class="audit">${this.audit.map(
          (a) =>
            html`<li>${msg.t(
              'audit.entry',
              this.host.labels.date(a.at, true),
              a.actor,
              msg.t(`audit.${a.action as 'idea.publish'}`),
            )}</li>`,
        )}</ul>`
          : nothing
      }`;
  }

  private renderPublish(level: number) {
    const { msg, core } = this.host;
    const form = this.publish!;
    const v = form.values;
    const model = this.host.reference.phaseModels.find((m) => m.key === v.phaseModel);
    const prefix = core.t('field.error-prefix');
    const text = (
      field: 'title' | 'summary' | 'description' | 'note',
      multiline = false,
      hint?: string,
      optional = false,
    ) =>
      textField({
        id: `publish-${field}`,
        label: msg.t(`publish.${field}`),
        value: v[field],
        onInput: (x) => form.set(field, x),
        error: form.errors[field],
        errorPrefix: prefix,
        multiline,
        hint,
        optionalText: optional ? core.t('field.optional') : undefined,
      });
    const errors = form.summary('publish');
    return html`<form class="publish" novalidate @submit=${(e: Event) => void this.submitPublish(e)}>
      <div role="heading" aria-level=${level} id="publish-heading" tabindex="-1">${msg.t('publish.heading')}</div>
      <p>${msg.t('publish.intro')}</p>
      ${this.formFeedback(form, errors, level + 1)}
      ${text('title', false, msg.t('publish.title.hint'))}
      ${text('summary', true, msg.t('publish.summary.hint'))}
      ${text('description', true)}
      ${
        this.idea!.location
          ? nothing
          : html`<div class="group" id="publish-location" tabindex="-1">
        ${heading(msg.t('publish.location'), level, { sub: true })}
        <p class="hint">${msg.t('publish.location.hint')}</p>
        ${
          form.errors.location
            ? html`<p class="error"><span class="visually-hidden">${prefix} </span>${form.errors.location}</p>`
            : nothing
        }
        ${locationPicker({
          labels: { choose: msg.t('publish.location.choose'), zoomIn: msg.t('zoom-in'), zoomOut: msg.t('zoom-out') },
          attribution: PDOK_ATTRIBUTION,
          onZoom: (d) => this.map.zoomBy(d),
          onChoose: () => this.choosePlace(),
        })}
        <p class="pick-note">${
          this.place ? msg.t('publish.location.chosen', this.place.lat.toFixed(5), this.place.lon.toFixed(5)) : ''
        }</p>
      </div>`
      }
      ${selectField({
        id: 'publish-theme',
        label: msg.t('publish.theme'),
        value: v.theme,
        onChange: (x) => form.set('theme', x),
        error: form.errors.theme,
        errorPrefix: prefix,
        options: this.host.reference.themes.map((t) => ({ value: t.key, label: this.host.labels.text(t.label) })),
      })}
      ${selectField({
        id: 'publish-phaseModel',
        label: msg.t('publish.model'),
        value: v.phaseModel,
        error: form.errors.phaseModel,
        errorPrefix: prefix,
        onChange: (x) => {
          form.set('phaseModel', x);
          form.set('phase', this.host.reference.phaseModels.find((m) => m.key === x)?.phases[0]?.key ?? '');
        },
        options: this.host.reference.phaseModels.map((m) => ({ value: m.key, label: this.host.labels.text(m.label) })),
      })}
      ${selectField({
        id: 'publish-phase',
        label: msg.t('publish.phase'),
        value: v.phase,
        onChange: (x) => form.set('phase', x),
        error: form.errors.phase,
        errorPrefix: prefix,
        options: (model?.phases ?? []).map((p) => ({ value: p.key, label: this.host.labels.text(p.label) })),
      })}
      ${selectField({
        id: 'publish-role',
        label: msg.t('publish.role'),
        hint: msg.t('publish.role.hint'),
        value: v.role,
        onChange: (x) => form.set('role', x),
        error: form.errors.role,
        errorPrefix: prefix,
        options: ROLES.map((r) => ({ value: r, label: this.host.labels.municipalRole(r) })),
      })}
      ${selectField({
        id: 'publish-contact',
        label: msg.t('publish.contact'),
        hint: msg.t('publish.contact.hint'),
        value: v.contact,
        onChange: (x) => form.set('contact', x),
        error: form.errors.contact,
        errorPrefix: prefix,
        options: [
          { value: '', label: msg.t('publish.contact.none') },
          ...this.host.reference.contacts.map((c) => ({
            value: String(c.id),
            label: `${c.name} (${this.host.labels.contactRole(c.role)})`,
          })),
        ],
      })}
      ${text('note', true, msg.t('publish.note.hint'), true)}
      <div class="actions">
        ${button({
          label: form.busy ? msg.t('busy') : msg.t('publish.submit'),
          type: 'submit',
          disabled: form.busy,
          part: 'button',
        })}
        ${button({ label: msg.t('cancel'), variant: 'secondary', onClick: () => this.cancel(), part: 'button' })}
      </div>
    </form>`;
  }

  private renderClose(level: number) {
    const { msg, core } = this.host;
    const form = this.closing!;
    const errors = form.summary('close');
    return html`<form class="close" novalidate @submit=${(e: Event) => void this.submitClose(e)}>
      <div role="heading" aria-level=${level} id="close-heading" tabindex="-1">${msg.t('close.heading')}</div>
      ${this.formFeedback(form, errors, level + 1)}
      ${textField({
        id: 'close-reason',
        label: msg.t('close.reason'),
        hint: msg.t('close.reason.hint'),
        value: form.values.reason,
        multiline: true,
        onInput: (x) => form.set('reason', x),
        error: form.errors.reason,
        errorPrefix: core.t('field.error-prefix'),
      })}
      <div class="actions">
        ${button({
          label: form.busy ? msg.t('busy') : msg.t('close.submit'),
          type: 'submit',
          disabled: form.busy,
          part: 'button',
        })}
        ${button({ label: msg.t('cancel'), variant: 'secondary', onClick: () => this.cancel(), part: 'button' })}
      </div>
    </form>`;
  }
}
