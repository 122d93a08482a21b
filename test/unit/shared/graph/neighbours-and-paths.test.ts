import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { neighbours } from '../../../../shared/graph/neighbours';
import { pathBetween } from '../../../../shared/graph/path-between';
import { whereUsed } from '../../../../shared/graph/where-used';
import { buildRunModel } from '../validation/support/run-model';

const doc = buildRunModel();
const ids = (items: readonly { element: { id: string } }[]): string[] =>
  items.map((i) => i.element.id).sort();

describe('neighbours', () => {
  it('lists elements one link away in both directions, through links of every kind', () => {
    expect(ids(neighbours(doc, 'payroll-emea'))).toEqual([
      'acme',
      'alice',
      'availability',
      'payroll',
      'payroll-eu-prod',
    ]);
  });

  it('widens with depth and records each element at its shortest distance', () => {
    const two = neighbours(doc, 'srv-pay-01', 2);
    expect(ids(two)).toEqual([
      'linux-hosting',
      'linux-servers',
      'payroll-app',
      'payroll-eu-prod',
      'srv-claims-01',
    ]);
    expect(two.find((item) => item.element.id === 'payroll-app')?.depth).toBe(1);
    expect(two.find((item) => item.element.id === 'payroll-eu-prod')?.depth).toBe(2);
  });

  it('is empty for depth 0 and for unknown elements', () => {
    expect(neighbours(doc, 'payroll', 0)).toEqual([]);
    expect(neighbours(doc, 'nowhere')).toEqual([]);
  });
});

describe('pathBetween', () => {
  it('finds the shortest undirected path', () => {
    const path = pathBetween(doc, 'acme', 'srv-pay-01');
    expect(path?.elements).toEqual(['acme', 'payroll-emea', 'payroll-eu-prod', 'payroll-app', 'srv-pay-01']);
    expect(path?.links).toHaveLength(4);
    const link = path?.links[0] ? doc.links[path.links[0]] : undefined;
    expect(link).toMatchObject({ from: 'payroll-emea', to: 'acme' });
  });

  it('follows link direction only when directed', () => {
    expect(pathBetween(doc, 'payroll', 'srv-db-01', { directed: true })?.elements).toEqual([
      'payroll',
      'payroll-emea',
      'payroll-eu-prod',
      'payroll-db',
      'srv-db-01',
    ]);
    expect(pathBetween(doc, 'srv-db-01', 'payroll', { directed: true })).toBeNull();
    expect(pathBetween(doc, 'srv-db-01', 'payroll')?.elements).toHaveLength(5);
  });

  it('answers a one-element path from an element to itself, and null for unknown ends', () => {
    expect(pathBetween(doc, 'payroll', 'payroll')).toEqual({ elements: ['payroll'], links: [] });
    expect(pathBetween(doc, 'payroll', 'nowhere')).toBeNull();
  });

  it('returns null between parts of the model that are not connected', () => {
    const island = {
      ...doc,
      elements: {
        ...doc.elements,
        lone: { id: 'lone', kind: 'server' as const, table: 'cmdb_ci_server', name: 'lone', attributes: {} },
      },
    };
    expect(pathBetween(island, 'payroll', 'lone')).toBeNull();
  });
});

describe('whereUsed', () => {
  it('finds the reference fields pointing at a user and the links of a subscriber', () => {
    const owner = whereUsed(doc, CATALOGUE, 'bob');
    expect(owner.fields.map((use) => use.element.id).sort()).toContain('payroll');
    expect(new Set(owner.fields.map((use) => use.column))).toEqual(new Set(['owned_by']));
    expect(owner.links).toEqual([]);
    const group = whereUsed(doc, CATALOGUE, 'hosting-team');
    expect(group.fields.map((use) => `${use.element.id}.${use.column}`).sort()).toEqual([
      'db-hosting.support_group',
      'linux-hosting.support_group',
    ]);
    expect(whereUsed(doc, CATALOGUE, 'acme').links.map((link) => link.from)).toEqual(['payroll-emea']);
  });
});
