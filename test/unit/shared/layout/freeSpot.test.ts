import { describe, expect, it } from 'vitest';
import { freeSpot } from '@shared/layout/freeSpot';

const box = (x: number, y: number) => ({ x, y, width: 200, height: 72 });

describe('freeSpot', () => {
  it('keeps the wished-for position when it is free', () => {
    expect(freeSpot(box(0, 0), [box(600, 600)])).toEqual({ x: 0, y: 0 });
  });

  it('moves off an occupied spot to the nearest free one, below first', () => {
    expect(freeSpot(box(0, 0), [box(0, 0)])).toEqual({ x: 0, y: 96 });
  });

  it('never returns a spot overlapping any existing box, however crowded', () => {
    const taken = [box(0, 0)];
    for (let i = 0; i < 30; i++) {
      const spot = freeSpot(box(0, 0), taken);
      for (const other of taken) {
        const apart =
          spot.x >= other.x + other.width || other.x >= spot.x + 200 || spot.y >= other.y + other.height || other.y >= spot.y + 72;
        expect(apart).toBe(true);
      }
      taken.push(box(spot.x, spot.y));
    }
  });
});
