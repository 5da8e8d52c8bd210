import { html, nothing, type PropertyDeclarations } from 'lit';
import {
  addressCatalogue,
  addressFields,
  ApiClient,
  BuurtElement,
  heading,
  headingStyles,
  button,
  errorSummary,
  errorSummaryStyles,
  fieldStyles,
  findContacts,
  GeocoderError,
  Latest,
  listAreas,
  LocalizeController,
  normalizePostcode,
  parseHouseNumber,
  PdokGeocoder,
  skeleton,
  validateAddress,
  type Address,
  type ContactResult,
} from '@buurtkit/core';
import { renderAreas, type Area } from './area-list.js';
import { renderFound, type FoundView } from './contact-card.js';
import { BuurtContactFoundEvent } from './events.js';
import { finderCatalogue } from './messages/catalogue.js';
import { finderStyles } from './contact-finder.styles.js';

const STORAGE_KEY = 'buurtkit-contact-finder';

/**
 * @tagname buurt-contact-finder
 * @summary "Wie is mijn contactpersoon?": postcode and house number in, the one right person at the municipality out.
 *
 * Residents type postcode and house number, use their location (only on request), or
 * pick their wijk or buurt from a list. There is always an answer: when no one covers
 * the area, the municipality's central initiatives desk. With `region` (a region file, as the
 * map takes) the address's own municipality answers.
 *
 * @event buurt-contact-found - A contact was found; `detail.area` and `detail.contacts`.
 * @event buurt-error - The API failed; `detail.message` is what the widget shows.
 *
 * @csspart form - The address form.
 * @csspart contact - The card of the main contact person.
 * @csspart areas - The list of wijken and buurten.
 * @csspart button - Buttons.
 * @csspart error - The error message.
 *
 * @cssproperty --buurt-contact-card-background-color - Background of a contact card.
 * @cssproperty --buurt-contact-card-border-color - The accent border of a contact card.
 * @cssproperty --buurt-contact-photo-size - Size of the contact photo (96px).
 */
