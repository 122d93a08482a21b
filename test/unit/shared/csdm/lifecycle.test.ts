/** statusesForStage: a status must belong to its stage. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import {
  lifecycleListOf,
  stagesOf,
  statusesForStage,
} from '../../../../shared/csdm/queries/statusesForStage';

describe('statusesForStage', () => {
  it('gives each stage its own statuses per list', () => {
    expect(statusesForStage(CATALOGUE, 'logical', 'Operational')).toEqual([
      'In Use',
      'End of Support',
      'Pending Retirement',
    ]);
    expect(statusesForStage(CATALOGUE, 'physical', 'Missing')).toEqual(['Lost', 'Stolen']);
    expect(statusesForStage(CATALOGUE, 'logical', 'Missing')).toEqual([]);
  });

  it('lists stages in csdm.md order and knows which kinds have which list', () => {
    expect(stagesOf(CATALOGUE, 'logical')[0]).toBe('Ideation');
    expect(stagesOf(CATALOGUE, 'physical')).toContain('Defective');
    expect(lifecycleListOf(CATALOGUE, 'server')).toBe('physical');
    expect(lifecycleListOf(CATALOGUE, 'company')).toBeUndefined();
  });
});
