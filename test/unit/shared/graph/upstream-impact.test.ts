import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { upstreamImpact } from '../../../../shared/graph/upstream-impact';
import type { Reached } from '../../../../shared/graph/reached';
import type { ImpactedSubscriber } from '../../../../shared/graph/upstream-impact';
import { removeElements } from '../../../../shared/model/removeElements';
import { buildRunModel } from '../validation/support/run-model';

const ids = (items: readonly Reached[]): string[] => items.map((item) => item.element.id).sort();
const subscriberIds = (items: readonly ImpactedSubscriber[]): string[] =>
  items.map((s) => s.element.id).sort();

describe('upstreamImpact on the Run-stage model', () => {
  const doc = buildRunModel();

  it('a failing application server reaches exactly its offering, services and subscribers', () => {
    const impact = upstreamImpact(doc, CATALOGUE, 'srv-pay-01');
    expect(ids(impact.businessServices)).toEqual(['payroll']);
    expect(ids(impact.businessOfferings)).toEqual(['payroll-emea']);
    expect(ids(impact.technicalServices)).toEqual(['hosting']);
    expect(ids(impact.technicalOfferings)).toEqual(['linux-hosting']);
    expect(ids(impact.serviceInstances)).toEqual(['payroll-eu-prod']);
    expect(ids(impact.businessApplications)).toEqual(['payroll-suite']);
    // The application on it, the dynamic CI group holding it, and the capability the application provides.
    expect(ids(impact.otherCis)).toEqual(['linux-servers', 'pay-employees', 'payroll-app']);
    expect(subscriberIds(impact.subscribers.companies)).toEqual(['acme']);
    expect(subscriberIds(impact.subscribers.users)).toEqual(['alice']);
    expect(subscriberIds(impact.subscribers.groups)).toEqual(['service-desk']);
    expect(impact.subscribers.departments).toEqual([]);
    expect(impact.subscribers.locations).toEqual([]);
    expect(impact.impacted).toHaveLength(9);
  });

  it('never reaches the portfolio, commitments or owners (reference data carries no impact)', () => {
    const impact = upstreamImpact(doc, CATALOGUE, 'srv-pay-01');
    const reached = ids(impact.impacted);
    for (const id of ['portfolio', 'availability', 'bob', 'hosting-team', 'claims', 'payroll-americas']) {
      expect(reached).not.toContain(id);
    }
  });

  it('a shared database server impacts both payroll offerings and their subscribers, not claims', () => {
    const impact = upstreamImpact(doc, CATALOGUE, 'srv-db-01');
    expect(ids(impact.businessOfferings)).toEqual(['payroll-americas', 'payroll-emea']);
    expect(ids(impact.businessServices)).toEqual(['payroll']);
    expect(ids(impact.serviceInstances)).toEqual(['payroll-eu-prod', 'payroll-us-prod']);
    expect(ids(impact.technicalOfferings)).toEqual(['db-hosting', 'linux-hosting']);
    expect(subscriberIds(impact.subscribers.companies)).toEqual(['acme']);
    expect(subscriberIds(impact.subscribers.departments)).toEqual(['finance']);
    expect(subscriberIds(impact.subscribers.users)).toEqual(['alice']);
    expect(subscriberIds(impact.subscribers.locations)).toEqual([]);
  });

  it('gives depth and the shortest path back to the failing element', () => {
    const impact = upstreamImpact(doc, CATALOGUE, 'srv-pay-01');
    const service = impact.businessServices[0];
    expect(service?.depth).toBe(4);
    expect(service?.path).toEqual([
      'srv-pay-01',
      'payroll-app',
      'payroll-eu-prod',
      'payroll-emea',
      'payroll',
    ]);
    expect(service?.links).toHaveLength(4);
    const group = impact.otherCis.find((item) => item.element.id === 'linux-servers');
    expect(group?.depth).toBe(1);
  });

  it('lists each subscriber once, with every impacted offering it subscribes to', () => {
    const impact = upstreamImpact(doc, CATALOGUE, 'claims-portal');
    expect(ids(impact.businessOfferings)).toEqual(['claims-apac', 'claims-emea']);
    expect(subscriberIds(impact.subscribers.companies)).toEqual(['globex']);
    expect(subscriberIds(impact.subscribers.locations)).toEqual(['london']);
    expect(subscriberIds(impact.subscribers.groups)).toEqual(['claims-handlers']);
    expect(impact.subscribers.groups[0]?.via).toEqual(['claims-apac']);
  });

  it('counts the subscribers of a failing offering itself', () => {
    const impact = upstreamImpact(doc, CATALOGUE, 'payroll-emea');
    expect(ids(impact.impacted)).toEqual(['payroll']);
    expect(subscriberIds(impact.subscribers.companies)).toEqual(['acme']);
  });

  it('answers an empty impact for an element that is not in the model', () => {
    const gone = removeElements(doc, ['srv-pay-01']);
    if (!gone.ok) throw new Error(gone.reason);
    const impact = upstreamImpact(gone.doc, CATALOGUE, 'srv-pay-01');
    expect(impact.impacted).toEqual([]);
    expect(impact.subscribers.companies).toEqual([]);
  });
});
