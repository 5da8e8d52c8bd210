/**
 * Every Buurtkit event is a class of its own, named `buurt-*`, bubbling and composed so
 * a host page can listen on any ancestor, also across shadow roots.
 */
export class BuurtEvent<T> extends Event {
  constructor(
    type: `buurt-${string}`,
    readonly detail: T,
    init: EventInit = {},
  ) {
    super(type, { bubbles: true, composed: true, ...init });
  }
}

export type BuurtErrorDetail = {
  /** What failed, stable for scripts: 'network', 'timeout', 'problem', 'malformed' or 'unknown'. */
  kind: string;
  /** HTTP status when the API answered, else 0. */
  status: number;
  /** The localized message the widget shows. */
  message: string;
  error: unknown;
};

/** A widget could not do what the resident asked; it shows the same message itself. */
export class BuurtErrorEvent extends BuurtEvent<BuurtErrorDetail> {
  static readonly type = 'buurt-error';
  constructor(detail: BuurtErrorDetail) {
    super(BuurtErrorEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'buurt-error': BuurtErrorEvent;
  }
}
