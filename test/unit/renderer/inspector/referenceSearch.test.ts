import { describe, expect, it } from 'vitest';
import { matchReferences } from '../../../../renderer/src/inspector/referenceSearch';
import { model } from './fixtures';

const names = (result: { matches: { name: string }[] }) => result.matches.map((e) => e.name);

describe('matchReferences', () => {
  const elements = Object.values(model().elements);

  it('offers only the allowed kinds, alphabetically, for an empty query', () => {
    expect(names(matchReferences(elements, ['group'], ''))).toEqual(['Database admins', 'Payroll Ops']);
  });

  it('ranks exact, then starts-with, then word start, then contains; case-insensitive', () => {
    const more = [
      ...elements,
      { id: 'g3', kind: 'group' as const, table: 'sys_user_group', name: 'Ops', attributes: {} },
      { id: 'g4', kind: 'group' as const, table: 'sys_user_group', name: 'DevOps', attributes: {} },
      { id: 'g5', kind: 'group' as const, table: 'sys_user_group', name: 'Ops Europe', attributes: {} },
    ];
    expect(names(matchReferences(more, ['group'], 'OPS'))).toEqual([
      'Ops',
      'Ops Europe',
      'Payroll Ops',
      'DevOps',
    ]);
  });

  it('never offers the element itself, and several kinds together', () => {
    expect(names(matchReferences(elements, ['group', 'user'], 'ops', 'ops'))).toEqual(['Alice Opsworth']);
  });

  it('limits the list and says how many matched', () => {
    const result = matchReferences(elements, ['group', 'user'], '', undefined, 2);
    expect(result.matches).toHaveLength(2);
    expect(result.total).toBe(3);
  });
});
