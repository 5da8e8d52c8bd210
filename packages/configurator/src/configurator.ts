import { html, nothing, type PropertyDeclarations } from 'lit';
import {
  BuurtElement,
  COMPONENT_TOKENS,
  fieldStyles,
  heading,
  headingStyles,
  LocalizeController,
  PDOK_LOCATIESERVER,
  TOKEN_DEFAULTS,
} from '@buurtkit/core';
import { ApiData } from './api-data.js';
import { configuratorStyles } from './configurator.styles.js';
import { attributesOf, check, FIELDS, problems, type Problem } from './fields.js';
import { contrastProblems, customTokens, isFontFamily, styleSheet, type HouseStyle } from './house-style.js';
import { configuratorCatalogue } from './messages/catalogue.js';
import { centerOf, searchPlaces, type Place } from './place-search.js';
import { Preview } from './preview.js';
import { iframeSnippet, OPTIONS, snippet, WIDGETS, type Widget } from './snippet.js';
import { renderCode, type CodeBlock } from './views/code-view.js';
import { renderOptions, renderWidgetChoice } from './views/options-view.js';
import { renderStyle } from './views/style-view.js';

/** Every token a page theme may set, read back from the preview for the CSS block. */
const TOKEN_NAMES = [...Object.keys(TOKEN_DEFAULTS), ...Object.keys(COMPONENT_TOKENS)].map((n) => `--buurt-${n}`);

/**
 * @tagname buurt-configurator
 * @summary Web editors pick a widget, set it up, see it live and copy the snippet, its policy and an iframe.
 *
 * For the municipality's web editors, not for residents: put it on an intranet or manual
 * page. It makes the same snippet as `@buurtkit/configurator`'s `snippet()` (version-pinned
 * script with its integrity hash, the element, a fallback link), the exact
 * Content-Security-Policy the editor's page needs, the CSS of the chosen house style, and the
 * iframe fallback with its own policy; every option is explained in plain language.
 *
 * @csspart button - Buttons.
 */
export class BuurtConfigurator extends BuurtElement {
  static override styles = [...BuurtElement.styles, headingStyles, fieldStyles, configuratorStyles];
  static override properties: PropertyDeclarations = {
    cdn: { reflect: true },
    houseStyles: { attribute: 'house-styles' },
    geocoder: { reflect: true },
    tiles: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    widget: { state: true },
    houseStyle: { state: true },
    integrity: { state: true },
  };

  /**
   * The folder of one Buurtkit version on the CDN (`https://cdn.example/buurtkit/0.1.0/`), with
   * its `sri.json`: the snippet pins that version and its hash. Relative to the page is fine.
   */
  cdn?: string;
  /** Theme classes of this page editors may pick, as `class:Name`, comma-separated (`theme-stad:Stad`). */
  houseStyles = '';
  /** The geocoder for searching a place (PDOK Locatieserver v3_1); otherwise `<buurt-config geocoder>`, else PDOK. */
  geocoder?: string;
  /**
   * The map layer editors start from (`https://…/{z}/{x}/{y}.png`): the municipality's own, or
   * leave it out for PDOK's. The geocoder above is offered the same way.
   */
  tiles?: string;
  /** Level of its step headings (2 by default); the code blocks' are one below. */
  headingLevel = 2;

  /** Its messages in the language it speaks now (read-only). */
  readonly msg = new LocalizeController(this, configuratorCatalogue);
  private readonly apiData = new ApiData(this);
  private preview?: Preview;

  private widget: Widget = 'buurt-initiative-map';
  private values: Record<Widget, Record<string, string>> = Object.fromEntries(WIDGETS.map((w) => [w, {}])) as Record<
    Widget,
    Record<string, string>
  >;
  /** Shared by every widget: the API address and the fallback link. */
  private common: Record<string, string> = {};
  private touched = new Set<string>();
  private houseStyle: HouseStyle = { kind: 'default' };
  private custom = { primary: '#1a4f8b', text: '#1a1a1a', font: '' };
  private place = { query: '', results: [] as Place[], status: '' };
  private integrity?: string;
  private sriFailed = false;
  private copyStatus = '';
  /** A preset's tokens as the preview shows them (read after it is styled). */
  private presetTokens: Record<string, string> = {};

  override connectedCallback() {
    super.connectedCallback();
    this.preview ??= new Preview(this, 'preview', TOKEN_NAMES);
    void this.loadIntegrity();
  }

  /** The CDN folder as an absolute address. */
  private get cdnUrl() {
    return new URL(this.cdn ?? './', document.baseURI).href;
  }

  private async loadIntegrity() {
    try {
      const response = await fetch(new URL('sri.json', this.cdnUrl));
      const sri = (await response.json()) as { files: Record<string, string> };
      this.integrity = sri.files['buurtkit.js'];
      this.sriFailed = !this.integrity;
    } catch {
      this.sriFailed = true;
    }
    this.requestUpdate();
  }

