import { html, nothing } from 'lit';
import { button, emptyState, heading, isAbort, skeleton, textField } from '@buurtkit/core';
import { answerState, dutchToday, inboxOrder, type AnswerState } from '../answer-promise.js';
import { focusAfterRender } from '../fields.js';
import { listStaffIdeas, type StaffIdea } from '../staff-api.js';
import { DeskView, type DeskHost } from './desk-host.js';
import { IdeaPanel, type IdeaPanelOwner } from './idea-panel.js';

type Filter = 'received' | 'published' | 'closed' | 'all';
const FILTERS: Filter[] = ['received', 'published', 'closed', 'all'];
/** Ideas per request; more on request ("Meer laden"). */
const PAGE = 50;

/**
 * The inbox: ideas as they come in, overdue ones first, each with how long it has
 * waited against the answer promise. Opening one shows the idea panel in its place.
 */
export class InboxView extends DeskView implements IdeaPanelOwner {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  ideas: StaffIdea[] = [];
  /** All ideas with this filter, also those not loaded yet. */
  total = 0;
  loadingMore = false;
  /** What staff search for: a reference a resident reads out on the phone, a name, words of the title. */
  q = '';
  private searchTimer?: number;
  responseDays = 10;
  filter: Filter = 'received';
  error = '';
  /** Ideas waiting for a decision, for the navigation's count. */
  openCount?: number;
  /** Decisions taken here (published, closed): a list answer asked for before one counts the open ideas wrongly. */
  private decisions = 0;
  readonly panel: IdeaPanel;
  private openId?: number;

  /** `openInitiative`: what "to the initiative" in an opened idea does (another view's work). */
  constructor(
    host: DeskHost,
    readonly openInitiative: (id: number) => void,
  ) {
    super(host);
    this.panel = new IdeaPanel(host, this);
  }

  reset() {
    Object.assign(this, {
      status: 'idle',
      ideas: [],
      openId: undefined,
      openCount: undefined,
      filter: 'received',
      q: '',
    });
    this.panel.close();
  }

  /** Each visit shows what came in meanwhile; the list stays on screen while it refreshes. */
  enter() {
    void this.load();
  }

  async load() {
    if (this.status !== 'ready') this.status = 'loading';
    this.changed();
    // Whether this answer counts the open ideas is decided by what was asked, not by what the
    // search field holds when it arrives; a decision taken meanwhile makes its count stale.
    const counts = this.filter === 'received' && !this.q.trim();
    const decided = this.decisions;
    try {
      const result = await this.page(0, Math.max(PAGE, this.ideas.length));
      this.responseDays = result.responseDays;
      this.total = result.total;
      this.ideas = inboxOrder(result.items, this.today);
      if (counts && decided === this.decisions) this.openCount = result.total;
      this.status = 'ready';
      const overdue = this.ideas.filter((i) => answerState(i, this.today).kind === 'overdue').length;
      this.host.announce(this.host.msg.t('inbox.count', this.total, overdue));
    } catch (e) {
      if (isAbort(e)) return;
      this.error = this.host.failed(e);
      this.status = this.host.staffToken ? 'error' : 'idle';
    }
    this.changed();
  }

  /**
   * Open ideas come oldest first, the order of the answer promise, so the first page holds
   * the most urgent; the other lists come newest first.
   */
  private page(offset: number, limit = PAGE) {
    return listStaffIdeas(
      this.host.client,
      this.host.staffToken,
      {
        status: this.filter === 'all' ? undefined : this.filter,
        sort: this.filter === 'received' ? 'oldest' : 'newest',
        limit,
        offset,
        q: this.q.trim() || undefined,
      },
      { signal: this.loads.next() },
    );
  }

  async loadMore() {
    this.loadingMore = true;
    this.changed();
    const first = this.ideas.length;
    try {
      const result = await this.page(first);
      const known = new Set(this.ideas.map((i) => i.id));
      const added = result.items.filter((i) => !known.has(i.id));
      this.ideas = inboxOrder([...this.ideas, ...added], this.today);
      this.total = result.total;
      this.host.announce(this.host.msg.t('inbox.more.done', added.length));
      // Keyboard users continue at the first idea that came in (the button may be gone now).
      if (added[0]) focusAfterRender(this.host, `[data-idea="${added[0].id}"]`);
    } catch (e) {
      this.error = this.host.failed(e);
    }
    this.loadingMore = false;
    this.changed();
  }

  get today() {
    return dutchToday(this.host.now());
  }

  /** Opens an idea; `Back` returns focus to its row. */
  open(id: number) {
    this.openId = id;
    const idea = this.ideas.find((i) => i.id === id);
    if (idea) this.panel.show(idea);
    this.changed();
  }

  back() {
    const id = this.openId;
    this.openId = undefined;
    this.panel.close();
    this.changed();
    void this.host.updateComplete.then(() =>
      this.host.shadowRoot?.querySelector<HTMLElement>(`[data-idea="${id}"]`)?.focus(),
    );
  }

