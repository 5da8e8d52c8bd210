import { html, nothing, svg } from 'lit';
import { button, isAbort, heading, skeleton } from '@buurtkit/core';
import { getFigures, type Figures } from '../staff-api.js';
import { toCsv } from '../csv.js';
import { DeskView } from './desk-host.js';

/**
 * Figures for the annual report, like Zwolle's: ideas received, what became of them, the
 * share realised, per theme, and how quickly residents heard back. A table (the chart's
 * accessible twin), a bar chart, and a CSV file for the report.
 */
export class FiguresView extends DeskView {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  figures?: Figures;
  year?: number;
  error = '';

  reset() {
    Object.assign(this, { status: 'idle', figures: undefined, year: undefined });
  }

  enter() {
    void this.load();
  }

  private get thisYear() {
    return this.host.now().getFullYear();
  }

  async load() {
    if (this.status !== 'ready') this.status = 'loading';
    this.changed();
    try {
      this.figures = await getFigures(this.host.client, this.host.staffToken, this.year ?? this.thisYear, {
        signal: this.loads.next(),
      });
      this.status = 'ready';
    } catch (e) {
      if (isAbort(e)) return;
      this.error = this.host.failed(e);
      this.status = 'error';
    }
    this.changed();
  }

  private share(part: number, whole: number) {
    return whole ? this.host.msg.number(part / whole, { style: 'percent' }) : '–';
  }

  /** The rows of the summary table, also the CSV's first part. */
  private rows(f: Figures): [string, string][] {
    const { msg } = this.host;
    return [
      [msg.t('figures.received'), msg.number(f.received)],
      [msg.t('figures.open'), msg.number(f.open)],
      [msg.t('figures.published'), msg.number(f.published)],
      [msg.t('figures.closed'), msg.number(f.closed)],
      [msg.t('figures.realised'), `${msg.number(f.realised)} (${this.share(f.realised, f.received)})`],
      [
        msg.t('figures.in-time', f.responseDays),
        `${msg.number(f.answeredInTime)} (${this.share(f.answeredInTime, f.received)})`,
      ],
      [
        msg.t('figures.median'),
        f.medianDaysToFirstAnswer === null ? '–' : msg.t('figures.days', f.medianDaysToFirstAnswer),
      ],
      // Draagvlak confirmed in the year (a backend without it reports nothing here).
      ...(f.backers === undefined ? [] : [[msg.t('figures.backers'), msg.number(f.backers)] as [string, string]]),
      ...(f.offers === undefined ? [] : [[msg.t('figures.offers'), msg.number(f.offers)] as [string, string]]),
    ];
  }

  private download(f: Figures) {
    const { msg } = this.host;
    const csv = toCsv([
      [msg.t('figures.csv.measure'), msg.t('figures.csv.value')],
      [msg.t('figures.received'), f.received],
      [msg.t('figures.open'), f.open],
      [msg.t('figures.published'), f.published],
      [msg.t('figures.closed'), f.closed],
      [msg.t('figures.realised'), f.realised],
      [msg.t('figures.answered'), f.answered],
      [msg.t('figures.in-time', f.responseDays), f.answeredInTime],
      [msg.t('figures.median'), f.medianDaysToFirstAnswer ?? ''],
      [msg.t('figures.backers'), f.backers ?? ''],
      [msg.t('figures.offers'), f.offers ?? ''],
      [],
      [msg.t('figures.theme'), msg.t('figures.received'), msg.t('figures.published'), msg.t('figures.realised')],
      ...f.byTheme.map((t) => [this.host.labels.theme(t.theme), t.received, t.published, t.realised]),
    ]);
    // A file made here, from figures already on screen: an object URL, not a link to the API with the token.
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = msg.t('figures.csv.file', f.year);
    this.host.shadowRoot!.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.host.announce(msg.t('figures.csv.done'));
  }

