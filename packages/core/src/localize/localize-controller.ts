import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { INTL_TAGS } from '@buurtkit/api/locales';
import { DEFAULT_LOCALE, resolveLocale, type Locale } from './locale.js';
import { formatter, groupDigits } from './formats.js';

export type Message = string | ((...args: never[]) => string);
export type Messages = Record<string, Message>;
type Args<M> = M extends (...args: infer A) => string ? A : [];

/**
 * A catalogue: Dutch always at hand, every other language of `LOCALES` loaded when first
 * needed. Derived from the language list: a language added there is a type error in each
 * catalogue that lacks it.
 */
export type Catalogue<M extends Messages> = { [L in typeof DEFAULT_LOCALE]: M } & {
  [L in Exclude<Locale, typeof DEFAULT_LOCALE>]: () => Promise<{ default: M }>;
};

const loaded = new WeakMap<Catalogue<Messages>, Map<Locale, Messages>>();

async function load<M extends Messages>(catalogue: Catalogue<M>, locale: Locale): Promise<M> {
  let cache = loaded.get(catalogue as unknown as Catalogue<Messages>);
  if (!cache) {
    cache = new Map<Locale, Messages>([[DEFAULT_LOCALE, catalogue[DEFAULT_LOCALE]]]);
    loaded.set(catalogue as unknown as Catalogue<Messages>, cache);
  }
  const hit = cache.get(locale);
  if (hit) return hit as M;
  const messages = locale === DEFAULT_LOCALE ? catalogue[DEFAULT_LOCALE] : (await catalogue[locale]()).default;
  cache.set(locale, messages);
  return messages;
}

// One observer for the whole page: a `lang` change anywhere re-resolves every widget.
const hosts = new Set<LocalizeController<Messages>>();
let observer: MutationObserver | undefined;
function watch(controller: LocalizeController<Messages>) {
  hosts.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((h) => h.refresh()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}
function unwatch(controller: LocalizeController<Messages>) {
  hosts.delete(controller);
  if (!hosts.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Gives an element its language and messages, and re-renders it when the nearest
 * `lang` changes. Dates, numbers and durations go through `Intl` in the same language.
 */
export class LocalizeController<M extends Messages> implements ReactiveController {
  locale: Locale = 'nl';
  private messages: M;
  private pending?: Locale;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly catalogue: Catalogue<M>,
  ) {
    this.messages = catalogue.nl;
    host.addController(this);
  }

  hostConnected() {
    watch(this as unknown as LocalizeController<Messages>);
    this.refresh();
  }

  hostDisconnected() {
    unwatch(this as unknown as LocalizeController<Messages>);
  }

  hostUpdate() {
    // Our own `lang` may have changed (not seen by the page-wide observer inside a shadow root).
    this.refresh();
  }

  /** Re-reads the language; loads its catalogue if needed, then re-renders. */
  refresh() {
    const wanted = resolveLocale(this.host);
    if (wanted === (this.pending ?? this.locale)) return;
    this.pending = wanted;
    void load(this.catalogue, wanted).then((messages) => {
      if (this.pending !== wanted) return;
      this.pending = undefined;
      this.locale = wanted;
      this.messages = messages;
      this.host.requestUpdate();
    });
  }

  /** Resolves once the current language's messages are in (for tests and first paint). */
  async ready(): Promise<void> {
    while (this.pending) await load(this.catalogue, this.pending).then(() => new Promise((r) => setTimeout(r)));
  }

  t<K extends keyof M>(key: K, ...args: Args<M[K]>): string {
    const message = this.messages[key] ?? this.catalogue.nl[key];
    return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : String(message);
  }

  /** The BCP 47 tag for Intl; Frisian falls back to Dutch formats where a runtime lacks `fy`. */
  get intlLocale(): string {
    return INTL_TAGS[this.locale];
  }

  /**
   * A date in the language; without options the long date ("3 maart 2026") from the core
   * catalogue where it has one: the first `Intl.DateTimeFormat` on a page loads the language's
   * calendar data, ~100 ms of a phone's main thread for a tracker's first render, and Frisian
   * gets its own month names, which runtimes lack.
   */
  date(value: string | number | Date, options?: Intl.DateTimeFormatOptions): string {
    const d = new Date(value);
    const long = (this.messages as Messages)['date.long'];
    if (!options && typeof long === 'function')
      return (long as (day: number, month: number, year: number) => string)(d.getDate(), d.getMonth(), d.getFullYear());
    return formatter('date', [this.intlLocale, 'nl-NL'], options ?? { dateStyle: 'long' }).format(d);
  }

  /** A number in the language; whole counts without Intl, for the reason `date` gives. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    const group = (this.messages as Messages)['number.group'];
    const grouped = !options && typeof group === 'string' ? groupDigits(value, group) : undefined;
    return grouped ?? formatter('number', [this.intlLocale, 'nl-NL'], options).format(value);
  }
}

/**
 * "12 dagen geleden" / "12 days ago". Days up to two months, because residents count
 * waiting in days ("sinds 12 dagen"), not in rounded weeks. A function, not a method,
 * so widgets that do not use it do not carry it.
 */
export function relativeTime(
  controller: { intlLocale: string },
  value: string | number | Date,
  now: number = Date.now(),
): string {
  const seconds = (new Date(value).getTime() - now) / 1000;
  const units: [Intl.RelativeTimeFormatUnit, number, number][] = [
    ['year', 31_536_000, 2 * 31_536_000],
    ['month', 2_592_000, 60 * 86_400],
    ['day', 86_400, 86_400],
    ['hour', 3600, 3600],
    ['minute', 60, 60],
  ];
  const format = formatter('relative', [controller.intlLocale, 'nl-NL'], { numeric: 'auto' });
  for (const [unit, size, from] of units)
    if (Math.abs(seconds) >= from) return format.format(Math.round(seconds / size), unit);
  return format.format(Math.round(seconds), 'second');
}
