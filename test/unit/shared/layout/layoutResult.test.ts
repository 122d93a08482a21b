import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { buildLayoutGraph, type LayoutRequest } from '../../../../shared/layout/layoutGraph';
import { positionsFromLayout } from '../../../../shared/layout/layoutResult';
import { layoutModel, VIEW } from './support';

function requestFor(): LayoutRequest {
  const doc = layoutModel([
    { id: 'a', kind: 'business_service', at: { x: 105, y: 203 } },
    { id: 'b', kind: 'service_instance', at: { x: 500, y: 700 } },
    { id: 'c', kind: 'server', at: { x: 300, y: 900 } },
  ]);
  const plan = buildLayoutGraph(doc, CATALOGUE, VIEW);
  if (!plan.ok) throw new Error(plan.reason);
  return plan.request;
}

describe('positionsFromLayout', () => {
  it('moves the laid-out block so its corner is where the bounding box started', () => {
    const result = positionsFromLayout(requestFor(), {
      children: [
        { id: 'a', x: 12, y: 12 },
        { id: 'b', x: 112, y: 188 },
        { id: 'c', x: 40.4, y: 364.6 },
      ],
    });
    expect(result).toEqual({
      ok: true,
      positions: { a: { x: 105, y: 203 }, b: { x: 205, y: 379 }, c: { x: 133, y: 556 } },
    });
  });

  it('snaps to the grid when asked, origin included', () => {
    const result = positionsFromLayout(
      requestFor(),
      {
        children: [
          { id: 'a', x: 0, y: 0 },
          { id: 'b', x: 270, y: 180 },
          { id: 'c', x: 0, y: 350 },
        ],
      },
      { grid: 16 },
    );
    expect(result).toEqual({
      ok: true,
      positions: { a: { x: 112, y: 208 }, b: { x: 384, y: 384 }, c: { x: 112, y: 560 } },
    });
  });

  it('ignores nodes it did not ask about', () => {
    const result = positionsFromLayout(requestFor(), {
      children: [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 0, y: 100 },
        { id: 'c', x: 0, y: 200 },
        { id: 'extra', x: -500, y: -500 },
      ],
    });
    expect(result.ok && Object.keys(result.positions).sort()).toEqual(['a', 'b', 'c']);
    expect(result.ok && result.positions.a).toEqual({ x: 105, y: 203 });
  });

  it('refuses a result that misses a node or holds a position that is not a finite number', () => {
    const request = requestFor();
    const missing = positionsFromLayout(request, {
      children: [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 0, y: 0 },
      ],
    });
    expect(missing.ok).toBe(false);
    const nan = positionsFromLayout(request, {
      children: [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: Number.NaN, y: 0 },
        { id: 'c', x: 0, y: 0 },
      ],
    });
    expect(nan).toMatchObject({ ok: false, reason: expect.stringMatching(/nothing was moved/) });
    const unplaced = positionsFromLayout(request, {
      children: [{ id: 'a' }, { id: 'b', x: 0, y: 0 }, { id: 'c', x: 0, y: 0 }],
    });
    expect(unplaced.ok).toBe(false);
    expect(positionsFromLayout(request, {}).ok).toBe(false);
  });
});
