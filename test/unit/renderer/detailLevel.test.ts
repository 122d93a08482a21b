import { describe, expect, it } from 'vitest';
import {
  COMPACT_BELOW,
  OVERVIEW_BELOW,
  SMALL_VIEW,
  detailLevel,
} from '../../../renderer/src/canvas/detailLevel';

const LARGE = SMALL_VIEW + 1;

describe('detailLevel', () => {
  it('draws a large view in full at and above the compact threshold', () => {
    expect(detailLevel(1, LARGE)).toBe('full');
    expect(detailLevel(3, LARGE)).toBe('full');
    expect(detailLevel(COMPACT_BELOW, LARGE)).toBe('full');
  });

  it('drops the small print of a large view below it, then the names', () => {
    expect(detailLevel(COMPACT_BELOW - 0.01, LARGE)).toBe('compact');
    expect(detailLevel(OVERVIEW_BELOW, LARGE)).toBe('compact');
    expect(detailLevel(OVERVIEW_BELOW - 0.01, LARGE)).toBe('overview');
    expect(detailLevel(0.05, 10_000)).toBe('overview');
  });

  it('always draws a workshop-sized view in full', () => {
    expect(detailLevel(0.05, SMALL_VIEW)).toBe('full');
    expect(detailLevel(OVERVIEW_BELOW - 0.01, 49)).toBe('full');
  });

  it('keeps the levels in order', () => {
    expect(OVERVIEW_BELOW).toBeLessThan(COMPACT_BELOW);
  });
});
