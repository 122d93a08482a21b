import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@shared/csdm';
import { addElement } from '@shared/model/addElement';
import { disconnect } from '@shared/model/disconnect';
import type { ModelDocument, OpResult } from '@shared/model/types';
import { validate } from '@shared/validation';
import { addOfferingUnder, linkCandidatesOfKinds } from '../../../../renderer/src/validation/fixOperations';
import { quickFixPlan } from '../../../../renderer/src/validation/quickFixes';
import { buildRunStageSample, sampleId } from '../../../samples/runStageSample';

const ok = (result: OpResult): ModelDocument => {
  if (!result.ok) throw new Error(result.reason);
  return result.doc;
};
const sample = buildRunStageSample();
const id = (key: string) => sampleId(`element/${key}`);
const mainView = sample.viewOrder[0]!;
const kindIn = (doc: ModelDocument) => (elementId: string) => doc.elements[elementId]?.kind;

describe('add an offering', () => {
  const doc = ok(
    addElement(sample, CATALOGUE, {
      id: 'treasury',
      kind: 'business_service',
      name: 'Treasury',
      attributes: { owned_by: id('sam'), busines_criticality: '2 - somewhat critical' },
      placement: { viewId: mainView, x: 0, y: 0 },
    }),
  );

  it('creates the matching offering under the service, inheriting owner and criticality, placed below it', () => {
    const next = ok(addOfferingUnder(doc, 'treasury', { offeringId: 'o1', linkId: 'l1', viewId: mainView }));
    const offering = next.elements.o1!;
    expect(offering.kind).toBe('business_offering');
    expect(offering.name).toBe('New business service offering');
    expect(offering.attributes).toMatchObject({
      owned_by: id('sam'),
      busines_criticality: '2 - somewhat critical',
      service_classification: 'Business Service',
    });
    expect(next.links.l1).toEqual({ id: 'l1', type: 'offering.parent', from: 'treasury', to: 'o1' });
    const service = next.views[mainView]!.placements.treasury!;
    const placed = next.views[mainView]!.placements.o1!;
    expect(placed.y).toBeGreaterThan(service.y + service.height);
    // The finding it answers is gone.
    const before = validate(doc, CATALOGUE).findings.filter(
      (f) => f.ruleId === 'business-service-without-offering',
    );
    const after = validate(next, CATALOGUE).findings.filter(
      (f) => f.ruleId === 'business-service-without-offering',
    );
    expect(before).toHaveLength(1);
    expect(after).toHaveLength(0);
  });

  it('gives a technical service a technical offering, and refuses what is not a service', () => {
    const next = ok(
      addOfferingUnder(sample, id('hosting'), { offeringId: 'o2', linkId: 'l2', viewId: null }),
    );
    expect(next.elements.o2?.kind).toBe('technical_offering');
    expect(Object.values(next.views).some((view) => 'o2' in view.placements)).toBe(false);
    const refused = addOfferingUnder(sample, id('lnx-pay-app-01'), {
      offeringId: 'o3',
      linkId: 'l3',
      viewId: null,
    });
    expect(refused.ok).toBe(false);
  });
});

describe('quick-fix plans', () => {
  it('offers add-offering, set-parent and add-link as buttons with pickers', () => {
    expect(
      quickFixPlan(CATALOGUE, kindIn(sample), { action: 'add-offering', elementId: id('payroll') }),
    ).toEqual({
      kind: 'add-offering',
      label: 'Add an offering',
      serviceId: id('payroll'),
    });
    const parent = quickFixPlan(CATALOGUE, kindIn(sample), {
      action: 'set-parent',
      elementId: id('linux-hosting'),
    });
    expect(parent).toMatchObject({
      kind: 'pick-link',
      label: 'Set parent…',
      direction: 'in',
      kinds: ['technical_service'],
    });
    const link = quickFixPlan(CATALOGUE, kindIn(sample), {
      action: 'add-link',
      elementId: id('payroll-app'),
      direction: 'out',
      kinds: ['service_instance'],
    });
    expect(link).toMatchObject({ kind: 'pick-link', label: 'Link a service instance…' });
    expect(
      quickFixPlan(CATALOGUE, kindIn(sample), { action: 'rename', elementId: id('payroll') })?.kind,
    ).toBe('rename');
    // One-operation fixes come through quickFixAction unchanged.
    expect(
      quickFixPlan(CATALOGUE, kindIn(sample), {
        action: 'delete-link',
        linkId: Object.keys(sample.links)[0]!,
      })?.kind,
    ).toBe('operation');
    // A field whose value the user must choose has no button.
    expect(
      quickFixPlan(CATALOGUE, kindIn(sample), {
        action: 'set-field',
        elementId: id('payroll'),
        column: 'owned_by',
      }),
    ).toBeUndefined();
  });

  it('lists the services of the matching classification as parents of an orphan offering', () => {
    const link = Object.values(sample.links).find(
      (l) => l.from === id('payroll') && l.to === id('payroll-emea'),
    )!;
    const orphaned = ok(disconnect(sample, [link.id]));
    const candidates = linkCandidatesOfKinds(
      orphaned,
      id('payroll-emea'),
      'in',
      ['business_service'],
      mainView,
    );
    expect(candidates.map((candidate) => candidate.other.name)).toEqual([
      'Claims Management',
      'Customer Onboarding',
      'Payroll Processing',
    ]);
    expect(candidates.every((candidate) => candidate.option.to === id('payroll-emea'))).toBe(true);
    expect(candidates.every((candidate) => candidate.option.rule.type === 'offering.parent')).toBe(true);
    // Technical services are not offered for a business offering.
    expect(
      linkCandidatesOfKinds(orphaned, id('payroll-emea'), 'in', ['technical_service'], mainView),
    ).toEqual([]);
  });
});
