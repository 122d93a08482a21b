import { describe, expect, it } from 'vitest';
import type { Placement, View } from '../../../shared/model/types';
import { FIT_ALL, OPENING_AREA, openingIds } from '../../../renderer/src/views/openingArea';

function grid(count: number, perRow: number): View {
  const placements: Record<string, Placement> = {};
  for (let i = 0; i < count; i++) {
    placements[`n${i}`] = { x: (i % perRow) * 240, y: Math.floor(i / perRow) * 112, width: 200, height: 72 };
  }
  return { id: 'v', name: 'View', placements };
}

describe('openingIds', () => {
  it('fits a view of up to FIT_ALL elements whole', () => {
    expect(openingIds(grid(FIT_ALL, 20))).toHaveLength(FIT_ALL);
  });

  it('shows the top-left corner of a larger view', () => {
    const view = grid(10_000, 60);
    const ids = openingIds(view);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(200);
    expect(ids).toContain('n0');
    for (const id of ids) {
      const p = view.placements[id]!;
      expect(p.x + p.width).toBeLessThanOrEqual(OPENING_AREA.width);
      expect(p.y + p.height).toBeLessThanOrEqual(OPENING_AREA.height);
    }
  });
});
