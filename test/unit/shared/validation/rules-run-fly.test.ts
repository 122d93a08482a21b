import { describe, expect, it } from 'vitest';
import { LINK } from '../../../../shared/csdm/data/linkTypes';
import { findingsOf, scoreOf } from './support/check';
import { DocBuilder } from './support/doc-builder';

describe('business-service-without-offering', () => {
  it('fires on a business service without offerings', () => {
    const b = new DocBuilder();
    const service = b.add('business_service', 'Payroll Processing');
    const [finding] = findingsOf(b.build(), 'business-service-without-offering');
    expect(finding).toMatchObject({
      elementId: service,
      stage: 'Run',
      quickFix: { action: 'add-offering', elementId: service },
    });
    expect(finding?.message).toMatch(/^Business service “Payroll Processing” has no offering/);
  });

  it('passes when it offers one', () => {
    const b = new DocBuilder();
    b.link(b.add('business_service', 'Payroll'), b.add('business_offering', 'Payroll EMEA'));
    expect(findingsOf(b.build(), 'business-service-without-offering')).toEqual([]);
  });
});

describe('business-offering-without-delivery', () => {
  it('fires on a business offering with nothing beneath it', () => {
    const b = new DocBuilder();
    const offering = b.add('business_offering', 'Payroll EMEA');
    const [finding] = findingsOf(b.build(), 'business-offering-without-delivery');
    expect(finding?.quickFix).toEqual({
      action: 'add-link',
      elementId: offering,
      direction: 'out',
      kinds: ['service_instance', 'specialized_service_instance', 'technical_offering'],
    });
  });

  it('passes an offering depending on a service instance or on a technical offering', () => {
    const b = new DocBuilder();
    b.link(b.add('business_offering', 'Payroll EMEA'), b.add('service_instance', 'Payroll prod'));
    b.link(b.add('business_offering', 'Email'), b.add('technical_offering', 'Mail hosting'));
    expect(findingsOf(b.build(), 'business-offering-without-delivery')).toEqual([]);
  });
});

describe('business-service-without-owner', () => {
  it('fires on a business service and offering without owner, or with an owner outside the model', () => {
    const b = new DocBuilder();
    const service = b.add('business_service', 'Payroll');
    const offering = b.add('business_offering', 'Payroll EMEA', { attributes: { owned_by: 'someone-else' } });
    const findings = findingsOf(b.build(), 'business-service-without-owner');
    expect(findings.map((f) => f.elementId).sort()).toEqual([offering, service].sort());
    expect(findings.find((f) => f.elementId === offering)?.message).toContain('not a user of this model');
  });

  it('passes with an owner', () => {
    const b = new DocBuilder();
    const bob = b.add('user', 'Bob');
    b.add('business_service', 'Payroll', { attributes: { owned_by: bob } });
    expect(findingsOf(b.build(), 'business-service-without-owner')).toEqual([]);
  });
});

describe('service-under-service', () => {
  it('fires on a service linked as child of a service or of an offering', () => {
    const b = new DocBuilder();
    const payroll = b.add('business_service', 'Payroll');
    const hosting = b.add('technical_service', 'Hosting');
    const underService = b.link(payroll, hosting, LINK.dependsOn);
    const underOffering = b.link(b.add('business_offering', 'Payroll EMEA'), payroll, LINK.dependsOn);
    const findings = findingsOf(b.build(), 'service-under-service');
    expect(findings.map((f) => f.linkId).sort()).toEqual([underService, underOffering].sort());
    expect(findings.find((f) => f.linkId === underService)?.message).toContain(
      'Technical service “Hosting” sits under business service “Payroll”',
    );
    expect(findings[0]?.severity).toBe('error');
  });

  it('passes services linked through their offerings', () => {
    const b = new DocBuilder();
    const offering = b.add('business_offering', 'Payroll EMEA');
    b.link(b.add('business_service', 'Payroll'), offering);
    b.link(offering, b.add('technical_offering', 'Linux Hosting'));
    expect(findingsOf(b.build(), 'service-under-service')).toEqual([]);
  });
});

describe('custom-service-table', () => {
  it('fires on an imported CI whose table looks like a service, and on a service kept in a u_ table', () => {
    const b = new DocBuilder();
    const generic = b.add('generic_ci', 'Payroll', { table: 'u_cmdb_ci_payroll_service' });
    const custom = b.add('business_service', 'Claims', { table: 'u_business_service' });
    const findings = findingsOf(b.build(), 'custom-service-table');
    expect(findings.find((f) => f.elementId === generic)?.fix).toContain(
      'cmdb_ci_service_business (business service)',
    );
    expect(findings.find((f) => f.elementId === custom)?.quickFix).toEqual({
      action: 'change-table',
      elementId: custom,
      table: 'cmdb_ci_service_business',
    });
  });

  it('passes base tables and ignores imported CIs that are not services', () => {
    const b = new DocBuilder();
    b.add('business_service', 'Payroll');
    b.add('service_instance', 'Payroll prod', { table: 'cmdb_ci_service_auto' });
    b.add('generic_ci', 'Printer', { table: 'cmdb_ci_printer' });
    const doc = b.build();
    expect(findingsOf(doc, 'custom-service-table')).toEqual([]);
    expect(scoreOf(doc, 'custom-service-table')?.checks).toBe(2);
  });
});

describe('information-object-without-business-application', () => {
  it('fires on an information object no business application uses', () => {
    const b = new DocBuilder();
    const info = b.add('information_object', 'Employee records');
    const [finding] = findingsOf(b.build(), 'information-object-without-business-application');
    expect(finding).toMatchObject({ elementId: info, stage: 'Fly' });
  });

  it('passes when a business application uses it', () => {
    const b = new DocBuilder();
    b.link(b.add('business_application', 'HR Suite'), b.add('information_object', 'Employee records'));
    expect(findingsOf(b.build(), 'information-object-without-business-application')).toEqual([]);
  });
});

describe('capability-hierarchy', () => {
  function chain(b: DocBuilder, levels: number): string[] {
    const ids = Array.from({ length: levels }, (_, i) => b.add('business_capability', `Level ${i + 1}`));
    ids.slice(1).forEach((id, i) => b.link(ids[i] ?? '', id));
    return ids;
  }

  it('passes six levels', () => {
    const b = new DocBuilder();
    chain(b, 6);
    expect(findingsOf(b.build(), 'capability-hierarchy')).toEqual([]);
  });

  it('fires on the capabilities below the sixth level', () => {
    const b = new DocBuilder();
    const ids = chain(b, 8);
    const findings = findingsOf(b.build(), 'capability-hierarchy');
    expect(findings.map((f) => f.elementId).sort()).toEqual([ids[6], ids[7]].sort());
    expect(findings[0]?.message).toContain('more than 6 levels deep');
  });

  it('fires on every capability of a loop', () => {
    const b = new DocBuilder();
    const [a, c, d] = chain(b, 3);
    if (!a || !c || !d) throw new Error('chain');
    b.link(d, a, LINK.capabilityParent);
    const findings = findingsOf(b.build(), 'capability-hierarchy');
    expect(findings.map((f) => f.elementId).sort()).toEqual([a, c, d].sort());
    expect(findings[0]?.message).toContain('its own ancestor');
  });
});
