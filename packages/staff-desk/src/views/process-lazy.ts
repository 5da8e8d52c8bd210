import { skeleton } from '@buurtkit/core';
import type { DeskHost } from './desk-host.js';
import type { ProcessView } from './process-view.js';

/**
 * The phase models view is for `beheer` and opened now and then: its code (a long form, in
 * three languages) loads the first time it is entered, so the desk everyone opens stays small.
 */
export class LazyProcessView {
  private view?: ProcessView;
  private loading?: Promise<void>;
  private error = '';

  constructor(private readonly host: DeskHost) {}

  reset() {
    this.view?.reset();
  }

  enter() {
    if (this.view) return this.view.enter();
    this.error = '';
    this.loading ??= import('./process-view.js').then(
      ({ ProcessView }) => {
        this.view = new ProcessView(this.host);
        this.view.enter();
        this.host.requestUpdate();
      },
      (e: unknown) => {
        this.loading = undefined;
        this.error = this.host.failed(e);
        this.host.requestUpdate();
      },
    );
  }

  render() {
    if (this.view) return this.view.render();
    if (this.error) return this.host.errorView(this.error, () => this.enter());
    return skeleton(this.host.core.t('loading'));
  }
}
