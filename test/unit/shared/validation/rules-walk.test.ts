import { describe, expect, it } from 'vitest';
import { LINK } from '../../../../shared/csdm/data/linkTypes';
import { findingsOf } from './support/check';
import { DocBuilder } from './support/doc-builder';

describe('technical-service-without-offering', () => {
  it('fires on a technical service without offerings', () => {
    const b = new DocBuilder();
    const service = b.add('technical_service', 'Hosting');
    const [finding] = findingsOf(b.build(), 'technical-service-without-offering');
    expect(finding).toMatchObject({
      elementId: service,
      stage: 'Walk',
      quickFix: { action: 'add-offering', elementId: service },
    });
    expect(finding?.message).toContain('Technical service “Hosting” has no offering');
  });

  it('passes when it offers one', () => {
    const b = new DocBuilder();
    b.link(b.add('technical_service', 'Hosting'), b.add('technical_offering', 'Linux Hosting'));
    expect(findingsOf(b.build(), 'technical-service-without-offering')).toEqual([]);
  });
});

describe('offering-without-parent', () => {
  it('fires on business and technical offerings without a service', () => {
    const b = new DocBuilder();
    const business = b.add('business_offering', 'Payroll EMEA');
    const technical = b.add('technical_offering', 'Linux Hosting');
    const findings = findingsOf(b.build(), 'offering-without-parent');
    expect(findings.map((f) => f.elementId).sort()).toEqual([technical, business].sort());
    expect(findings.find((f) => f.elementId === business)?.message).toContain('exactly one business service');
    expect(findings[0]?.quickFix?.action).toBe('set-parent');
  });

  it('passes an offering linked from its service with “offered as”, not with any other link', () => {
    const b = new DocBuilder();
    b.link(b.add('business_service', 'Payroll'), b.add('business_offering', 'Payroll EMEA'));
    const orphan = b.add('business_offering', 'Payroll APAC');
    b.link(b.add('business_service', 'Other'), orphan, LINK.dependsOn);
    expect(findingsOf(b.build(), 'offering-without-parent').map((f) => f.elementId)).toEqual([orphan]);
  });
});

describe('too-many-parents', () => {
  it('fires on an offering with two parent services', () => {
    const b = new DocBuilder();
    const offering = b.add('business_offering', 'Payroll EMEA');
    b.link(b.add('business_service', 'Payroll'), offering);
    b.link(b.add('business_service', 'HR'), offering);
    const [finding] = findingsOf(b.build(), 'too-many-parents');
    expect(finding?.elementId).toBe(offering);
    expect(finding?.message).toContain(
      '2 parents through “offered as” (“HR” and “Payroll”); it can have only one',
    );
  });

  it('passes one parent each', () => {
    const b = new DocBuilder();
    b.link(b.add('business_service', 'Payroll'), b.add('business_offering', 'Payroll EMEA'));
    b.link(b.add('business_capability', 'Finance'), b.add('business_capability', 'Pay'));
    expect(findingsOf(b.build(), 'too-many-parents')).toEqual([]);
  });
});

describe('offering-classification-mismatch', () => {
  it('fires when the offering and its parent service are classified differently', () => {
    const b = new DocBuilder();
    const offering = b.add('business_offering', 'Payroll EMEA', {
      attributes: { service_classification: 'Technical Service' },
    });
    b.link(b.add('business_service', 'Payroll'), offering);
    const [finding] = findingsOf(b.build(), 'offering-classification-mismatch');
    expect(finding?.message).toContain(
      'classified “Technical Service” but its parent business service “Payroll” is “Business Service”',
    );
    expect(finding?.quickFix).toEqual({
      action: 'set-field',
      elementId: offering,
      column: 'service_classification',
      value: 'Business Service',
    });
  });

  it('passes matching classifications and does not apply to offerings without a parent', () => {
    const b = new DocBuilder();
    b.link(b.add('technical_service', 'Hosting'), b.add('technical_offering', 'Linux Hosting'));
    b.add('business_offering', 'Loose');
    expect(findingsOf(b.build(), 'offering-classification-mismatch')).toEqual([]);
  });
});

