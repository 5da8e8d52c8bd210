import type { ReactiveControllerHost } from 'lit';
import type { CoreMessages, LocalizeController } from '@buurtkit/core';
import type { MapMessages } from './messages/nl.js';

/**
 * What the map's parts (pane, marker layer, list twin, place search) may use of the element
 * that holds them: its shadow root, its updates and its messages. They never import it.
 */
export type MapHost = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    readonly updateComplete: Promise<boolean>;
    readonly msg: LocalizeController<MapMessages>;
    readonly core: LocalizeController<CoreMessages>;
  };
