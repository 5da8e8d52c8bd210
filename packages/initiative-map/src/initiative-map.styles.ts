import { css } from 'lit';

export const mapStyles = css`
  :host {
    --_map-height: var(--buurt-map-height, 480px);
    --_map-cluster-bg: var(--buurt-map-cluster-background-color, var(--_buurt-color-primary));
    --_map-cluster-color: var(--buurt-map-cluster-color, var(--_buurt-color-primary-text));
    --_map-item-current-bg: var(--buurt-map-list-item-current-background-color, var(--_buurt-color-focus-background));
    --_map-side-width: var(--buurt-map-side-width, 22rem);
  }
  p {
    margin: 0 0 var(--_buurt-space-s);
  }
  .filters,
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_buurt-space-s) var(--_buurt-space-m);
    align-items: flex-end;
    margin-block-end: var(--_buurt-space-s);
  }
  .filters .field,
  .tools .field {
    margin: 0;
    flex: 1 1 12rem;
  }
  .postcode {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_buurt-space-s);
    align-items: flex-end;
  }
  .fixed {
    align-self: center;
    font-weight: bold;
  }
  .count {
    font-weight: bold;
    min-height: 1.5em;
  }
  .unavailable {
    margin: 0 0 var(--_buurt-space-s);
    padding: var(--_buurt-space-s);
    list-style: none;
    border-inline-start: 4px solid var(--_buurt-color-error);
    background: var(--_buurt-color-error-background);
  }
  .notice:empty,
  .unavailable:empty,
  .hint:empty {
    display: none;
  }
  .toggle {
    display: flex;
    gap: var(--_buurt-space-s);
    margin-block-end: var(--_buurt-space-s);
  }
  .panes {
    display: grid;
    grid-template-columns: minmax(0, 1fr) var(--_map-side-width);
    gap: var(--_buurt-space-m);
  }
  .narrow .panes {
    grid-template-columns: minmax(0, 1fr);
  }
  [hidden] {
    display: none !important;
  }
  .map-pane {
    position: relative;
    min-width: 0;
  }
  .map {
    height: var(--_map-height);
    border: 2px solid var(--_buurt-color-border);
    border-radius: var(--_buurt-radius);
  }
  .narrow .map {
    height: var(--buurt-map-height, 60vh);
  }
  .map.pointing {
    cursor: pointer;
  }
  canvas.markers {
    position: absolute;
    inset: 2px;
    width: calc(100% - 4px);
    height: calc(100% - 4px);
    z-index: 500;
    pointer-events: none;
  }
  canvas.markers.zooming {
    visibility: hidden;
  }
  .cluster-keys {
    position: absolute;
    inset: 2px;
    z-index: 600;
    pointer-events: none;
    overflow: hidden;
  }
  .cluster-key {
    position: absolute;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    cursor: pointer;
    pointer-events: auto;
  }
  .cluster-key:focus-visible {
    outline: 3px solid var(--_buurt-color-focus);
    outline-offset: 3px;
    box-shadow: 0 0 0 3px #fff;
  }
  .marker-label {
    position: absolute;
    z-index: 700;
    transform: translate(-50%, -100%);
    max-width: 16rem;
    padding: 2px var(--_buurt-space-s);
    background: var(--_buurt-color-text);
    color: var(--_buurt-color-background);
    border-radius: var(--_buurt-radius);
    font-size: 0.875em;
    pointer-events: none;
    overflow-wrap: anywhere;
  }
  .zoom {
    position: absolute;
    top: var(--_buurt-space-s);
    right: var(--_buurt-space-s);
    z-index: 800;
    display: grid;
    gap: 4px;
  }
  .zoom .button {
    min-width: 44px;
    justify-content: center;
  }
  .hint {
    position: absolute;
    left: 50%;
    top: 50%;
    z-index: 800;
    transform: translate(-50%, -50%);
    max-width: 80%;
    padding: var(--_buurt-space-s) var(--_buurt-space-m);
    background: rgb(0 0 0 / 0.8);
    color: #fff;
    border-radius: var(--_buurt-radius);
    text-align: center;
    pointer-events: none;
  }
  .attribution {
    position: absolute;
    right: 2px;
    bottom: 2px;
    z-index: 800;
    margin: 0;
    padding: 0 4px;
    background: rgb(255 255 255 / 0.85);
    color: #1a1a1a;
    font-size: 12px;
  }
  .side {
    min-width: 0;
    max-height: calc(var(--_map-height) + 4px);
    overflow: auto;
  }
  .narrow .side {
    max-height: none;
  }
  .list {
    list-style: none;
    margin: 0 0 var(--_buurt-space-s);
    padding: 0;
    display: grid;
    gap: var(--_buurt-space-xs);
  }
  .item {
    display: grid;
    gap: 2px;
    width: 100%;
    min-height: 44px;
    padding: var(--_buurt-space-s);
    border: 1px solid var(--_buurt-color-border);
    border-radius: var(--_buurt-radius);
    background: var(--_buurt-color-background);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .item[aria-current='true'] {
    background: var(--_map-item-current-bg);
    border-color: var(--_buurt-color-text);
  }
  .item-title {
    font-weight: bold;
    color: var(--_buurt-color-primary);
    text-decoration: underline;
  }
  .item-meta {
    color: var(--_buurt-color-text-muted);
    font-size: 0.875em;
  }
  .detail {
    overflow-wrap: anywhere;
  }
  .detail .back {
    margin-block-end: var(--_buurt-space-s);
  }
  .detail [role='heading']:focus {
    outline: none;
  }
  .detail [role='heading']:focus-visible {
    outline: 3px solid var(--_buurt-color-focus);
  }
  .cta {
    text-decoration: none;
  }
`;
