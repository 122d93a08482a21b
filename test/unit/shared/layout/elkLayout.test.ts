/**
 * Auto-layout end to end in Node: a 30-element CSDM model through the real
 * ELK (elk.bundled.js, the same engine the renderer's worker runs) and back.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import type { KindId } from '../../../../shared/csdm/kinds';
import { buildLayoutGraph, csdmLayerOf, type LayoutRequest } from '../../../../shared/layout/layoutGraph';
import { positionsFromLayout } from '../../../../shared/layout/layoutResult';
import type { ModelDocument, Placement } from '../../../../shared/model/types';
import { layoutModel, VIEW, type Spec } from './support';

const KINDS: [string, KindId][] = [
  ['cap-billing', 'business_capability'],
  ['ba-crm', 'business_application'],
  ['ba-erp', 'business_application'],
  ['bs-email', 'business_service'],
  ['bs-payroll', 'business_service'],
  ['bo-email-gold', 'business_offering'],
  ['bo-email-std', 'business_offering'],
  ['bo-payroll-emea', 'business_offering'],
  ['bo-payroll-us', 'business_offering'],
  ['ts-hosting', 'technical_service'],
  ['ts-database', 'technical_service'],
  ['to-linux', 'technical_offering'],
  ['to-oracle', 'technical_offering'],
  ['si-email-prod', 'service_instance'],
  ['si-email-dr', 'service_instance'],
  ['si-payroll-prod', 'service_instance'],
  ['si-payroll-test', 'service_instance'],
  ['si-crm', 'service_instance'],
  ['app-exchange', 'application'],
  ['app-payroll', 'application'],
  ['db-mail', 'database'],
  ['db-payroll', 'database'],
  ['srv-mail01', 'server'],
  ['srv-mail02', 'server'],
  ['srv-pay01', 'server'],
  ['srv-lonely', 'server'],
  ['vm-pay02', 'virtual_machine'],
  ['vm-crm', 'virtual_machine'],
  ['grp-mail-ops', 'group'],
  ['usr-alice', 'user'],
];

const LINKS: [string, string][] = [
  ['cap-billing', 'ba-erp'],
  ['cap-billing', 'bs-payroll'],
  ['ba-crm', 'si-crm'],
  ['ba-erp', 'si-payroll-prod'],
  ['bs-email', 'bo-email-gold'],
  ['bs-email', 'bo-email-std'],
  ['bs-payroll', 'bo-payroll-emea'],
  ['bs-payroll', 'bo-payroll-us'],
  ['bo-email-gold', 'si-email-prod'],
  ['bo-email-gold', 'si-email-dr'],
  ['bo-email-std', 'si-email-prod'],
  ['bo-payroll-emea', 'si-payroll-prod'],
  ['bo-payroll-us', 'si-payroll-prod'],
  ['bo-payroll-us', 'to-oracle'],
  ['ts-hosting', 'to-linux'],
  ['ts-database', 'to-oracle'],
  ['to-linux', 'si-email-prod'],
  ['to-oracle', 'si-payroll-test'],
  ['si-email-prod', 'app-exchange'],
  ['si-email-prod', 'db-mail'],
  ['si-email-dr', 'srv-mail02'],
  ['si-payroll-prod', 'app-payroll'],
  ['si-payroll-prod', 'db-payroll'],
  ['si-payroll-test', 'vm-pay02'],
  ['si-crm', 'vm-crm'],
  ['app-exchange', 'srv-mail01'],
  ['db-mail', 'srv-mail02'],
  ['app-payroll', 'srv-pay01'],
  ['db-payroll', 'vm-pay02'],
  ['vm-pay02', 'srv-pay01'],
  ['bo-email-gold', 'grp-mail-ops'],
  ['bo-email-std', 'usr-alice'],
];

/** A deterministic scramble: elements scattered over 2000 x 1500, upside down-ish, some larger than default. */
function messyModel(): ModelDocument {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const specs: Spec[] = KINDS.map(([id, kind], i) => ({
    id,
    kind,
    at: {
      x: Math.round(next() * 2000),
      y: Math.round(1500 - csdmLayerOf(CATALOGUE, kind) * 150 + next() * 300),
      ...(i % 5 === 0 ? { width: 260, height: 96 } : {}),
    },
  }));
  return layoutModel(specs, LINKS);
}

