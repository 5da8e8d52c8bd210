import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Buurtkit's one way to drop a superseded load: each `next()` aborts the signal it gave
 * before and hands out a fresh one, so a late answer never overwrites a newer one. A load
 * passes the signal to its requests and ignores its result once the signal is aborted.
 * Given a host, leaving the page aborts the load in flight too.
 *
 * Why not `@lit/task`: our loads are sequences a widget starts imperatively (the map's
 * points, then the view, then the list), not one function of the element's properties,
 * and this is the part of Task they need, without its kilobyte and a half.
 */
export class Latest implements ReactiveController {
  private current?: AbortController;

  constructor(host?: ReactiveControllerHost) {
    host?.addController(this);
  }

  /** A fresh signal; the previous one is aborted. */
  next(): AbortSignal {
    this.cancel();
    this.current = new AbortController();
    return this.current.signal;
  }

  /** Aborts the load in flight without starting another. */
  cancel(reason = 'superseded') {
    this.current?.abort(new DOMException(reason, 'AbortError'));
  }

  hostDisconnected() {
    this.cancel('disconnected');
  }
}

/** True for the error a dropped load ends with: not a failure to show. */
export const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
