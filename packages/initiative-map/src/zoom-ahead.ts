import type { MapItem } from './cluster-engine.js';

export type Bbox = [number, number, number, number];

const contains = (outer: Bbox, inner: Bbox) =>
  outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];

/** A bbox `factor` times as wide and high around the same centre (a zoom out may move the centre too). */
function widen([w, s, e, n]: Bbox, factor: number): Bbox {
  const dx = ((e - w) * (factor - 1)) / 2;
  const dy = ((n - s) * (factor - 1)) / 2;
  return [Math.max(-180, w - dx), Math.max(-85, s - dy), Math.min(180, e + dx), Math.min(85, n + dy)];
}

/**
 * The clusters of the zoom levels next to the one shown, asked of the worker before the
 * resident zooms, so a zoom step draws from memory in the frame it happens instead of waiting
 * a round trip to the worker. One step in lies within the view shown; one step out is asked
 * for a view three times as wide, so a zoom around the pointer is covered too. Clusters are
 * kept by their centre, which is what a view's query selects on: a view inside a kept one
 * gets exactly what asking for it would give.
 */
export class ZoomAhead {
  private kept = new Map<number, { bbox: Bbox; items: MapItem[] }>();
  private generation = 0;

  constructor(private readonly ask: (bbox: Bbox, zoom: number) => Promise<MapItem[]>) {}

  /** The items of a view from what was prepared, or undefined when that does not cover it. */
  take(bbox: Bbox, zoom: number): MapItem[] | undefined {
    const kept = this.kept.get(Math.round(zoom));
    if (!kept || !contains(kept.bbox, bbox)) return undefined;
    const [w, s, e, n] = bbox;
    return kept.items.filter((i) => i.lon >= w && i.lon <= e && i.lat >= s && i.lat <= n).map((i) => ({ ...i }));
  }

  /** After showing `zoom` over `bbox`: prepares a step in and a step out, unless kept ones cover them. */
  prepare(bbox: Bbox, zoom: number, [minZoom, maxZoom] = [0, 22]) {
    const z = Math.round(zoom);
    for (const k of this.kept.keys()) if (Math.abs(k - z) > 1) this.kept.delete(k);
    const generation = this.generation;
    for (const [step, box] of [
      [z + 1, bbox],
      [z - 1, widen(bbox, 3)],
    ] as const) {
      if (step < minZoom || step > maxZoom || this.take(bbox, step)) continue;
      this.ask(box, step).then(
        (items) => {
          if (generation === this.generation) this.kept.set(step, { bbox: box, items });
        },
        () => undefined,
      );
    }
  }

  /** New data or a new filter: nothing kept holds, nor does anything still on its way. */
  clear() {
    this.kept.clear();
    this.generation++;
  }
}