  private get presets() {
    return this.houseStyles
      .split(',')
      .map((s) => s.trim().split(':'))
      .filter(([name, label]) => name && label && /^[\w-]+$/.test(name))
      .map(([name, label]) => ({ name: name!, label: label! }));
  }

  private get current(): Record<string, string> {
    // The page's own map layer and geocoder, where the widget takes them, until the editor types others.
    const defaults: Record<string, string> = { api: this.apiUrl ?? '' };
    const given: Record<string, string | undefined> = {
      tiles: this.tiles,
      'map-tiles': this.tiles,
      geocoder: this.geocoder || this.config?.geocoder,
    };
    for (const [name, value] of Object.entries(given))
      if (value && OPTIONS[this.widget].includes(name)) defaults[name] = value;
    return { ...defaults, ...this.common, ...this.values[this.widget] };
  }

  private problemText(p: Problem): string {
    return p.key === 'number' ? this.msg.t('error.number', p.min, p.max) : this.msg.t(`error.${p.key}`);
  }

  /**
   * The state of the form: the values the widget shows, their problems (including the shared
   * fields), and what the snippet and the preview get, namely every set attribute that is right.
   */
  private get snapshot() {
    const values = this.current;
    const found: Record<string, Problem> = problems(this.widget, values);
    const api = (values.api ?? '').trim();
    const shared = [
      ['api', 'address', api],
      ['fallback', 'address', values.fallback ?? ''],
      ['fallback-text', 'text', values['fallback-text'] ?? ''],
    ] as const;
    for (const [name, kind, value] of shared) {
      const p = check({ kind }, value);
      if (p) found[name] = p;
    }
    if (!api) found.api = { key: 'address' };
    const good = Object.fromEntries(Object.entries(values).filter(([name]) => !found[name]));
    const isStatic = !!values.static;
    return { values, found, api: found.api ? '' : api, isStatic, attributes: attributesOf(this.widget, good) };
  }

  private setValue(name: string, value: string) {
    const shared = ['api', 'static', 'fallback', 'fallback-text'].includes(name);
    if (shared) this.common = { ...this.common, [name]: value };
    else this.values = { ...this.values, [this.widget]: { ...this.values[this.widget], [name]: value } };
    // Choices apply at once; typed values are judged when the field is left.
    if (!['text', 'address', 'link', 'number', 'municipality', 'place'].includes(FIELDS[name]?.kind ?? 'text'))
      this.touched.add(name);
    this.requestUpdate();
  }

  private async searchPlace() {
    const query = this.place.query.trim();
    if (!query) return;
    const base = this.geocoder || this.config?.geocoder || PDOK_LOCATIESERVER;
    try {
      const results = await searchPlaces(base, query);
      this.place = {
        query,
        results,
        status: results.length ? this.msg.t('place.found', results.length) : this.msg.t('place.none'),
      };
    } catch {
      this.place = { query, results: [], status: this.msg.t('place.down') };
    }
    this.requestUpdate();
  }

  private pickPlace(field: string, place: Place) {
    const zoom = FIELDS[field]?.kind === 'place' ? (FIELDS[field] as { zoom: string }).zoom : '';
    const values = { ...this.values[this.widget], [field]: centerOf(place) };
    if (zoom && !values[zoom]) values[zoom] = '12';
    if (OPTIONS[this.widget].includes('municipality') && !values.municipality) values.municipality = place.code;
    this.values = { ...this.values, [this.widget]: values };
    this.place = { ...this.place, results: [], status: this.msg.t('place.chosen', place.name) };
    this.requestUpdate();
    // Focus back to the field that now holds the place (the list it was in is gone).
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#option-${field}`)?.focus());
  }

  private async copy(block: CodeBlock) {
    try {
      await navigator.clipboard.writeText(block.text);
      this.copyStatus = this.msg.t('copied', block.title);
    } catch {
      // Clipboard refused (permissions, an old browser): select the text so Ctrl+C does it.
      const pre = this.renderRoot.querySelector<HTMLElement>(`#${block.id}`);
      if (pre) {
        getSelection()?.selectAllChildren(pre);
        pre.focus();
      }
      this.copyStatus = this.msg.t('copy.failed');
    }
    this.requestUpdate();
  }

  /** The house style's tokens and the page class that carries a preset. */
  private get styleTokens(): { className?: string; tokens: Record<string, string> } {
    if (this.houseStyle.kind === 'custom') return { tokens: customTokens(this.custom) };
    if (this.houseStyle.kind === 'preset') return { className: this.houseStyle.name, tokens: {} };
    return { tokens: {} };
  }

