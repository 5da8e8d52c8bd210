import type { ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '@buurtkit/core';
import type { FormMessages } from './messages/nl.js';

/**
 * What the form's controllers (the where step, the photo list) may use of the element that
 * holds them: its shadow root, its updates and its messages. They never import it.
 */
export type FormHost = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly updateComplete: Promise<boolean>;
    readonly msg: LocalizeController<FormMessages>;
  };
