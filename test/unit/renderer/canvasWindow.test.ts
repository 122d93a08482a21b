import { describe, expect, it } from 'vitest';
import type { Placement } from '@shared/model/types';
import {
  createWindowFilter,
  inWindow,
  screenInFlow,
  windowAround,
  type Rect,
} from '../../../renderer/src/canvas/canvasWindow';

const contains = (outer: Rect, inner: Rect) =>
  outer.x <= inner.x &&
  outer.y <= inner.y &&
  outer.x + outer.width >= inner.x + inner.width &&
  outer.y + outer.height >= inner.y + inner.height;

const box = (x: number, y: number): Placement => ({ x, y, width: 100, height: 50 });
const node = (id: string, p: Placement) => ({ id, position: { x: p.x, y: p.y } });

describe('the window around the screen', () => {
  it('is the screen in flow units, from the transform', () => {
    expect(screenInFlow([-200, -100, 2], 800, 600)).toEqual({ x: 100, y: 50, width: 400, height: 300 });
  });

  it('holds the screen and half of it again on each side', () => {
    for (const screen of [
      { x: 0, y: 0, width: 1000, height: 800 },
      { x: -5123, y: 777, width: 4000, height: 3000 },
      { x: 12.5, y: -3.25, width: 300, height: 200 },
    ]) {
      const window = windowAround(screen);
      expect(
        contains(window, {
          x: screen.x - screen.width / 2,
          y: screen.y - screen.height / 2,
          width: screen.width * 2,
          height: screen.height * 2,
        }),
      ).toBe(true);
    }
  });

  it('stays put during a small pan, and moves with a large one', () => {
    const screen = { x: 0, y: 0, width: 1000, height: 800 };
    const window = windowAround(screen);
    expect(windowAround({ ...screen, x: 1, y: 1 })).toEqual(window);
    expect(windowAround({ ...screen, x: 2000 })).not.toEqual(window);
  });
});

describe('what React Flow is given', () => {
  const placements = { a: box(0, 0), b: box(300, 0), far: box(5000, 5000), kept: box(-9000, 9000) };
  const nodes = Object.entries(placements).map(([id, p]) => node(id, p));
  const edges = [
    { id: 'ab', source: 'a', target: 'b' },
    { id: 'a-far', source: 'a', target: 'far' },
    { id: 'far-kept', source: 'far', target: 'kept' },
  ];
  const window = { x: -100, y: -100, width: 600, height: 300 };

  it('the nodes in the window, the kept ones, and both ends of every edge that reaches it', () => {
    const shown = inWindow(window, nodes, edges, placements, new Set(['kept']));
    expect(shown.nodes.map((n) => n.id)).toEqual(['a', 'b', 'far', 'kept']);
    expect(shown.edges.map((e) => e.id)).toEqual(['ab', 'a-far']);
  });

  it('leaves out what is away from the window', () => {
    const shown = inWindow(
      { x: 20_000, y: 20_000, width: 100, height: 100 },
      nodes,
      edges,
      placements,
      new Set(),
    );
    expect(shown).toEqual({ nodes: [], edges: [] });
  });

  it('an edge crossing the window between two nodes outside it is drawn', () => {
    const across = { left: box(-1000, 100), right: box(1000, 100) };
    const shown = inWindow(
      window,
      Object.entries(across).map(([id, p]) => node(id, p)),
      [{ id: 'lr', source: 'left', target: 'right' }],
      across,
      new Set(),
    );
    expect(shown.edges.map((e) => e.id)).toEqual(['lr']);
    expect(shown.nodes.map((n) => n.id)).toEqual(['left', 'right']);
  });

  it('keeps its arrays while they hold the same items, and gives everything without a window', () => {
    const filter = createWindowFilter<(typeof nodes)[number], (typeof edges)[number]>();
    const first = filter(window, nodes, edges, placements, new Set());
    const again = filter({ ...window, x: -99 }, [...nodes], [...edges], placements, new Set());
    expect(again.nodes).toBe(first.nodes);
    expect(again.edges).toBe(first.edges);
    const all = filter(null, nodes, edges, placements, new Set());
    expect(all.nodes).toEqual(nodes);
    expect(all.edges).toEqual(edges);
  });

  it('after an edit that changes only node objects, gives the new objects of the same members', () => {
    const filter = createWindowFilter<(typeof nodes)[number], (typeof edges)[number]>();
    const keep = new Set<string>();
    const first = filter(window, nodes, edges, placements, keep);
    const renamedA = { ...nodes[0]! };
    const renamedFar = nodes.map((n, i) => (i === 0 ? renamedA : n));
    const second = filter({ ...window }, renamedFar, edges, placements, keep);
    expect(second.nodes).toContain(renamedA);
    expect(second.nodes.map((n) => n.id)).toEqual(first.nodes.map((n) => n.id));
    expect(second.edges).toBe(first.edges);
    // A changed node that is not in the window leaves the arrays as they were.
    const third = filter(
      window,
      renamedFar.map((n) => (n.id === 'kept' ? { ...n } : n)),
      edges,
      placements,
      keep,
    );
    expect(third.nodes).toBe(second.nodes);
    // A move is a new placements record: the members are worked out again.
    const moved = { ...placements, far: box(20, 20) };
    const fourth = filter(window, renamedFar, edges, moved, keep);
    expect(fourth.edges.map((e) => e.id)).toEqual(['ab', 'a-far', 'far-kept']);
  });
});