  private blocks(api: string, isStatic: boolean, attributes: Record<string, string>): CodeBlock[] {
    const { msg } = this;
    const values = this.current;
    if (!api) return [];
    const fallback =
      values.fallback && values['fallback-text'] ? { href: values.fallback, text: values['fallback-text'] } : undefined;
    const blocks: CodeBlock[] = [];
    if (this.integrity) {
      const s = snippet({
        widget: this.widget,
        cdn: this.cdnUrl,
        integrity: this.integrity,
        api,
        static: isStatic,
        attributes,
        fallback,
      });
      blocks.push({ id: 'code-snippet', title: msg.t('code.snippet'), help: msg.t('code.snippet.help'), text: s.html });
      const style = this.styleTokens;
      const tokens = style.className ? this.presetTokens : style.tokens;
      const css = styleSheet(this.widget, tokens);
      if (css) blocks.push({ id: 'code-css', title: msg.t('code.css'), help: msg.t('code.css.help'), text: css });
      blocks.push({
        id: 'code-csp',
        title: msg.t('code.csp'),
        help: msg.t('code.csp.help'),
        text: `Content-Security-Policy: ${s.csp}`,
        note: msg.t('code.ask', this.widget),
      });
    }
    // A frame is the reference server's embed page: a static folder has no server to serve it.
    if (isStatic) return blocks;
    const frame = iframeSnippet({ widget: this.widget, api, attributes, title: msg.t(`widget.${this.widget}`) });
    blocks.push(
      { id: 'code-iframe', title: msg.t('code.iframe'), help: msg.t('code.iframe.help'), text: frame.html },
      {
        id: 'code-iframe-csp',
        title: msg.t('code.iframe.csp'),
        help: msg.t('code.csp.help'),
        text: `Content-Security-Policy: ${frame.csp}`,
      },
    );
    return blocks;
  }

  override updated() {
    // The preview and the API's choices follow the form (side effects after the render, not in it).
    const { api, isStatic, attributes } = this.snapshot;
    if (api) this.apiData.load(api, isStatic, this.locale);
    const where = api ? { api, ...(isStatic ? { static: 'static' } : {}) } : {};
    this.preview?.show(this.widget, { ...where, ...attributes }, this.styleTokens);
    if (this.houseStyle.kind === 'preset') {
      const tokens = this.preview?.tokens(TOKEN_NAMES) ?? {};
      if (JSON.stringify(tokens) !== JSON.stringify(this.presetTokens)) {
        this.presetTokens = tokens;
        this.requestUpdate();
      }
    }
  }

  override render() {
    const { msg } = this;
    const { values, found, api, isStatic, attributes } = this.snapshot;
    const shown = Object.fromEntries(
      Object.entries(found)
        .filter(([name]) => this.touched.has(name))
        .map(([name, p]) => [`option-${name}`, this.problemText(p)]),
    );
    const level = this.headingLevel;
    const fontError = this.custom.font && !isFontFamily(this.custom.font) ? msg.t('error.font') : undefined;
    const warnings = contrastProblems(this.custom).map((p) =>
      msg.t(
        'style.contrast',
        p.ratio.toFixed(1).replace('.', this.locale === 'en' ? '.' : ','),
        msg.t(`style.${p.what}`),
      ),
    );
    const context = {
      msg,
      widget: this.widget,
      values,
      errors: shown,
      choices: this.apiData.choices,
      place: this.place,
      onWidget: (w: Widget) => {
        this.widget = w;
        this.place = { query: '', results: [], status: '' };
      },
      onValue: (name: string, value: string) => this.setValue(name, value),
      onBlur: (name: string) => {
        this.touched.add(name);
        this.requestUpdate();
      },
      onPlaceQuery: (q: string) => (this.place = { ...this.place, query: q }),
      onPlaceSearch: () => void this.searchPlace(),
      onPlacePick: (field: string, p: Place) => this.pickPlace(field, p),
    };
    return html`<p class="intro">${msg.t('intro')}</p>
      ${heading(msg.t('step.widget'), level)} ${renderWidgetChoice(context)}
      <div class="columns">
        <div class="settings">
          ${heading(msg.t('step.options'), level)}
          ${this.apiData.failed ? html`<p class="callout">${msg.t('error.api')}</p>` : nothing}
          ${renderOptions(context)} ${heading(msg.t('step.style'), level)}
          ${renderStyle({
            msg,
            style: this.houseStyle,
            presets: this.presets,
            custom: this.custom,
            warnings,
            fontError,
            onStyle: (s) => {
              this.houseStyle = s;
            },
            onCustom: (name, value) => {
              this.custom = { ...this.custom, [name]: value };
              this.houseStyle = { kind: 'custom', ...this.custom };
            },
          })}
        </div>
        <div class="preview">
          ${heading(msg.t('step.preview'), level)}
          <slot name="preview"></slot>
        </div>
      </div>
      ${heading(msg.t('step.code'), level)}
      ${Object.keys(shown).length ? html`<p class="callout" role="alert">${msg.t('error.summary')}</p>` : nothing}
      ${this.sriFailed ? html`<p class="callout" role="alert">${msg.t('error.sri')}</p>` : nothing}
      ${renderCode({
        msg,
        level: level + 1,
        blocks: this.blocks(api, isStatic, attributes),
        status: this.copyStatus,
        onCopy: (b) => void this.copy(b),
      })}`;
  }
}