export class ContactFinder extends BuurtElement {
  static override styles = [...BuurtElement.styles, headingStyles, fieldStyles, errorSummaryStyles, finderStyles];
  // Declared without decorators: their runtime stays out of the bundle.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    municipality: { reflect: true },
    region: { reflect: true },
    geocoder: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    postcode: { state: true },
    number: { state: true },
    errors: { state: true },
    submitted: { state: true },
    view: { state: true },
    message: { state: true },
    hint: { state: true },
    busy: { state: true },
    addresses: { state: true },
    chosen: { state: true },
    areas: { state: true },
    filter: { state: true },
    result: { state: true },
    apiError: { state: true },
    status: { state: true },
  };

  /** A theme key: that theme's specialist comes first. */
  theme?: string;
  /**
   * CBS code of this municipality (e.g. `GM0034`): addresses elsewhere get a hint, and the
   * area list shows its wijken and buurten.
   */
  municipality?: string;
  /** A region file (as the map's `region`): the address's own municipality answers. */
  region?: string;
  /** Base URL of the geocoder (PDOK Locatieserver v3_1); otherwise `<buurt-config geocoder>`, else PDOK. */
  geocoder?: string;
  /** Level of the widget's top heading (2 by default). */
  headingLevel = 2;

  /** Its messages in the language it speaks now (read-only). */
  readonly msg = new LocalizeController(this, finderCatalogue);
  private readonly loads = new Latest(this);
  private readonly addressMsg = new LocalizeController(this, addressCatalogue);

  private postcode = '';
  private number = '';
  private errors: { postcode?: string; number?: string } = {};
  private submitted = false;
  private view: 'form' | 'choose' | 'areas' | 'found' = 'form';
  private message = '';
  private hint = '';
  private busy = false;
  private addresses: Address[] = [];
  private chosen = 0;
  private areas?: Area[];
  private filter = '';
  private result?: ContactResult;
  private apiError = '';
  private status = '';
  private retry?: () => void;
  /** In a region, the API of the municipality the address is in. */
  private member?: ApiClient;

  override get apiUrl(): string | undefined {
    return this.region ? (this.member?.baseUrl ?? this.region) : super.apiUrl;
  }

  protected override get client(): ApiClient {
    return (this.region && this.member) || super.client;
  }

  override connectedCallback() {
    super.connectedCallback();
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as {
        postcode?: string;
        number?: string;
      } | null;
      if (saved) Object.assign(this, { postcode: saved.postcode ?? '', number: saved.number ?? '' });
    } catch {
      /* storage blocked: nothing to restore */
    }
  }

  private get geocoderClient() {
    return new PdokGeocoder({ baseUrl: this.geocoder || this.config?.geocoder || undefined });
  }

  private heading(text: string, sub = false) {
    return heading(text, this.headingLevel, { sub, focusable: true });
  }

  private validate() {
    return validateAddress({ postcode: this.postcode, number: this.number }, this.addressMsg);
  }

  /** NL Design System timing: a field is checked when it loses focus after a change, and on submit. */
  private checkField(field: 'postcode' | 'number') {
    if (!this[field].trim() && !this.submitted) return;
    const errors = this.validate();
    this.errors = { ...this.errors, [field]: errors[field] };
  }

  private async search(e: Event) {
    e.preventDefault();
    this.submitted = true;
    this.errors = this.validate();
    this.message = '';
    if (this.errors.postcode || this.errors.number) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    const postcode = normalizePostcode(this.postcode)!;
    const house = parseHouseNumber(this.number)!;
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ postcode: this.postcode, number: this.number }));
    } catch {
      /* not remembered: fine */
    }
    await this.geocode(
      () => this.geocoderClient.lookup(postcode, house.number, house.addition),
      (found) => {
        const exact = found.filter((a) => a.addition === house.addition);
        // "7" where 7, 7A and 7B exist is ambiguous (the letter is often forgotten): ask.
        if (found.length > 1 && (!house.addition || exact.length !== 1)) {
          this.addresses = found;
          this.chosen = 0;
          this.view = 'choose';
          return;
        }
        void this.fromAddress(exact[0] ?? found[0]!);
      },
    );
  }

  private async useLocation() {
    this.message = '';
    const position = await new Promise<GeolocationPosition | null>((resolve) =>
      navigator.geolocation
        ? navigator.geolocation.getCurrentPosition(resolve, () => resolve(null), { timeout: 10_000 })
        : resolve(null),
    );
    if (!position) return this.say(this.msg.t('location-denied'));
    const { latitude, longitude } = position.coords;
    await this.geocode(
      async () => {
        const a = await this.geocoderClient.reverse(latitude, longitude);
        return a ? [a] : [];
      },
      ([a]) => void this.fromAddress(a!),
    );
  }

  private async geocode(ask: () => Promise<Address[]>, then: (found: Address[]) => void) {
    this.busy = true;
    try {
      const found = await ask();
      if (!found.length) this.say(this.addressMsg.t('not-found'));
      else then(found);
    } catch (error) {
      if (!(error instanceof GeocoderError)) throw error;
      // No geocoder: the list of areas still gets the resident to their contact (a region's: no one list).
      if (this.region) return this.say(this.msg.t('geocoder-down.region'));
      this.say(this.msg.t('geocoder-down'));
      await this.showAreas();
    } finally {
      this.busy = false;
    }
  }

  private say(message: string, hint = '') {
    this.message = message;
    this.hint = hint;
    this.status = message;
  }

  private async fromAddress(address: Address) {
    if (this.municipality && address.gemeenteCode && address.gemeenteCode !== this.municipality) {
      this.view = 'form';
      return this.say(
        this.msg.t('outside', address.gemeenteName ?? address.woonplaats ?? address.gemeenteCode),
        this.msg.t('outside.hint'),
      );
    }
    if (this.region && !(await this.memberFor(address))) return;
    const code = address.buurtCode ?? address.wijkCode ?? address.gemeenteCode;
    await this.find(code ? { area: code } : { lat: address.lat, lon: address.lon });
  }

  /** In a region: the API of the address's municipality, or the resident hears it is not in the region. */
  private async memberFor(address: Address): Promise<boolean> {
    try {
      const { regionClient } = await import('./region-member.js');
      this.member = await regionClient(this.region!, address.gemeenteCode, this.locale);
      if (!this.member) {
        this.view = 'form';
        const place = address.gemeenteName ?? address.woonplaats ?? address.gemeenteCode ?? '';
        this.say(this.msg.t('outside.region', place), this.msg.t('outside.hint'));
        return false;
      }
      return true;
    } catch (error) {
      this.retry = () => void this.fromAddress(address);
      this.apiError = this.reportError(error);
      return false;
    }
  }

  private async find(query: { area?: string; lat?: number; lon?: number }) {
    this.busy = true;
    this.apiError = '';
    const signal = this.loads.next();
    try {
      const result = await findContacts(this.client, { ...query, theme: this.theme || undefined }, { signal });
      if (signal.aborted) return;
      this.result = result;
      this.view = 'found';
      const first = result.contacts[0]!;
      this.status = this.msg.t('found.status', first.name, result.area?.name ?? first.name);
      this.emit(new BuurtContactFoundEvent({ area: result.area, contacts: result.contacts }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.found [role=heading]')?.focus();
    } catch (error) {
      if (signal.aborted) return;
      this.retry = () => void this.find(query);
      this.apiError = this.reportError(error);
    } finally {
      this.busy = false;
    }
  }

  private async showAreas() {
    this.view = 'areas';
    if (this.areas) return;
    try {
      const list = await listAreas(this.client, { municipality: this.municipality, geometry: false });
      this.areas = list.features
        .map((f) => f.properties as Area)
        .filter((a) => a.level !== 'gemeente')
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    } catch (error) {
      this.retry = () => void this.showAreas();
      this.apiError = this.reportError(error);
    }
  }

  /** What the found contact's views need of the finder. */
  private foundView(): FoundView {
    return {
      msg: this.msg,
      core: this.core,
      heading: (text, sub) => this.heading(text, sub),
      roleLabel: (role) => this.contactRoleLabel(role),
      photoUrl: (path) => this.client.resolve(path),
      searchAgain: () => {
        this.view = 'form';
        this.result = undefined;
        this.status = '';
      },
    };
  }

  protected override render() {
    return html`${this.heading(this.msg.t('title'))}
      <p class="visually-hidden" role="status">${this.status}</p>
      ${this.view === 'found' && this.result ? renderFound(this.foundView(), this.result) : this.renderSearch()}
      ${this.busy ? skeleton(this.core.t('loading'), 2) : nothing}
      ${this.apiError ? this.renderError(this.apiError, this.retry) : nothing}`;
  }

  private renderSearch() {
    const summary = this.submitted && (this.errors.postcode || this.errors.number);
    return html`<p>${this.msg.t('intro')}</p>
      <form novalidate part="form" @submit=${this.search}>
        ${
          summary
            ? errorSummary({
                heading: this.core.t('summary.heading', Number(!!this.errors.postcode) + Number(!!this.errors.number)),
                intro: this.core.t('summary.intro'),
                errors: [
                  ...(this.errors.postcode ? [{ fieldId: 'postcode', message: this.errors.postcode }] : []),
                  ...(this.errors.number ? [{ fieldId: 'number', message: this.errors.number }] : []),
                ],
                root: this.shadowRoot,
              })
            : nothing
        }
        <div class="row">
          ${addressFields({
            value: { postcode: this.postcode, number: this.number },
            errors: this.errors,
            t: this.addressMsg,
            errorPrefix: this.core.t('field.error-prefix'),
            onInput: (field, v) => (this[field] = v),
            onBlur: (field) => this.checkField(field),
          })}
        </div>
        ${
          this.message
            ? html`<div class="message callout" role="alert"><p>${this.message}</p>${
                this.hint ? html`<p>${this.hint}</p>` : nothing
              }</div>`
            : nothing
        }
        ${this.view === 'choose' ? this.renderChoice() : nothing}
        <div class="actions">
          ${this.view === 'choose' ? nothing : button({ label: this.msg.t('search'), type: 'submit' })}
          ${button({ label: this.msg.t('use-location'), variant: 'secondary', onClick: () => void this.useLocation() })}
          ${
            this.view === 'areas'
              ? nothing
              : button({ label: this.msg.t('pick-area'), variant: 'secondary', onClick: () => void this.showAreas() })
          }
        </div>
      </form>
      ${
        this.view === 'areas'
          ? renderAreas({
              msg: this.msg,
              areas: this.areas,
              filter: this.filter,
              onFilter: (v) => (this.filter = v),
              pick: (code) => void this.find({ area: code }),
            })
          : nothing
      }`;
  }

  private renderChoice() {
    return html`<fieldset>
        <legend>${this.msg.t('choose-address')}</legend>
        ${this.addresses.map(
          (a, i) =>
            html`<label class="choice"><input type="radio" name="address" .checked=${i === this.chosen}
              @change=${() => (this.chosen = i)} /> ${a.label}</label>`,
        )}
      </fieldset>
      ${button({
        label: this.msg.t('choose-address.go'),
        onClick: () => void this.fromAddress(this.addresses[this.chosen]!),
      })}`;
  }
}
