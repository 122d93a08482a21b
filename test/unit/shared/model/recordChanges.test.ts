/** Diffs that follow the operations' noted lineage (internal/lineage.ts) agree with a full comparison. */
import { describe, expect, it } from 'vitest';
import { withEntries, withEntry, withoutEntries } from '../../../../shared/model/internal/records';
import { changedIds, diffRecords, originOf, sameIds } from '../../../../shared/model/recordChanges';

type Rec = Readonly<Record<string, { v: number }>>;

function record(count: number): Rec {
  const next: Record<string, { v: number }> = {};
  for (let i = 0; i < count; i++) next[`k${i}`] = { v: i };
  return next;
}

/** The same entries in a record made by hand: no lineage, so diffs compare every entry. */
const plainCopy = (rec: Rec): Rec => Object.fromEntries(Object.entries(rec));

const sorted = (changes: { put: string[]; deleted: string[] }) => ({
  put: [...changes.put].sort(),
  deleted: [...changes.deleted].sort(),
});

describe('record lineage', () => {
  it('names only the entries a helper set or removed, over several steps', () => {
    const base = record(100);
    const one = withEntry(base, 'k3', { v: -3 });
    const two = withEntries(
      one,
      new Map([
        ['k7', { v: -7 }],
        ['new', { v: 0 }],
      ]),
    );
    const three = withoutEntries(two, new Set(['k9', 'absent']));
    expect(changedIds(base, one)).toEqual(new Set(['k3']));
    expect(changedIds(base, three)).toEqual(new Set(['k3', 'k7', 'new', 'k9', 'absent']));
    expect(changedIds(one, three)).toEqual(new Set(['k7', 'new', 'k9', 'absent']));
    expect(changedIds(three, three)).toEqual(new Set());
    expect(originOf(one)).toEqual({ base, ids: ['k3'] });
  });

  it('knows nothing of records made another way, or of the way back (undo)', () => {
    const base = record(10);
    const next = withEntry(base, 'k1', { v: 9 });
    expect(changedIds(base, plainCopy(next))).toBeNull();
    expect(changedIds(next, base)).toBeNull();
    expect(originOf(plainCopy(next))).toBeNull();
  });

  it('gives the same diff as comparing every entry', () => {
    const base = record(50);
    const steps = [
      (r: Rec) => withEntry(r, 'k1', { v: 100 }),
      (r: Rec) => withEntry(r, 'added', { v: 1 }),
      (r: Rec) =>
        withEntries(
          r,
          new Map([
            ['k2', { v: 5 }],
            ['k1', r['k1'] ?? { v: 0 }],
          ]),
        ),
      (r: Rec) => withoutEntries(r, new Set(['k4', 'added'])),
      // An entry set back to the very object it had: named by the lineage, not reported as changed.
      (r: Rec) => withEntry(r, 'k5', base['k5'] ?? { v: 0 }),
    ];
    let current = base;
    for (const step of steps) {
      current = step(current);
      expect(changedIds(base, current)).not.toBeNull();
      expect(sorted(diffRecords(base, current))).toEqual(sorted(diffRecords(base, plainCopy(current))));
      expect(sameIds(base, current)).toBe(sameIds(base, plainCopy(current)));
    }
    expect(sorted(diffRecords(base, current))).toEqual({ put: ['k1', 'k2'], deleted: ['k4'] });
  });

  it('tells whether two records hold the same ids', () => {
    const base = record(5);
    expect(sameIds(base, withEntry(base, 'k1', { v: 7 }))).toBe(true);
    expect(sameIds(base, withEntry(base, 'x', { v: 7 }))).toBe(false);
    expect(sameIds(base, withoutEntries(base, new Set(['k1'])))).toBe(false);
    expect(sameIds(base, withoutEntries(withEntry(base, 'x', { v: 1 }), new Set(['x'])))).toBe(true);
    expect(sameIds(base, plainCopy(base))).toBe(true);
    expect(sameIds(base, record(6))).toBe(false);
  });
});
