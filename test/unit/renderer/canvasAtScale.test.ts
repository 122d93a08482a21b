/**
 * What keeps the canvas cheap with 10,000 nodes (issue 8): sizes and handles up front, arrays kept when
 * nothing changed, and after an edit only the nodes it changed revisited.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@shared/csdm';
import { addElement } from '@shared/model/addElement';
import { connect } from '@shared/model/connect';
import { createModel } from '@shared/model/createModel';
import { diffDocuments, diffOnce } from '@shared/model/diffDocuments';
import { movePlacements } from '@shared/model/movePlacements';
import { removeElements } from '@shared/model/removeElements';
import { removeFromView } from '@shared/model/removeFromView';
import { renameElement } from '@shared/model/renameElement';
import type { ModelDocument, OpResult } from '@shared/model/types';
import { changedNodeIds } from '../../../renderer/src/canvas/changedNodeIds';
import { createEdgeDeriver } from '../../../renderer/src/canvas/deriveEdges';
import { createNodeDeriver, type NodeInputs } from '../../../renderer/src/canvas/deriveNodes';
import { nodeHandles, nodeSize } from '../../../renderer/src/canvas/nodeHandles';
import { sizeOf } from '../../../renderer/src/editor/sizeOf';

const ok = (result: OpResult): ModelDocument => {
  if (!result.ok) throw new Error(result.reason);
  return result.doc;
};

function model(count: number): ModelDocument {
  let doc = createModel({ id: 'm', name: 'M', now: '2026-01-01T00:00:00Z', viewId: 'v' });
  doc = ok(
    addElement(doc, CATALOGUE, {
      id: 'app',
      kind: 'application',
      name: 'app',
      placement: { viewId: 'v', x: 0, y: -200 },
    }),
  );
  for (let i = 0; i < count; i++) {
    doc = ok(
      addElement(doc, CATALOGUE, {
        id: `s${i}`,
        kind: 'server',
        name: `srv${i}`,
        placement: { viewId: 'v', x: i * 240, y: 0 },
      }),
    );
    doc = ok(connect(doc, CATALOGUE, { id: `l${i}`, from: 'app', to: `s${i}`, type: 'Runs on::Runs' }));
  }
  return doc;
}

const inputs = (doc: ModelDocument, extra: Partial<NodeInputs> = {}): NodeInputs => ({
  view: doc.views.v,
  elements: doc.elements,
  selected: new Set(),
  findingCounts: new Map(),
  dragPositions: new Map(),
  ...extra,
});

describe('nodes at scale', () => {
  it('carry their size and handles, so React Flow need not mount a node to know them', () => {
    const [node] = createNodeDeriver()(inputs(model(1)));
    expect(node?.measured).toEqual({ width: 200, height: 72 });
    expect(node?.handles).toEqual([
      { type: 'target', position: 'top', x: 95, y: -5, width: 10, height: 10 },
      { type: 'source', position: 'bottom', x: 95, y: 67, width: 10, height: 10 },
      { type: 'target', id: 'body', position: 'top', x: 0, y: 0, width: 200, height: 72 },
    ]);
    // One shared object per size.
    expect(nodeHandles(200, 72)).toBe(nodeHandles(200, 72));
    expect(nodeSize(200, 72)).toBe(nodeSize(200, 72));
  });

  it('answers the same array when no node changed, a new one when one did', () => {
    const derive = createNodeDeriver();
    const doc = model(20);
    const first = derive(inputs(doc));
    expect(derive(inputs(doc, { findingCounts: new Map(), selected: new Set() }))).toBe(first);
    const moved = derive(inputs(ok(movePlacements(doc, 'v', { s3: { x: 5, y: 5 } }))));
    expect(moved).not.toBe(first);
    expect(moved.filter((node, i) => node !== first[i]).map((node) => node.id)).toEqual(['s3']);
  });

  it('keeps the edge array when a node moves or an element is renamed', () => {
    const derive = createEdgeDeriver();
    const doc = model(20);
    const first = derive(doc.views.v, doc.links, new Set());
    const moved = ok(movePlacements(doc, 'v', { s3: { x: 5, y: 5 } }));
    expect(derive(moved.views.v, moved.links, new Set())).toBe(first);
    const renamed = ok(renameElement(moved, 's4', 'renamed'));
    expect(derive(renamed.views.v, renamed.links, new Set())).toBe(first);
    expect(
      derive(renamed.views.v, renamed.links, new Set(['l2'])).find((edge) => edge.id === 'l2')?.selected,
    ).toBe(true);
  });

  it('drops the edges of a node taken out of the view, and brings them back', () => {
    const derive = createEdgeDeriver();
    const doc = model(5);
    expect(derive(doc.views.v, doc.links, new Set())).toHaveLength(5);
    const without = ok(removeFromView(doc, 'v', ['s2']));
    expect(derive(without.views.v, without.links, new Set()).map((edge) => edge.id)).not.toContain('l2');
    expect(derive(doc.views.v, doc.links, new Set())).toHaveLength(5);
  });
});

describe('work shared between the edit-time readers', () => {
  it('diffs a pair of documents once', () => {
    const doc = model(5);
    const next = ok(renameElement(doc, 's1', 'renamed'));
    const diff = diffOnce(doc, next);
    expect(diff).toEqual(diffDocuments(doc, next));
    expect(diffOnce(doc, next)).toBe(diff);
    const other = ok(renameElement(doc, 's2', 'other'));
    expect(diffOnce(doc, other).elements.put).toEqual(['s2']);
  });

  it('counts a record once per version of it', () => {
    const doc = model(5);
    expect(sizeOf(doc.elements)).toBe(6);
    expect(sizeOf(doc.links)).toBe(5);
    expect(sizeOf(ok(renameElement(doc, 's1', 'x')).elements)).toBe(6);
  });
});

describe('changedNodeIds', () => {
  it('names the moved, renamed, selected, flagged and dragged nodes', () => {
    const doc = model(10);
    const moved = ok(movePlacements(doc, 'v', { s1: { x: 1, y: 1 } }));
    const renamed = ok(renameElement(moved, 's2', 'x'));
    const next = inputs(renamed, {
      selected: new Set(['s3']),
      findingCounts: new Map([['s4', 1]]),
      dragPositions: new Map([['s5', { x: 0, y: 0 }]]),
    });
    expect(changedNodeIds(inputs(doc), next)).toEqual(new Set(['s1', 's2', 's3', 's4', 's5']));
  });

  it('does not know when a record changed without a noted lineage or the class function changed', () => {
    const doc = model(3);
    const removed = ok(removeElements(doc, ['s1']));
    expect(changedNodeIds(inputs(doc), inputs(removed))).toBeNull();
    expect(changedNodeIds(inputs(doc), inputs(doc, { className: () => 'x' }))).toBeNull();
  });
});

describe('the node deriver after an edit', () => {
  it('keeps every node object and the array when a drop lands where the drag showed the node', () => {
    const derive = createNodeDeriver();
    const doc = model(50);
    const first = derive(inputs(doc));
    const dragging = derive(inputs(doc, { dragPositions: new Map([['s7', { x: 33, y: 44 }]]) }));
    expect(dragging).not.toBe(first);
    expect(dragging.find((node) => node.id === 's7')?.position).toEqual({ x: 33, y: 44 });
    const dropped = derive(inputs(ok(movePlacements(doc, 'v', { s7: { x: 33, y: 44 } }))));
    expect(dropped).toBe(dragging);
  });

  it('gives a renamed element a new node and leaves the others', () => {
    const derive = createNodeDeriver();
    const doc = model(50);
    const first = derive(inputs(doc));
    const renamed = derive(inputs(ok(renameElement(doc, 's9', 'Renamed'))));
    expect(renamed.filter((node, i) => node !== first[i]).map((node) => node.id)).toEqual(['s9']);
    expect(renamed.find((node) => node.id === 's9')?.ariaLabel).toBe('Server: Renamed');
  });

  it('answers what a fresh deriver does after elements are added and removed', () => {
    const derive = createNodeDeriver();
    let doc = model(5);
    derive(inputs(doc));
    doc = ok(
      addElement(doc, CATALOGUE, {
        id: 'n',
        kind: 'server',
        name: 'n',
        placement: { viewId: 'v', x: 9, y: 9 },
      }),
    );
    expect(derive(inputs(doc)).map((node) => node.id)).toEqual(
      createNodeDeriver()(inputs(doc)).map((n) => n.id),
    );
    doc = ok(removeElements(doc, ['s2']));
    expect(derive(inputs(doc)).map((node) => node.id)).toEqual(['app', 's0', 's1', 's3', 's4', 'n']);
  });
});

describe('sizeOf after an edit', () => {
  it('counts a record made from a counted one by the entries that changed', () => {
    const doc = model(5);
    expect(sizeOf(doc.elements)).toBe(6);
    const added = ok(
      addElement(doc, CATALOGUE, {
        id: 'n',
        kind: 'server',
        name: 'n',
        placement: { viewId: 'v', x: 9, y: 9 },
      }),
    );
    expect(sizeOf(added.elements)).toBe(7);
    expect(sizeOf(ok(renameElement(added, 'n', 'm')).elements)).toBe(7);
  });
});
