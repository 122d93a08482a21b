/** The pure pieces persistence stands on: view-row diffs, model copies, identity reuse. */
import { describe, expect, it } from 'vitest';
import { copyModel } from '../../../shared/model/copyModel';
import { diffDocuments } from '../../../shared/model/diffDocuments';
import { diffViewRows } from '../../../shared/model/diffViewRows';
import { movePlacements } from '../../../shared/model/movePlacements';
import { removeElements } from '../../../shared/model/removeElements';
import { renameElement } from '../../../shared/model/renameElement';
import { renameView } from '../../../shared/model/renameView';
import { reuseUnchanged } from '../../../shared/model/reuseUnchanged';
import { ids, ok, serviceMap, VIEW, VIEW2 } from './helpers';

const rows = (prev: ReturnType<typeof serviceMap>, next: ReturnType<typeof serviceMap>) =>
  diffViewRows(prev, next, diffDocuments(prev, next).views);

describe('diffViewRows', () => {
  it('names the moved placement only, not the view row', () => {
    const doc = serviceMap();
    const moved = ok(movePlacements(doc, VIEW, { [ids.user]: { x: 1, y: 2 } }));
    expect(rows(doc, moved)).toEqual({
      viewsPut: [],
      viewsDeleted: [],
      placementsPut: [{ viewId: VIEW, elementId: ids.user }],
      placementsDeleted: [],
    });
  });

  it('names a renamed view row, and placements dropped with a removed element', () => {
    const doc = serviceMap();
    expect(rows(doc, ok(renameView(doc, VIEW2, 'Other'))).viewsPut).toEqual([VIEW2]);
    const removed = rows(doc, ok(removeElements(doc, [ids.instance])));
    expect(removed.placementsDeleted).toEqual([
      { viewId: VIEW, elementId: ids.instance },
      { viewId: VIEW2, elementId: ids.instance },
    ]);
    expect(removed.viewsPut).toEqual([]);
  });

  it('writes every placement of a new view', () => {
    const doc = serviceMap();
    const { [VIEW2]: _gone, ...views } = doc.views;
    const without = { ...doc, views, viewOrder: [VIEW] };
    const result = rows(without, doc);
    expect(result.viewsPut).toEqual([VIEW2]);
    expect(result.placementsPut).toEqual([{ viewId: VIEW2, elementId: ids.instance }]);
    expect(rows(doc, without).viewsDeleted).toEqual([VIEW2]);
  });
});

describe('copyModel', () => {
  it('gives the copy new ids and keeps it equal in content', () => {
    const doc = serviceMap();
    let n = 0;
    const { doc: copy, idMap } = copyModel(doc, {
      newId: () => `new-${++n}`,
      name: 'Copy',
      now: '2026-04-01T00:00:00.000Z',
    });
    expect(copy.name).toBe('Copy');
    expect(copy.createdAt).toBe('2026-04-01T00:00:00.000Z');
    expect(copy.elements[idMap.get(ids.group)!]!.attributes.manager).toBe(idMap.get(ids.user));
    expect(copy.links[idMap.get(ids.link2)!]).toEqual({
      id: idMap.get(ids.link2),
      type: doc.links[ids.link2]!.type,
      from: idMap.get(ids.offering),
      to: idMap.get(ids.instance),
    });
    expect(copy.viewOrder).toEqual([idMap.get(VIEW), idMap.get(VIEW2)]);
    expect(copy.views[idMap.get(VIEW2)!]!.placements).toEqual({
      [idMap.get(ids.instance)!]: doc.views[VIEW2]!.placements[ids.instance],
    });
    expect(new Set([...idMap.values()]).size).toBe(idMap.size);
  });
});

describe('reuseUnchanged', () => {
  it('keeps the objects of equal records, and the whole document when nothing differs', () => {
    const doc = serviceMap();
    const clone = structuredClone(doc);
    expect(reuseUnchanged(doc, clone)).toBe(doc);
    const changed = structuredClone(ok(renameElement(doc, ids.user, 'Bob')));
    const result = reuseUnchanged(doc, changed);
    expect(result.elements[ids.user]!.name).toBe('Bob');
    expect(result.elements[ids.user]).not.toBe(doc.elements[ids.user]);
    expect(result.elements[ids.group]).toBe(doc.elements[ids.group]);
    expect(result.links).toBe(doc.links);
    expect(result.views).toBe(doc.views);
  });
});