async function layOut(request: LayoutRequest): Promise<Record<string, Placement>> {
  // The graph crosses a structured clone on its way to the worker; so it does here.
  const result = await new ELK().layout(structuredClone(request.graph));
  const mapped = positionsFromLayout(request, result as never, { grid: 16 });
  if (!mapped.ok) throw new Error(mapped.reason);
  const sizes = Object.fromEntries(request.graph.children.map((child) => [child.id, child]));
  return Object.fromEntries(
    Object.entries(mapped.positions).map(([id, at]) => [
      id,
      { ...at, width: sizes[id]!.width, height: sizes[id]!.height },
    ]),
  );
}

function overlapping(placements: Record<string, Placement>): string[] {
  const entries = Object.entries(placements);
  const pairs: string[] = [];
  for (const [i, [a, p]] of entries.entries()) {
    for (const [b, q] of entries.slice(i + 1)) {
      if (p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height)
        pairs.push(`${a} / ${b}`);
    }
  }
  return pairs;
}

describe('auto-layout with the real ELK', () => {
  it('lays out a 30-element CSDM map by layer, with no overlaps and finite positions', async () => {
    const doc = messyModel();
    expect(Object.keys(doc.elements)).toHaveLength(30);
    const plan = buildLayoutGraph(doc, CATALOGUE, VIEW);
    if (!plan.ok) throw new Error(plan.reason);
    const placed = await layOut(plan.request);

    expect(Object.keys(placed).sort()).toEqual(Object.keys(doc.elements).sort());
    for (const p of Object.values(placed)) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
    expect(overlapping(placed)).toEqual([]);

    // Every element of a higher CSDM layer sits wholly above every element of a lower one.
    const layerOf = (id: string) => csdmLayerOf(CATALOGUE, doc.elements[id]!.kind);
    const misplaced: string[] = [];
    for (const [a, p] of Object.entries(placed)) {
      for (const [b, q] of Object.entries(placed)) {
        if (layerOf(a) < layerOf(b) && !(p.y + p.height <= q.y)) misplaced.push(`${a} not above ${b}`);
      }
    }
    expect(misplaced).toEqual([]);

    // The block starts where the elements' bounding box started (snapped to the grid).
    const minX = Math.min(...Object.values(placed).map((p) => p.x));
    const minY = Math.min(...Object.values(placed).map((p) => p.y));
    expect([minX, minY]).toEqual([
      Math.round(plan.request.origin.x / 16) * 16,
      Math.round(plan.request.origin.y / 16) * 16,
    ]);
  });

  it('leaves room between rows for link labels', async () => {
    const plan = buildLayoutGraph(messyModel(), CATALOGUE, VIEW);
    if (!plan.ok) throw new Error(plan.reason);
    const placed = Object.values(await layOut(plan.request)).sort((p, q) => p.y - q.y);
    // Rows: runs of nodes whose vertical extents overlap (nodes of one row are centred on it).
    const rows: { top: number; bottom: number }[] = [];
    for (const p of placed) {
      const row = rows.at(-1);
      if (row && p.y < row.bottom) row.bottom = Math.max(row.bottom, p.y + p.height);
      else rows.push({ top: p.y, bottom: p.y + p.height });
    }
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const gaps = rows.slice(1).map((row, i) => row.top - rows[i]!.bottom);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(80);
  });

  it('lays out a selection from its own corner, leaving the rest alone', async () => {
    const doc = messyModel();
    const selection = [
      'bs-email',
      'bo-email-gold',
      'bo-email-std',
      'si-email-prod',
      'si-email-dr',
      'srv-mail02',
    ];
    const plan = buildLayoutGraph(doc, CATALOGUE, VIEW, selection);
    if (!plan.ok) throw new Error(plan.reason);
    const placed = await layOut(plan.request);
    expect(Object.keys(placed).sort()).toEqual([...selection].sort());
    expect(overlapping(placed)).toEqual([]);
    expect(placed['bs-email']!.y + 72).toBeLessThanOrEqual(placed['bo-email-gold']!.y);
    expect(placed['si-email-dr']!.y + 72).toBeLessThanOrEqual(placed['srv-mail02']!.y);
  });
});
