import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What NL Design System host pages listen for to read a page's text again. */
export const CONTENT_UPDATED = 'nlds:content-updated';

/**
 * Tells the page when the text a widget shows has changed. Read-aloud and translation
 * tools on the host page cannot see into shadow roots, so they wait for this event
 * (bubbling, crossing shadow boundaries) to read again. Only renders that change the
 * visible text count: a map redrawn while panning says nothing.
 */
export class ContentUpdates implements ReactiveController {
  private shown?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostUpdated() {
    const text = this.host.renderRoot.textContent ?? '';
    if (text === this.shown) return;
    this.shown = text;
    this.host.dispatchEvent(new Event(CONTENT_UPDATED, { bubbles: true, composed: true }));
  }
}
