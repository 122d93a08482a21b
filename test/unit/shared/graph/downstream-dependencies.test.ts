import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { downstreamDependencies } from '../../../../shared/graph/downstream-dependencies';
import type { Reached } from '../../../../shared/graph/reached';
import { buildRunModel } from '../validation/support/run-model';

const ids = (items: readonly Reached[]): string[] => items.map((item) => item.element.id).sort();

describe('downstreamDependencies', () => {
  const doc = buildRunModel();

  it('follows an offering down to the servers it needs', () => {
    const needs = downstreamDependencies(doc, CATALOGUE, 'payroll-emea');
    expect(ids(needs.serviceInstances)).toEqual(['payroll-eu-prod']);
    expect(ids(needs.otherCis)).toEqual(['payroll-app', 'payroll-db', 'srv-db-01', 'srv-pay-01']);
    expect(ids(needs.businessServices)).toEqual([]);
  });

  it('does not treat subscribers or commitments as dependencies', () => {
    const all = ids(downstreamDependencies(doc, CATALOGUE, 'payroll-emea').dependencies);
    expect(all).not.toContain('acme');
    expect(all).not.toContain('availability');
  });

  it('walks a technical service through offerings and group members', () => {
    const needs = downstreamDependencies(doc, CATALOGUE, 'hosting');
    expect(ids(needs.technicalOfferings)).toEqual(['db-hosting', 'linux-hosting']);
    expect(ids(needs.otherCis)).toContain('srv-claims-01');
    const member = needs.dependencies.find((item) => item.element.id === 'srv-db-02');
    expect(member?.path).toEqual(['hosting', 'db-hosting', 'db-servers', 'srv-db-02']);
  });

  it('finds nothing below a server', () => {
    expect(downstreamDependencies(doc, CATALOGUE, 'srv-pay-01').dependencies).toEqual([]);
  });
});
