import { skeleton } from '@buurtkit/core';
import type { DeskHost } from './desk-host.js';

/** What a lazily loaded view offers the desk. */
export interface LoadedView {
  reset(): void;
  enter(): void;
  render(): unknown;
}

/**
 * A view for `beheer`, opened now and then (the phase models, the municipality's settings):
 * its code loads the first time it is entered, so the desk everyone opens stays small.
 */
export class LazyView<V extends LoadedView> {
  private view?: V;
  private loading?: Promise<void>;
  private error = '';

  constructor(
    private readonly host: DeskHost,
    private readonly load: (host: DeskHost) => Promise<V>,
  ) {}

  reset() {
    this.view?.reset();
  }

  enter() {
    if (this.view) return this.view.enter();
    this.error = '';
    this.loading ??= this.load(this.host).then(
      (view) => {
        this.view = view;
        view.enter();
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
