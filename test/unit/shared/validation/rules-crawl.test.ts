import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { LINK } from '../../../../shared/csdm/data/linkTypes';
import { LIFECYCLE_AGREEMENT } from '../../../../shared/validation/lifecycle-agreement';
import { findingsOf, scoreOf } from './support/check';
import { DocBuilder } from './support/doc-builder';

describe('missing-name', () => {
  it('fires on a blank name and passes a named element', () => {
    const b = new DocBuilder();
    const blank = b.add('server', '  ', { id: 'blank' });
    b.add('server', 'srv-01');
    const findings = findingsOf(b.build(), 'missing-name');
    expect(findings.map((f) => f.elementId)).toEqual([blank]);
    expect(findings[0]?.message).toMatch(/^A server has no name/);
    expect(findings[0]?.severity).toBe('error');
  });
});

describe('duplicate-name', () => {
  it('fires on every CI sharing a table and name, however it is cased or spaced', () => {
    const b = new DocBuilder();
    const a = b.add('server', 'web01', { id: 'a' });
    const c = b.add('server', ' WEB01 ', { id: 'c' });
    const findings = findingsOf(b.build(), 'duplicate-name');
    expect(findings.map((f) => f.elementId).sort()).toEqual([a, c]);
    expect(findings[0]?.message).toContain('another CI in cmdb_ci_server');
    expect(findings[0]?.quickFix).toEqual({ action: 'rename', elementId: a });
  });

  it('passes the same name in different tables and Foundation records sharing a name', () => {
    const b = new DocBuilder();
    b.add('server', 'web01', { id: 'a' });
    b.add('server', 'web01', { id: 'b', table: 'cmdb_ci_linux_server' });
    b.add('user', 'John Smith', { id: 'u1' });
    b.add('user', 'John Smith', { id: 'u2' });
    expect(findingsOf(b.build(), 'duplicate-name')).toEqual([]);
  });
});

describe('link-to-missing-element', () => {
  it('fires on a link with an end outside the model', () => {
    const b = new DocBuilder();
    const app = b.add('application', 'app');
    const link = b.link(app, 'ghost', LINK.runsOn);
    const [finding] = findingsOf(b.build(), 'link-to-missing-element');
    expect(finding).toMatchObject({ linkId: link, quickFix: { action: 'delete-link', linkId: link } });
    expect(finding?.message).toContain('application “app”');
  });

  it('passes links whose ends are both present', () => {
    const b = new DocBuilder();
    b.link(b.add('application', 'app'), b.add('server', 'srv'));
    expect(findingsOf(b.build(), 'link-to-missing-element')).toEqual([]);
  });
});

describe('link-not-allowed', () => {
  it('fires on a pair the catalogue has no rule for, with the catalogue explanation', () => {
    const b = new DocBuilder();
    const service = b.add('business_service', 'Payroll');
    const server = b.add('server', 'srv');
    const link = b.link(service, server, LINK.dependsOn);
    const [finding] = findingsOf(b.build(), 'link-not-allowed');
    expect(finding).toMatchObject({ linkId: link, severity: 'error', stage: 'Crawl' });
    expect(finding?.message).toContain('business service “Payroll”');
    expect(finding?.message).toContain('A business service cannot depend on a server');
  });

  it('fires on a type the pair does not allow', () => {
    const b = new DocBuilder();
    const link = b.link(b.add('application', 'app'), b.add('server', 'srv'), LINK.dependsOn);
    expect(findingsOf(b.build(), 'link-not-allowed').map((f) => f.linkId)).toEqual([link]);
  });

  it('passes allowed links and leaves forbidden pairs to their own rules', () => {
    const b = new DocBuilder();
    b.link(b.add('application', 'app'), b.add('server', 'srv'));
    b.link(b.add('business_service', 'A'), b.add('business_service', 'B'), LINK.dependsOn);
    const doc = b.build();
    expect(findingsOf(doc, 'link-not-allowed')).toEqual([]);
    expect(scoreOf(doc, 'link-not-allowed')?.checks).toBe(1);
  });
});

describe('service-instance-without-business-application', () => {
  it('fires on an application service instance with no business application', () => {
    const b = new DocBuilder();
    const instance = b.add('service_instance', 'HR prod');
    const [finding] = findingsOf(b.build(), 'service-instance-without-business-application');
    expect(finding).toMatchObject({
      elementId: instance,
      quickFix: { action: 'add-link', elementId: instance, direction: 'in', kinds: ['business_application'] },
    });
  });

  it('passes when a business application relates to it, and does not ask it of other instance classes', () => {
    const b = new DocBuilder();
    b.link(b.add('business_application', 'HR Suite'), b.add('service_instance', 'HR prod'));
    b.add('specialized_service_instance', 'Data lake');
    const doc = b.build();
    expect(findingsOf(doc, 'service-instance-without-business-application')).toEqual([]);
    expect(scoreOf(doc, 'service-instance-without-business-application')?.checks).toBe(1);
  });
});

describe('business-application-without-service-instance', () => {
  it('fires on a business application with nothing running it', () => {
    const b = new DocBuilder();
    const app = b.add('business_application', 'HR Suite');
    expect(findingsOf(b.build(), 'business-application-without-service-instance')[0]?.elementId).toBe(app);
  });

  it('passes when it relates to a service instance', () => {
    const b = new DocBuilder();
    b.link(b.add('business_application', 'HR Suite'), b.add('service_instance', 'HR prod'));
    expect(findingsOf(b.build(), 'business-application-without-service-instance')).toEqual([]);
  });
});