  /** An idea changed (answered, published, closed): take the server's version and re-sort. */
  replace(idea: StaffIdea) {
    const before = this.ideas.find((i) => i.id === idea.id);
    const kept = this.filter === 'all' || idea.status === this.filter;
    this.ideas = inboxOrder([...this.ideas.filter((i) => i.id !== idea.id), ...(kept ? [idea] : [])], this.today);
    if (before && !kept) this.total = Math.max(0, this.total - 1);
    // Only a decision (published, closed) takes an idea out of the open ones; an answer does not.
    if (before?.status === 'received' && idea.status !== 'received') {
      this.decisions++;
      if (this.openCount !== undefined) this.openCount = Math.max(0, this.openCount - 1);
    }
    this.changed();
  }

  render() {
    const { msg } = this.host;
    if (this.openId !== undefined && this.panel.idea) return this.panel.render();
    const setFilter = (e: Event) => {
      this.filter = (e.target as HTMLSelectElement).value as Filter;
      this.ideas = [];
      void this.load();
    };
    const search = (value: string) => {
      this.q = value;
      clearTimeout(this.searchTimer);
      this.searchTimer = window.setTimeout(() => {
        this.ideas = [];
        void this.load();
      }, 250);
    };
    return html`${heading(msg.t('inbox.heading'), this.host.level + 1)}
      <p class="promise">${msg.t('inbox.promise', this.responseDays)}</p>
      <form role="search" class="search" @submit=${(e: Event) => {
        e.preventDefault();
        this.ideas = [];
        void this.load();
      }}>
        ${textField({
          id: 'inbox-q',
          label: msg.t('inbox.search'),
          hint: msg.t('inbox.search.hint'),
          type: 'search',
          value: this.q,
          onInput: search,
        })}
      </form>
      <div class="field filter">
        <label for="inbox-filter">${msg.t('inbox.filter')}</label>
        <select id="inbox-filter" @change=${setFilter}>
          ${FILTERS.map(
            (f) => html`<option value=${f}
            ?selected=${f === this.filter}>${msg.t(`inbox.filter.${f}`)}</option>`,
          )}
        </select>
      </div>
      ${this.status === 'loading' ? skeleton(this.host.core.t('loading')) : nothing}
      ${this.status === 'error' ? this.host.errorView(this.error, () => void this.load()) : nothing}
      ${this.status === 'ready' && !this.ideas.length ? emptyState(msg.t('inbox.empty')) : nothing}
      ${
        this.status === 'ready' && this.ideas.length
          ? html`<ul class="items" part="list">${this.ideas.map((idea) => this.renderRow(idea))}</ul>
          ${
            this.total > this.ideas.length
              ? html`<div class="actions more">${button({
                  label: this.loadingMore ? msg.t('busy') : msg.t('inbox.more', this.total - this.ideas.length),
                  variant: 'secondary',
                  disabled: this.loadingMore,
                  onClick: () => void this.loadMore(),
                  part: 'button',
                })}</div>`
              : nothing
          }`
          : nothing
      }`;
  }

  private renderRow(idea: StaffIdea) {
    const { msg } = this.host;
    const state = answerState(idea, this.today);
    return html`<li class="item ${state.kind}">
      <button type="button" class="item-button" data-idea=${idea.id} @click=${() => this.open(idea.id)}>
        <span class="item-title">${idea.title}</span>
        ${
          state.kind === 'overdue'
            ? html`<span class="badge overdue" part="overdue">${msg.t('answer.overdue.badge')}</span>`
            : nothing
        }
      </button>
      <p class="meta">
        <span>${idea.reference}</span>
        ${idea.contact ? html`<span>${idea.contact.name}</span>` : nothing}
        <span>${this.host.labels.theme(idea.theme)}</span>
        ${idea.location?.address ? html`<span>${idea.location.address}</span>` : nothing}
        <span>${msg.t('inbox.received', this.host.labels.date(idea.submitted))}</span>
        ${idea.status !== 'received' ? html`<span>${msg.t(`status.${idea.status as 'published'}`)}</span>` : nothing}
      </p>
      <p class="answer">${this.answerText(state)}</p>
    </li>`;
  }

  /** "Antwoord uiterlijk 7 december (nog 4 dagen)" and the like. */
  answerText(state: AnswerState) {
    const { msg } = this.host;
    switch (state.kind) {
      case 'answered':
        return msg.t('answer.answered', this.host.labels.date(state.at));
      case 'waiting':
        return msg.t('answer.due', this.host.labels.date(`${state.due}T12:00:00Z`), state.daysLeft);
      case 'overdue':
        return msg.t('answer.overdue', this.host.labels.date(`${state.due}T12:00:00Z`), state.daysLate);
      default:
        return '';
    }
  }
}