  render() {
    const { msg } = this.host;
    const years = Array.from({ length: 5 }, (_, i) => this.thisYear - i);
    const f = this.figures;
    return html`${heading(msg.t('figures.heading'), this.host.level + 1)}
      <div class="field filter"><label for="figures-year">${msg.t('figures.year')}</label>
        <select id="figures-year" @change=${(e: Event) => {
          this.year = Number((e.target as HTMLSelectElement).value);
          void this.load();
        }}>
          ${years.map((y) => html`<option value=${y} ?selected=${y === (this.year ?? this.thisYear)}>${y}</option>`)}
        </select></div>
      ${this.status === 'loading' ? skeleton(this.host.core.t('loading')) : nothing}
      ${this.status === 'error' ? this.host.errorView(this.error, () => void this.load()) : nothing}
      ${
        this.status === 'ready' && f
          ? html`
        <table class="figures">
          <caption>${msg.t('figures.caption', f.year)}</caption>
          <tbody>${this.rows(f).map(
            ([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`,
          )}</tbody>
        </table>
        ${heading(msg.t('figures.by-theme'), this.host.level + 2)}
        ${
          f.byTheme.length
            ? html`
          <div class="table-scroll" role="region" aria-label=${msg.t('figures.by-theme')} tabindex="0"><table
            class="figures by-theme">
            <caption class="visually-hidden">${msg.t('figures.by-theme')}</caption>
            <thead><tr><th scope="col">${msg.t('figures.theme')}</th><th
              scope="col">${msg.t('figures.received')}</th><th scope="col">${msg.t('figures.published')}</th><th
                scope="col">${msg.t('figures.realised')}</th></tr></thead>
            <tbody>${f.byTheme.map(
              (t) =>
                html`<tr><th scope="row">${this.host.labels.theme(t.theme)}</th><td>${t.received}</td><td>${
                  t.published
                }</td><td>${t.realised}</td></tr>`,
            )}</tbody>
          </table></div>
          ${this.chart(f)}`
            : html`<p>${msg.t('figures.none')}</p>`
        }
        <div class="actions">${button({
          label: msg.t('figures.csv'),
          variant: 'secondary',
          onClick: () => this.download(f),
          part: 'button',
        })}</div>`
          : nothing
      }`;
  }

  /**
   * Received and realised per theme as horizontal bars. SVG attributes, no style
   * attributes: strict CSPs allow it. The table above says the same in words.
   */
  private chart(f: Figures) {
    const { msg } = this.host;
    const max = Math.max(1, ...f.byTheme.map((t) => t.received));
    const rowHeight = 36;
    const labelWidth = 200;
    const width = 600;
    const scale = (n: number) => (n / max) * (width - labelWidth - 40);
    const height = f.byTheme.length * rowHeight + 30;
    return html`<figure class="chart" part="chart">
      <svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-caption">
        ${f.byTheme.map((t, i) => {
          const y = i * rowHeight;
          return svg`<g>
            <text x=${labelWidth - 8} y=${y + 20} text-anchor="end"
              class="chart-label">${this.host.labels.theme(t.theme).slice(0, 28)}</text>
            <rect x=${labelWidth} y=${y + 4} width=${Math.max(1, scale(t.received))} height="14"
              class="bar-received"></rect>
            <rect x=${labelWidth} y=${y + 19} width=${Math.max(t.realised ? 1 : 0, scale(t.realised))} height="10"
              class="bar-realised"></rect>
            <text x=${labelWidth + scale(t.received) + 6} y=${y + 16} class="chart-value">${t.received}</text>
          </g>`;
        })}
        <g transform="translate(${labelWidth}, ${height - 8})">
          <rect x="0" y="-10" width="12" height="10" class="bar-received"></rect><text x="18" y="0"
            class="chart-label">${msg.t('figures.received')}</text>
          <rect x="160" y="-10" width="12" height="10" class="bar-realised"></rect><text x="178" y="0"
            class="chart-label">${msg.t('figures.realised')}</text>
        </g>
      </svg>
      <figcaption id="chart-caption">${msg.t('figures.chart', f.year)}</figcaption>
    </figure>`;
  }
}
