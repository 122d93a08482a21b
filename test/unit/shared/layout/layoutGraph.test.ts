import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import {
  buildLayoutGraph,
  csdmLayerOf,
  ELK_LAYOUT_OPTIONS,
  type LayoutRequest,
} from '../../../../shared/layout/layoutGraph';
import { layoutModel, VIEW } from './support';

function request(plan: ReturnType<typeof buildLayoutGraph>): LayoutRequest {
  if (!plan.ok) throw new Error(plan.reason);
  return plan.request;
}

const partitionOf = (req: LayoutRequest, id: string) =>
  req.graph.children.find((child) => child.id === id)?.layoutOptions?.['elk.partitioning.partition'];

const map = () =>
  layoutModel(
    [
      { id: 'srv', kind: 'server', at: { x: 50, y: 40 } },
      { id: 'si', kind: 'service_instance', at: { x: 400, y: 300, width: 240, height: 96 } },
      { id: 'bs', kind: 'business_service', at: { x: 120, y: 600 } },
      { id: 'bo', kind: 'business_offering', at: { x: 700, y: 200 } },
      { id: 'cap', kind: 'business_capability', at: { x: 900, y: 900 } },
      { id: 'grp', kind: 'group', at: { x: 10, y: 500 } },
      { id: 'ghost', kind: 'server', unplaced: true },
    ],
    [
      ['bs', 'bo'],
      ['bo', 'si'],
      ['si', 'srv'],
      ['si', 'ghost'],
      ['bo', 'grp'],
    ],
  );

describe('csdmLayerOf', () => {
  it('reads the catalogue layer, top to bottom', () => {
    const layers = [
      'business_capability',
      'business_application',
      'business_service',
      'technical_service',
      'service_instance',
      'database',
      'server',
    ].map((kind) => csdmLayerOf(CATALOGUE, kind));
    expect(layers).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(csdmLayerOf(CATALOGUE, 'business_offering')).toBe(2);
    expect(csdmLayerOf(CATALOGUE, 'technical_offering')).toBe(3);
    expect(csdmLayerOf(CATALOGUE, 'application')).toBe(5);
  });

  it('puts a kind the catalogue does not know with the infrastructure', () => {
    expect(csdmLayerOf(CATALOGUE, 'toString')).toBe(6);
    expect(csdmLayerOf(CATALOGUE, 'cmdb_ci_mystery')).toBe(6);
  });
});

describe('buildLayoutGraph', () => {
  it('asks ELK for a layered, top-down layout partitioned by CSDM layer, as one graph', () => {
    const req = request(buildLayoutGraph(map(), CATALOGUE, VIEW));
    expect(req.graph.layoutOptions).toMatchObject({
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.partitioning.activate': 'true',
      'elk.separateConnectedComponents': 'false',
    });
    expect(req.graph.layoutOptions).toEqual(ELK_LAYOUT_OPTIONS);
    expect(req.graph.layoutOptions).not.toBe(ELK_LAYOUT_OPTIONS);
  });

  it('gives every node its CSDM layer as partition and its placement size', () => {
    const req = request(buildLayoutGraph(map(), CATALOGUE, VIEW));
    expect(Object.fromEntries(req.graph.children.map((c) => [c.id, partitionOf(req, c.id)]))).toEqual({
      srv: '6',
      si: '4',
      bs: '2',
      bo: '2',
      cap: '0',
      grp: '7',
    });
    expect(req.graph.children.find((c) => c.id === 'si')).toMatchObject({ width: 240, height: 96 });
    expect(req.graph.children.find((c) => c.id === 'srv')).toMatchObject({ width: 200, height: 72 });
  });

  it('leaves out elements the view does not place, and links that touch them', () => {
    const req = request(buildLayoutGraph(map(), CATALOGUE, VIEW));
    expect(req.graph.children.map((c) => c.id)).not.toContain('ghost');
    expect(req.graph.edges.map((e) => [e.id, e.sources[0], e.targets[0]])).toEqual([
      ['l1', 'bs', 'bo'],
      ['l2', 'bo', 'si'],
      ['l3', 'si', 'srv'],
      ['l5', 'bo', 'grp'],
    ]);
  });

  it('lists nodes left to right as they sit, so ELK can keep that order', () => {
    const req = request(buildLayoutGraph(map(), CATALOGUE, VIEW));
    expect(req.graph.children.map((c) => c.id)).toEqual(['grp', 'srv', 'bs', 'si', 'bo', 'cap']);
  });

  it('starts the result at the top-left corner of the current bounding box', () => {
    expect(request(buildLayoutGraph(map(), CATALOGUE, VIEW)).origin).toEqual({ x: 10, y: 40 });
  });

  it('lays out only the selection, with only the links inside it, from the selection’s corner', () => {
    const req = request(buildLayoutGraph(map(), CATALOGUE, VIEW, ['bo', 'si', 'grp', 'ghost', 'nope']));
    expect(req.graph.children.map((c) => c.id).sort()).toEqual(['bo', 'grp', 'si']);
    expect(req.graph.edges.map((e) => e.id)).toEqual(['l2', 'l5']);
    expect(req.origin).toEqual({ x: 10, y: 200 });
  });

  it('skips links from an element to itself', () => {
    const doc = map();
    const looped = {
      ...doc,
      links: { ...doc.links, self: { id: 'self', type: 'Depends on::Used by', from: 'si', to: 'si' } },
    };
    const req = request(buildLayoutGraph(looped, CATALOGUE, VIEW));
    expect(req.graph.edges.map((e) => e.id)).not.toContain('self');
  });

  it('refuses a missing view and an empty selection', () => {
    expect(buildLayoutGraph(map(), CATALOGUE, 'gone')).toEqual({
      ok: false,
      reason: 'That view is no longer in the model.',
    });
    expect(buildLayoutGraph(map(), CATALOGUE, VIEW, [])).toMatchObject({ ok: false });
    expect(buildLayoutGraph(map(), CATALOGUE, VIEW, ['ghost'])).toMatchObject({ ok: false });
  });
});
