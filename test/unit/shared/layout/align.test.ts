import { describe, expect, it } from 'vitest';
import { alignPositions, boundsOf, distributePositions, type Box } from '../../../../shared/layout/align';

const box = (x: number, y: number, width = 200, height = 72): Box => ({ x, y, width, height });

/** Mixed sizes: a small node, a default one and a wide, tall one. */
const mixed: Record<string, Box> = {
  small: box(100, 50, 100, 40),
  normal: box(320, 10, 200, 72),
  wide: box(40, 300, 300, 120),
};

describe('boundsOf', () => {
  it('is the smallest box around all boxes', () => {
    expect(boundsOf(Object.values(mixed))).toEqual({ x: 40, y: 10, width: 480, height: 410 });
  });

  it('is null for no boxes', () => {
    expect(boundsOf([])).toBeNull();
  });
});

describe('alignPositions', () => {
  it('lines up left edges at the leftmost one, keeping y', () => {
    expect(alignPositions(mixed, 'left')).toEqual({ small: { x: 40, y: 50 }, normal: { x: 40, y: 10 } });
  });

  it('lines up right edges at the rightmost one', () => {
    expect(alignPositions(mixed, 'right')).toEqual({
      small: { x: 420, y: 50 },
      wide: { x: 220, y: 300 },
    });
  });

  it('centres every box on the bounding box’s centre line', () => {
    // Bounding box 40..520: centre 280.
    expect(alignPositions(mixed, 'centre')).toEqual({
      small: { x: 230, y: 50 },
      normal: { x: 180, y: 10 },
      wide: { x: 130, y: 300 },
    });
  });

  it('lines up tops, middles and bottoms, keeping x', () => {
    expect(alignPositions(mixed, 'top')).toEqual({ small: { x: 100, y: 10 }, wide: { x: 40, y: 10 } });
    // Bounding box 10..420: middle 215.
    expect(alignPositions(mixed, 'middle')).toEqual({
      small: { x: 100, y: 195 },
      normal: { x: 320, y: 179 },
      wide: { x: 40, y: 155 },
    });
    expect(alignPositions(mixed, 'bottom')).toEqual({
      small: { x: 100, y: 380 },
      normal: { x: 320, y: 348 },
    });
  });

  it('moves nothing when the boxes are already aligned', () => {
    const lined = { a: box(10, 0), b: box(10, 200, 120, 40), c: box(10, 400) };
    expect(alignPositions(lined, 'left')).toEqual({});
    const centred = { a: box(0, 0, 200), b: box(40, 100, 120), c: box(-50, 200, 300) };
    expect(alignPositions(centred, 'centre')).toEqual({});
    const bottoms = { a: box(0, 28, 100, 72), b: box(300, 60, 100, 40) };
    expect(alignPositions(bottoms, 'bottom')).toEqual({});
  });

  it('moves nothing for one box or none', () => {
    expect(alignPositions({ only: box(5, 5) }, 'right')).toEqual({});
    expect(alignPositions({}, 'left')).toEqual({});
  });
});

describe('distributePositions', () => {
  it('makes the gaps between neighbours equal, keeping the outer boxes in place', () => {
    const boxes = { a: box(0, 0, 100), b: box(150, 30, 100), c: box(500, 60, 100) };
    // Span 0..600, 300 occupied: gaps of 150.
    expect(distributePositions(boxes, 'horizontal')).toEqual({ b: { x: 250, y: 30 } });
  });

  it('gives equal gaps, not equal centres, to boxes of mixed sizes', () => {
    const boxes = { wide: box(0, 0, 300), small: box(320, 0, 50), normal: box(800, 0, 200) };
    // Span 0..1000, 550 occupied: gaps of 225.
    const moved = distributePositions(boxes, 'horizontal');
    expect(moved).toEqual({ small: { x: 525, y: 0 } });
    const after = { ...boxes, small: { ...boxes.small, ...moved.small } };
    const sorted = Object.values(after).sort((p, q) => p.x - q.x);
    const gaps = sorted.slice(1).map((b, i) => b.x - (sorted[i]!.x + sorted[i]!.width));
    expect(gaps).toEqual([225, 225]);
  });

  it('distributes vertically by top edge and height, keeping x', () => {
    const boxes = { top: box(0, 0, 200, 40), mid: box(90, 50, 200, 120), low: box(30, 400, 200, 100) };
    // Span 0..500, 260 occupied: gaps of 120.
    expect(distributePositions(boxes, 'vertical')).toEqual({ mid: { x: 90, y: 160 } });
  });

  it('orders by position whatever order the boxes come in', () => {
    const boxes = { c: box(900, 0), a: box(0, 0), b: box(100, 0) };
    expect(distributePositions(boxes, 'horizontal')).toEqual({ b: { x: 450, y: 0 } });
  });

  it('moves nothing when the gaps are already equal, even with fractions', () => {
    const boxes = { a: box(0, 0, 100), b: box(133.3, 0, 100), c: box(266.6, 0, 100), d: box(399.9, 0, 100) };
    expect(distributePositions(boxes, 'horizontal')).toEqual({});
    const third = 1 / 3;
    const thirds = {
      a: box(0, 0, 1 + third),
      b: box(2 + third, 0, 1 + third),
      c: box(4 + 2 * third, 0, 1 + third),
    };
    expect(distributePositions(thirds, 'horizontal')).toEqual({});
  });

  it('needs three boxes', () => {
    expect(distributePositions({ a: box(0, 0), b: box(900, 0) }, 'horizontal')).toEqual({});
  });
});
