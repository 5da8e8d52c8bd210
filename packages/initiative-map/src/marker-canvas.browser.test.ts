import { expect } from '@open-wc/testing';
import type { MapItem } from './cluster-engine.ts';
import { drawItems, hitTest, radiusOf } from './marker-canvas.ts';

const style = {
  colorOf: (theme: string | undefined) => (theme === 'groen' ? '#2e7d32' : '#4b4b4b'),
  clusterColor: '#1a4f8b',
  textColor: '#ffffff',
  formatCount: (n: number) => String(n),
};
/** Items placed at pixel x, y (lon, lat read as pixels by the projection below). */
const at = (x: number, y: number, o: Partial<MapItem> = {}): MapItem => ({ lon: x, lat: y, count: 1, ...o });
const project = (lat: number, lon: number) => ({ x: lon, y: lat });

function canvas() {
  const c = document.createElement('canvas');
  c.style.cssText = 'width:200px;height:100px;display:block';
  document.body.append(c);
  return c;
}
const pixel = (c: HTMLCanvasElement, x: number, y: number) => {
  const dpr = window.devicePixelRatio || 1;
  return [...c.getContext('2d')!.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data];
};

describe('marker canvas', () => {
  it('draws what is in view, skips what is not, and says where each went', () => {
    const c = canvas();
    const placed = drawItems(
      c,
      [at(20, 20, { id: 1, theme: 'groen' }), at(500, 20, { id: 2 }), at(100, 50, { count: 12 })],
      project,
      style,
    );
    expect(placed.map((p) => [p.x, p.y, p.item.id ?? p.item.count])).to.deep.equal([
      [20, 20, 1],
      [100, 50, 12],
    ]);
    expect(pixel(c, 20, 20).slice(0, 3)).to.deep.equal([0x2e, 0x7d, 0x32], 'a dot in its theme colour');
    expect(pixel(c, 100 + radiusOf(at(0, 0, { count: 12 })) - 3, 50).slice(0, 3)).to.deep.equal([0x1a, 0x4f, 0x8b]);
    expect(pixel(c, 60, 80)[3]).to.equal(0, 'nothing drawn elsewhere');
    c.remove();
  });

  it('grows clusters with the order of magnitude of their count', () => {
    expect(radiusOf(at(0, 0))).to.equal(8);
    expect(radiusOf(at(0, 0, { count: 10 }))).to.equal(18);
    expect(radiusOf(at(0, 0, { count: 10_000 }))).to.equal(30);
  });

  it('hits the topmost item under a pointer, with some slack for fingers, and nothing beside', () => {
    const c = canvas();
    const placed = drawItems(c, [at(50, 50, { id: 1 }), at(54, 50, { id: 2 })], project, style);
    expect(hitTest(placed, 55, 50)?.item.id).to.equal(2, 'the one drawn last is on top');
    expect(hitTest(placed, 40, 50)?.item.id).to.equal(1, 'only the first reaches this far left');
    expect(hitTest(placed, 50, 50 + 8 + 3)?.item.id).to.equal(2, 'within 4 px of the edge');
    expect(hitTest(placed, 50, 50 + 8 + 8)).to.equal(undefined);
    c.remove();
  });
});
