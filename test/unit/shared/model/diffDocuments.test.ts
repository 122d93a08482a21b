import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { addElement } from '../../../../shared/model/addElement';
import { addView } from '../../../../shared/model/addView';
import { diffDocuments, isEmptyDiff } from '../../../../shared/model/diffDocuments';
import { removeElements } from '../../../../shared/model/removeElements';
import { renameElement } from '../../../../shared/model/renameElement';
import type { Element, ModelDocument } from '../../../../shared/model/types';
import { VIEW, emptyModel, ok, serviceMap } from './helpers';

describe('diffDocuments', () => {
  it('reports nothing for the same document', () => {
    const doc = serviceMap();
    expect(isEmptyDiff(diffDocuments(doc, doc))).toBe(true);
  });

  it('reports the changed element only', () => {
    const before = serviceMap();
    const diff = diffDocuments(before, ok(renameElement(before, 'bs', 'Mail')));
    expect(diff).toEqual({
      elements: { put: ['bs'], deleted: [] },
      links: { put: [], deleted: [] },
      views: { put: [], deleted: [] },
      model: false,
    });
  });

  it('reports deletions across elements, links and views, and added elements with their view', () => {
    const before = serviceMap();
    const removed = diffDocuments(before, ok(removeElements(before, ['srv'])));
    expect(removed.elements.deleted).toEqual(['srv']);
    expect(removed.links.deleted).toEqual(['l3']);
    expect(removed.views.put).toEqual([VIEW]);
    const added = diffDocuments(
      before,
      ok(
        addElement(before, CATALOGUE, {
          id: 'n',
          kind: 'server',
          name: 'n',
          placement: { viewId: VIEW, x: 0, y: 0 },
        }),
      ),
    );
    expect(added.elements.put).toEqual(['n']);
    expect(added.views.put).toEqual([VIEW]);
    expect(diffDocuments(before, ok(addView(before, { id: 'v2', name: 'x' }))).model).toBe(true);
  });

  it('diffs 50,000 elements quickly', () => {
    const elements: Record<string, Element> = {};
    for (let i = 0; i < 50_000; i++) {
      elements[`e${i}`] = {
        id: `e${i}`,
        kind: 'server',
        table: 'cmdb_ci_server',
        name: `s${i}`,
        attributes: {},
      };
    }
    const big: ModelDocument = { ...emptyModel(), elements };
    const changed = ok(renameElement(big, 'e123', 'renamed'));
    const start = performance.now();
    const diff = diffDocuments(big, changed);
    expect(performance.now() - start).toBeLessThan(500);
    expect(diff.elements.put).toEqual(['e123']);
  });
});
