import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@shared/csdm';
import { addElement } from '@shared/model/addElement';
import { createModel } from '@shared/model/createModel';
import { movePlacements } from '@shared/model/movePlacements';
import { renameElement } from '@shared/model/renameElement';
import type { ModelDocument, OpResult } from '@shared/model/types';
import { createNodeDeriver, type NodeInputs } from '../../../renderer/src/canvas/deriveNodes';
import { createEdgeDeriver } from '../../../renderer/src/canvas/deriveEdges';
import { connect } from '@shared/model/connect';
import { addToView } from '@shared/model/addToView';

const ok = (result: OpResult): ModelDocument => {
  if (!result.ok) throw new Error(result.reason);
  return result.doc;
};

function model(count: number): ModelDocument {
  let doc = createModel({ id: 'm', name: 'M', now: '2026-01-01T00:00:00Z', viewId: 'v' });
  for (let i = 0; i < count; i++) {
    doc = ok(addElement(doc, CATALOGUE, { id: `s${i}`, kind: 'server', name: `srv${i}`, placement: { viewId: 'v', x: i * 10, y: 0 } }));
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

describe('node derivation', () => {
  it('reuses every node object an edit did not touch', () => {
    const derive = createNodeDeriver();
    const doc = model(50);
    const first = derive(inputs(doc));
    const renamed = ok(renameElement(doc, 's7', 'renamed'));
    const second = derive(inputs(renamed));
    const changed = second.filter((node, i) => node !== first[i]).map((node) => node.id);
    expect(changed).toEqual(['s7']);
    expect(second[7]?.ariaLabel).toBe('Server: renamed');
  });

  it('changes only the dragged node while a drag is in flight, and only moved nodes after it', () => {
    const derive = createNodeDeriver();
    const doc = model(20);
    const first = derive(inputs(doc));
    const dragging = derive(inputs(doc, { dragPositions: new Map([['s3', { x: 999, y: 5 }]]) }));
    expect(dragging.filter((node, i) => node !== first[i]).map((node) => node.id)).toEqual(['s3']);
    expect(dragging[3]?.position).toEqual({ x: 999, y: 5 });
    const moved = ok(movePlacements(doc, 'v', { s3: { x: 999, y: 5 } }));
    const settled = derive(inputs(moved));
    expect(settled.filter((node, i) => node !== first[i]).map((node) => node.id)).toEqual(['s3']);
  });

  it('marks selection and sizes nodes up front', () => {
    const derive = createNodeDeriver();
    const nodes = derive(inputs(model(3), { selected: new Set(['s1']) }));
    expect(nodes.map((node) => node.selected)).toEqual([false, true, false]);
    expect(nodes.every((node) => node.width! > 0 && node.height! > 0)).toBe(true);
    expect(nodes[0]?.type).toBe('infrastructure');
  });
});

describe('node emphasis (impact highlight, stage filter)', () => {
  it('gives new objects only to the nodes whose class changes, and keeps data identity', () => {
    const derive = createNodeDeriver();
    const doc = model(10);
    const plain = derive(inputs(doc));
    expect(plain.every((node) => node.className === undefined)).toBe(true);
    const reached = new Set(['s2', 's3']);
    const highlighted = derive(
      inputs(doc, { className: (element) => (reached.has(element.id) ? 'is-analysis-reached' : 'is-analysis-dimmed') }),
    );
    // Every node changes class once: all get new objects, but their data (what the node view renders) is kept.
    expect(highlighted.every((node, i) => node !== plain[i] && node.data === plain[i]?.data)).toBe(true);
    expect(highlighted[2]?.className).toBe('is-analysis-reached');
    expect(highlighted[0]?.className).toBe('is-analysis-dimmed');
    // Reaching one more element changes that node only, even with a new (equal-behaving) function.
    reached.add('s5');
    const more = derive(
      inputs(doc, { className: (element) => (reached.has(element.id) ? 'is-analysis-reached' : 'is-analysis-dimmed') }),
    );
    expect(more.filter((node, i) => node !== highlighted[i]).map((node) => node.id)).toEqual(['s5']);
    // Off again: back to no class.
    const off = derive(inputs(doc));
    expect(off.every((node) => node.className === undefined)).toBe(true);
  });

  it('keeps the class through a drag and a rename', () => {
    const derive = createNodeDeriver();
    const doc = model(3);
    const className = () => 'is-stage-faded';
    derive(inputs(doc, { className }));
    const dragging = derive(inputs(doc, { className, dragPositions: new Map([['s1', { x: 5, y: 5 }]]) }));
    expect(dragging.map((node) => node.className)).toEqual(['is-stage-faded', 'is-stage-faded', 'is-stage-faded']);
  });
});

describe('edge derivation', () => {
  it('shows only links whose both ends are in the view, reusing unchanged edges', () => {
    let doc = model(3);
    doc = ok(addElement(doc, CATALOGUE, { id: 'si', kind: 'service_instance', name: 'SI' }));
    doc = ok(connect(doc, CATALOGUE, { id: 'l1', from: 'si', to: 's0' }));
    const derive = createEdgeDeriver();
    expect(derive(doc.views.v, doc.links, new Set())).toEqual([]);
    const placed = ok(addToView(doc, 'v', { si: { x: 0, y: -200 } }));
    const edges = derive(placed.views.v, placed.links, new Set());
    expect(edges.map((edge) => [edge.source, edge.target, edge.data?.link.type])).toEqual([['si', 's0', 'Depends on::Used by']]);
    const again = derive(placed.views.v, placed.links, new Set());
    expect(again[0]).toBe(edges[0]);
    expect(derive(placed.views.v, placed.links, new Set(['l1']))[0]?.selected).toBe(true);
  });

  it('marks impact paths and faded links by class, reusing edges whose class is unchanged', () => {
    let doc = model(3);
    doc = ok(addElement(doc, CATALOGUE, { id: 'si', kind: 'service_instance', name: 'SI', placement: { viewId: 'v', x: 0, y: -200 } }));
    doc = ok(connect(doc, CATALOGUE, { id: 'l1', from: 'si', to: 's0' }));
    doc = ok(connect(doc, CATALOGUE, { id: 'l2', from: 'si', to: 's1' }));
    const derive = createEdgeDeriver();
    const plain = derive(doc.views.v, doc.links, new Set());
    const onPath = (link: { id: string }) => (link.id === 'l1' ? 'is-analysis-path' : 'is-analysis-dimmed');
    const marked = derive(doc.views.v, doc.links, new Set(), onPath);
    expect(marked.map((edge) => edge.className)).toEqual(['is-analysis-path', 'is-analysis-dimmed']);
    expect(marked[0]).not.toBe(plain[0]);
    const again = derive(doc.views.v, doc.links, new Set(), (link) => onPath(link));
    expect(again[0]).toBe(marked[0]);
    expect(again[1]).toBe(marked[1]);
  });
});
