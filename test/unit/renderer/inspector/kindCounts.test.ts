import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@shared/csdm';
import { countByKind } from '../../../../renderer/src/inspector/kindCounts';
import { model } from './fixtures';

describe('countByKind', () => {
  it('counts elements per kind in catalogue order, leaving out absent kinds', () => {
    const counts = countByKind(CATALOGUE, Object.values(model().elements)).map(({ kind, count }) => [
      kind.id,
      count,
    ]);
    expect(counts).toEqual([
      ['business_offering', 1],
      ['technical_offering', 1],
      ['service_instance', 1],
      ['server', 2],
      ['virtual_machine', 1],
      ['group', 2],
      ['user', 1],
    ]);
  });

  it('is empty for an empty model', () => {
    expect(countByKind(CATALOGUE, [])).toEqual([]);
  });
});
