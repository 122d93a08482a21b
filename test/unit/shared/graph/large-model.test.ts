import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { downstreamDependencies } from '../../../../shared/graph/downstream-dependencies';
import { neighbours } from '../../../../shared/graph/neighbours';
import { pathBetween } from '../../../../shared/graph/path-between';
import type { Reached } from '../../../../shared/graph/reached';
import { upstreamImpact } from '../../../../shared/graph/upstream-impact';
import { buildLargeModel } from '../../../support/large-model';

const ids = (items: readonly Reached[]): string[] => items.map((item) => item.element.id).sort();

// Queries walk only what they reach: on 50,000 elements the answers stay those of one block.
describe('graph queries on a 50,000-element model', () => {
  const doc = buildLargeModel(50_000);

  it('impact of a server stays within its block', () => {
    const impact = upstreamImpact(doc, CATALOGUE, 'b0-srv-0');
    expect(ids(impact.businessServices)).toEqual(['b0-bs']);
    expect(ids(impact.businessOfferings)).toEqual(['b0-bo-EMEA']);
    expect(ids(impact.technicalServices)).toEqual(['b0-ts']);
    expect(ids(impact.technicalOfferings)).toEqual(['b0-to-Prod', 'b0-to-Test']);
    expect(ids(impact.serviceInstances)).toEqual(['b0-si-0']);
    expect(ids(impact.businessApplications)).toEqual(['b0-ba-0']);
    expect(ids(impact.otherCis)).toEqual(['b0-app-0', 'b0-dcg']);
    expect(impact.subscribers.companies).toHaveLength(1);
    expect(impact.subscribers.groups).toHaveLength(1);
  });

  it('dependencies, neighbours and paths answer on the same model', () => {
    expect(ids(downstreamDependencies(doc, CATALOGUE, 'b7-bo-APAC').dependencies)).toEqual([
      'b7-app-4',
      'b7-app-5',
      'b7-db-4',
      'b7-db-5',
      'b7-si-4',
      'b7-si-5',
      'b7-srv-10',
      'b7-srv-11',
      'b7-srv-4',
      'b7-srv-5',
    ]);
    expect(
      neighbours(doc, 'b7-si-4')
        .map((item) => item.element.id)
        .sort(),
    ).toEqual(['b7-app-4', 'b7-ba-2', 'b7-bo-APAC', 'b7-db-4', 'b7-to-Test']);
    expect(pathBetween(doc, 'b7-bs', 'b7-srv-10', { directed: true })?.elements).toEqual([
      'b7-bs',
      'b7-bo-APAC',
      'b7-si-4',
      'b7-db-4',
      'b7-srv-10',
    ]);
    expect(pathBetween(doc, 'b7-bs', 'b8-bs', { directed: true })).toBeNull();
  });
});