describe('technical-offering-without-support-group', () => {
  it('fires without a support group and when it names a record that is not a group', () => {
    const b = new DocBuilder();
    const none = b.add('technical_offering', 'Linux Hosting');
    const wrong = b.add('technical_offering', 'DB Hosting', { attributes: { support_group: 'ghost' } });
    const findings = findingsOf(b.build(), 'technical-offering-without-support-group');
    expect(findings.find((f) => f.elementId === none)?.message).toContain('has no support group');
    expect(findings.find((f) => f.elementId === wrong)?.message).toContain('not a group of this model');
    expect(findings[0]?.quickFix).toMatchObject({ action: 'set-field', column: 'support_group' });
  });

  it('passes with a support group of the model', () => {
    const b = new DocBuilder();
    const group = b.add('group', 'Hosting Team');
    b.add('technical_offering', 'Linux Hosting', { attributes: { support_group: group } });
    expect(findingsOf(b.build(), 'technical-offering-without-support-group')).toEqual([]);
  });
});

describe('technical-service-without-owner', () => {
  it('fires on technical services and offerings without an owner', () => {
    const b = new DocBuilder();
    const service = b.add('technical_service', 'Hosting');
    const findings = findingsOf(b.build(), 'technical-service-without-owner');
    expect(findings[0]).toMatchObject({
      elementId: service,
      quickFix: { action: 'set-field', column: 'owned_by' },
    });
    expect(findings[0]?.message).toContain('has no owner');
  });

  it('passes with an owner who is a user of the model', () => {
    const b = new DocBuilder();
    const user = b.add('user', 'Bob');
    b.add('technical_service', 'Hosting', { attributes: { owned_by: user } });
    expect(findingsOf(b.build(), 'technical-service-without-owner')).toEqual([]);
  });
});

describe('group-contains-group-or-service', () => {
  it('fires on a dynamic CI group holding another group or a service', () => {
    const b = new DocBuilder();
    const group = b.add('dynamic_ci_group', 'Linux prod');
    const inner = b.link(group, b.add('dynamic_ci_group', 'Linux web'), LINK.groupMember);
    const service = b.link(group, b.add('business_service', 'Payroll'), LINK.groupMember);
    const findings = findingsOf(b.build(), 'group-contains-group-or-service');
    expect(findings.map((f) => f.linkId).sort()).toEqual([inner, service].sort());
    expect(findings.find((f) => f.linkId === service)?.message).toContain(
      'Dynamic CI group “Linux prod” contains business service “Payroll”',
    );
  });

  it('passes infrastructure members', () => {
    const b = new DocBuilder();
    b.link(b.add('dynamic_ci_group', 'Linux prod'), b.add('server', 'srv'));
    expect(findingsOf(b.build(), 'group-contains-group-or-service')).toEqual([]);
  });
});

describe('ci-in-two-technical-services', () => {
  function groupIn(b: DocBuilder, service: string, member: string): void {
    const s = b.add('technical_service', service);
    const o = b.add('technical_offering', `${service} offering`);
    const g = b.add('dynamic_ci_group', `${service} group`);
    b.link(s, o);
    b.link(o, g);
    b.link(g, member);
  }

  it('fires on a CI in the groups of two technical services, naming both', () => {
    const b = new DocBuilder();
    const server = b.add('server', 'srv-01');
    groupIn(b, 'Hosting', server);
    groupIn(b, 'Backup', server);
    const [finding, ...rest] = findingsOf(b.build(), 'ci-in-two-technical-services');
    expect(rest).toEqual([]);
    expect(finding?.elementId).toBe(server);
    expect(finding?.message).toContain(
      '2 technical services: “Backup” (through “Backup group”) and “Hosting” (through “Hosting group”)',
    );
  });

  it('passes a CI shared by two offerings of one service', () => {
    const b = new DocBuilder();
    const server = b.add('server', 'srv-01');
    const service = b.add('technical_service', 'Hosting');
    for (const env of ['Prod', 'Test']) {
      const offering = b.add('technical_offering', `Hosting ${env}`);
      const group = b.add('dynamic_ci_group', `Group ${env}`);
      b.link(service, offering);
      b.link(offering, group);
      b.link(group, server);
    }
    expect(findingsOf(b.build(), 'ci-in-two-technical-services')).toEqual([]);
  });
});
