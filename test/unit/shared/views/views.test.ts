/** Pure helpers behind the view commands: names, the neighbourhood layout, the free grid. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import type { Placement } from '../../../../shared/model/types';
import {
  freeGridPlacements,
  neighbourhoodLayout,
  neighbourhoodOf,
  nextViewName,
  overlaps,
  type NodeBox,
} from '../../../../shared/views';
import { modelWith } from '../model/helpers';

const box = (id: string, width = 200, height = 72): NodeBox => ({ id, width, height });
const centreX = (p: Placement) => p.x + p.width / 2;
const noOverlaps = (placements: Record<string, Placement>) => {
  const all = Object.values(placements);
  return all.every((a, i) => all.slice(i + 1).every((b) => !overlaps(a, b)));
};

describe('nextViewName', () => {
  const views = (...names: string[]) => ({
    views: Object.fromEntries(names.map((name, i) => [`v${i}`, { id: `v${i}`, name, placements: {} }])),
    viewOrder: names.map((_, i) => `v${i}`),
  });
  it('numbers views after the ones there are', () => {
    expect(nextViewName(views('Main view'))).toBe('View 2');
    expect(nextViewName(views('Main view', 'Payroll'))).toBe('View 3');
  });
  it('skips a name in use, whatever its case', () => {
    expect(nextViewName(views('Main view', 'view 3'))).toBe('View 4');
  });
});

describe('neighbourhoodOf', () => {
  const doc = modelWith(
    [
      { id: 'bs', kind: 'business_service', name: 'Payroll' },
      { id: 'emea', kind: 'business_offering', name: 'Payroll EMEA' },
      { id: 'us', kind: 'business_offering', name: 'Payroll Americas' },
      { id: 'si', kind: 'service_instance', name: 'Payroll PROD' },
      { id: 'app', kind: 'business_application', name: 'Payroll System' },
      { id: 'tomcat', kind: 'application', name: 'payroll-tomcat' },
      { id: 'srv', kind: 'server', name: 'lnx-01' },
      { id: 'ldn', kind: 'location', name: 'London' },
    ],
    [
      ['l1', 'bs', 'emea', 'offering.parent'],
      ['l2', 'bs', 'us', 'offering.parent'],
      ['l3', 'emea', 'si', 'Depends on::Used by'],
      ['l4', 'us', 'si', 'Depends on::Used by'],
      ['l5', 'app', 'si', 'Uses::Used by'],
      ['l6', 'si', 'tomcat', 'Depends on::Used by'],
      ['l7', 'tomcat', 'srv', 'Runs on::Runs'],
      ['l8', 'emea', 'ldn', 'subscribed_by'],
    ],
  );

  it('splits the elements one link away into parents and children, top layer first', () => {
    expect(neighbourhoodOf(doc, CATALOGUE, 'si')).toEqual({
      parents: ['app', 'us', 'emea'],
      children: ['tomcat'],
    });
    expect(neighbourhoodOf(doc, CATALOGUE, 'emea')).toEqual({ parents: ['bs'], children: ['si', 'ldn'] });
  });

  it('has nothing for an element without links, or one not in the model', () => {
    expect(neighbourhoodOf(doc, CATALOGUE, 'nope')).toEqual({ parents: [], children: [] });
  });
});

describe('neighbourhoodLayout', () => {
  it('puts the element in the middle row, parents above and children below, each row centred on it', () => {
    const layout = neighbourhoodLayout({
      centre: box('c'),
      parents: [box('p1'), box('p2')],
      children: [box('k1'), box('k2'), box('k3', 240)],
      at: { x: 400, y: 300 },
      grid: 1,
    });
    expect(centreX(layout.c!)).toBe(400);
    expect(layout.c!.y + 36).toBe(300);
    expect(layout.p1!.y).toBe(layout.p2!.y);
    expect(layout.p1!.y + 72).toBeLessThan(layout.c!.y);
    for (const k of ['k1', 'k2', 'k3']) expect(layout[k]!.y).toBeGreaterThan(layout.c!.y + 72);
    expect((layout.p1!.x + layout.p2!.x + layout.p2!.width) / 2).toBe(400);
    expect((layout.k1!.x + layout.k3!.x + layout.k3!.width) / 2).toBe(400);
    expect(layout.k3!.width).toBe(240);
    expect(noOverlaps(layout)).toBe(true);
  });

  it('wraps long rows: further parents go higher, further children lower', () => {
    const children = Array.from({ length: 7 }, (_, i) => box(`k${i}`));
    const parents = Array.from({ length: 4 }, (_, i) => box(`p${i}`));
    const layout = neighbourhoodLayout({ centre: box('c'), parents, children, maxPerRow: 3 });
    expect(new Set(children.map((k) => layout[k.id]!.y)).size).toBe(3);
    expect(layout.k6!.y).toBeGreaterThan(layout.k3!.y);
    expect(layout.k3!.y).toBeGreaterThan(layout.k0!.y);
    expect(layout.p3!.y).toBeLessThan(layout.p0!.y);
    expect(noOverlaps(layout)).toBe(true);
  });

  it('snaps to the canvas grid', () => {
    const layout = neighbourhoodLayout({
      centre: box('c', 210),
      parents: [box('p', 130)],
      children: [],
      at: { x: 7, y: 9 },
    });
    for (const p of Object.values(layout)) {
      expect(Math.abs(p.x % 16)).toBe(0);
      expect(Math.abs(p.y % 16)).toBe(0);
    }
  });

  it('lays out a lone element by itself', () => {
    expect(neighbourhoodLayout({ centre: box('c'), parents: [], children: [], grid: 1 })).toEqual({
      c: { x: -100, y: -36, width: 200, height: 72 },
    });
  });
});

describe('freeGridPlacements', () => {
  const boxes = Array.from({ length: 5 }, (_, i) => box(`n${i}`));

  it('puts a grid around the centre when the space is free', () => {
    const { placements, atCentre } = freeGridPlacements({
      boxes,
      centre: { x: 0, y: 0 },
      occupied: [],
      grid: 1,
    });
    expect(atCentre).toBe(true);
    const all = Object.values(placements);
    expect(all).toHaveLength(5);
    const left = Math.min(...all.map((p) => p.x));
    const right = Math.max(...all.map((p) => p.x + p.width));
    expect(Math.abs(left + right)).toBeLessThan(1);
    // Wider than tall.
    expect(new Set(all.map((p) => p.x)).size).toBeGreaterThan(new Set(all.map((p) => p.y)).size);
    expect(noOverlaps(placements)).toBe(true);
  });

  it('moves next to what is already in the view instead of covering it', () => {
    const occupied: Placement[] = [{ x: -150, y: -50, width: 300, height: 100 }];
    const { placements, atCentre } = freeGridPlacements({ boxes, centre: { x: 0, y: 0 }, occupied });
    expect(atCentre).toBe(false);
    for (const p of Object.values(placements)) expect(overlaps(p, occupied[0]!)).toBe(false);
    // Near: within a grid's size of the centre.
    expect(Math.min(...Object.values(placements).map((p) => Math.hypot(centreX(p), p.y)))).toBeLessThan(1200);
  });

  it('goes below everything when the surroundings are full', () => {
    const occupied: Placement[] = [{ x: -100_000, y: -100_000, width: 200_000, height: 200_000 }];
    const { placements } = freeGridPlacements({ boxes: [box('a')], centre: { x: 0, y: 0 }, occupied });
    expect(placements.a!.y).toBeGreaterThanOrEqual(100_000);
  });

  it('places nothing when given nothing', () => {
    expect(freeGridPlacements({ boxes: [], centre: { x: 0, y: 0 }, occupied: [] })).toEqual({
      placements: {},
      atCentre: true,
    });
  });
});