describe('business-application-link-type', () => {
  it('fires on the CSDM 4 type in a CSDM 5 model and offers the catalogue type', () => {
    const b = new DocBuilder(5);
    const link = b.link(
      b.add('business_application', 'HR Suite'),
      b.add('service_instance', 'HR prod'),
      LINK.consumes,
    );
    const [finding] = findingsOf(b.build(), 'business-application-link-type');
    expect(finding?.quickFix).toEqual({ action: 'change-link-type', linkId: link, type: LINK.uses });
    expect(finding?.message).toContain('for CSDM 5 the link is “Uses”');
  });

  it('fires on the CSDM 5 type in a CSDM 4 model', () => {
    const b = new DocBuilder(4);
    const link = b.link(
      b.add('business_application', 'HR Suite'),
      b.add('service_instance', 'HR prod'),
      LINK.uses,
    );
    const [finding] = findingsOf(b.build(), 'business-application-link-type');
    expect(finding?.quickFix).toEqual({ action: 'change-link-type', linkId: link, type: LINK.consumes });
  });

  it('fires on a business application linked straight to an application CI', () => {
    const b = new DocBuilder();
    const link = b.link(
      b.add('business_application', 'HR Suite'),
      b.add('application', 'tomcat01'),
      LINK.uses,
    );
    const [finding] = findingsOf(b.build(), 'business-application-link-type');
    expect(finding?.quickFix).toEqual({ action: 'delete-link', linkId: link });
    expect(finding?.message).toContain('cmdb_ci_appl');
  });

  it('passes the type the version expects', () => {
    for (const version of [4, 5] as const) {
      const b = new DocBuilder(version);
      b.link(b.add('business_application', 'HR Suite'), b.add('service_instance', 'HR prod'));
      expect(findingsOf(b.build(), 'business-application-link-type')).toEqual([]);
    }
  });
});

describe('operational-status-lifecycle-mismatch', () => {
  it.each(LIFECYCLE_AGREEMENT.map((row) => [row.stage, row.status, row.operationalStatus] as const))(
    'fires when %s / %s does not have operational status %s',
    (stage, status, expected) => {
      const b = new DocBuilder();
      const attributes: Record<string, string> = { life_cycle_stage: stage, operational_status: '2' };
      if (status) attributes.life_cycle_stage_status = status;
      const id = b.add('application', 'app', { attributes });
      const [finding] = findingsOf(b.build(), 'operational-status-lifecycle-mismatch');
      expect(finding?.quickFix).toEqual({
        action: 'set-field',
        elementId: id,
        column: 'operational_status',
        value: expected,
      });
      expect(finding?.message).toContain('“Non-Operational”');
    },
  );

  it('passes agreeing values and does not count stages the table says nothing about', () => {
    const b = new DocBuilder();
    b.add('application', 'a', {
      attributes: {
        life_cycle_stage: 'Operational',
        life_cycle_stage_status: 'In Use',
        operational_status: '1',
      },
    });
    b.add('server', 'b', { attributes: { life_cycle_stage: 'End of Life', operational_status: '6' } });
    b.add('application', 'c', { attributes: { life_cycle_stage: 'Deploy', operational_status: '2' } });
    const doc = b.build();
    expect(findingsOf(doc, 'operational-status-lifecycle-mismatch')).toEqual([]);
    expect(scoreOf(doc, 'operational-status-lifecycle-mismatch')?.checks).toBe(2);
  });
});

describe('lifecycle-status-not-in-stage', () => {
  it('fires on a status of another stage, naming the allowed ones from the catalogue', () => {
    const b = new DocBuilder();
    b.add('application', 'app', {
      attributes: { life_cycle_stage: 'Operational', life_cycle_stage_status: 'Available' },
    });
    const [finding] = findingsOf(b.build(), 'lifecycle-status-not-in-stage');
    expect(finding?.message).toContain('does not belong to stage “Operational”');
    for (const status of CATALOGUE.lifecycle.logical.Operational ?? [])
      expect(finding?.fix).toContain(status);
  });

  it('fires on an unknown stage and on a status without a stage', () => {
    const b = new DocBuilder();
    b.add('application', 'a', { attributes: { life_cycle_stage: 'Sunset' } });
    b.add('application', 'b', { attributes: { life_cycle_stage_status: 'In Use' } });
    const messages = findingsOf(b.build(), 'lifecycle-status-not-in-stage').map((f) => f.message);
    expect(messages).toEqual([
      expect.stringContaining('not a CSDM lifecycle stage'),
      expect.stringContaining('no lifecycle stage'),
    ]);
  });

  it('uses the physical list for hardware and passes statuses of their stage', () => {
    const b = new DocBuilder();
    b.add('server', 'srv', {
      attributes: { life_cycle_stage: 'Inventory', life_cycle_stage_status: 'Quarantine' },
    });
    b.add('application', 'app', { attributes: { life_cycle_stage: 'Design' } });
    expect(findingsOf(b.build(), 'lifecycle-status-not-in-stage')).toEqual([]);
  });
});

describe('orphan-ci', () => {
  it('fires on a CI without any link, as a hint', () => {
    const b = new DocBuilder();
    const server = b.add('server', 'srv');
    const [finding] = findingsOf(b.build(), 'orphan-ci');
    expect(finding).toMatchObject({ elementId: server, severity: 'info' });
  });

  it('passes linked CIs and never asks it of Foundation records', () => {
    const b = new DocBuilder();
    b.link(b.add('application', 'app'), b.add('server', 'srv'));
    b.add('company', 'Acme');
    const doc = b.build();
    expect(findingsOf(doc, 'orphan-ci')).toEqual([]);
    expect(scoreOf(doc, 'orphan-ci')?.checks).toBe(2);
  });
});
