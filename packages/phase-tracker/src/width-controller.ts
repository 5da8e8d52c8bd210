import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the host is at least `from` CSS pixels wide, kept while it is connected (a
 * ResizeObserver), for a layout chosen by the room the page gives it rather than the window's.
 */
export class WidthController implements ReactiveController {
  wide = false;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly from: number,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.observer = new ResizeObserver(([entry]) => {
      const wide = (entry?.contentRect.width ?? 0) >= this.from;
      // A new layout changes our height, which calls us again: change state only when
      // the width class changes, and after this frame, so the observer never loops.
      if (wide !== this.wide)
        requestAnimationFrame(() => {
          this.wide = wide;
          this.host.requestUpdate();
        });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected() {
    this.observer?.disconnect();
  }
}
