/** The bundled Run-stage sample: valid, complete, and CSDM-clean. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import { LINK } from '../../../shared/csdm/data/linkTypes';
import type { KindId } from '../../../shared/csdm/kinds';
import { checkInvariants } from '../../../shared/model/checkInvariants';
import { parseModelDocument } from '../../../shared/model/documentSchema';
import type { Element, ModelDocument } from '../../../shared/model/types';
import { validate } from '../../../shared/validation';
import { overlaps } from '../../../shared/views/box';

const path = resolve(import.meta.dirname, '../../../assets/samples/run-stage-sample.json');
const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
const parsed = parseModelDocument(raw, CATALOGUE);
if (!parsed.ok) throw new Error(parsed.reason);
const doc: ModelDocument = parsed.doc;

const elements = Object.values(doc.elements);
const links = Object.values(doc.links);
const named = (kind: KindId, name: string): Element | undefined =>
  elements.find((element) => element.kind === kind && element.name === name);
const childrenOf = (parent: Element, type: string, kind?: KindId): Element[] =>
  links
    .filter((link) => link.from === parent.id && link.type === type)
    .map((link) => doc.elements[link.to]!)
    .filter((child) => !kind || child.kind === kind);
const parentsOf = (child: Element, type: string, kind?: KindId): Element[] =>
  links
    .filter((link) => link.to === child.id && link.type === type)
    .map((link) => doc.elements[link.from]!)
    .filter((parent) => !kind || parent.kind === kind);

describe('the Run-stage sample model', () => {
  it('passes the document schema and every model invariant', () => {
    expect(checkInvariants(doc, CATALOGUE)).toEqual([]);
    expect(doc.settings.csdmVersion).toBe(5);
  });

  it('is a map of 40 to 60 elements', () => {
    expect(elements.length).toBeGreaterThanOrEqual(40);
    expect(elements.length).toBeLessThanOrEqual(60);
  });

  it('has the three business services of the CSDM material, each with at least two offerings, in the portfolio', () => {
    const portfolio = elements.find((element) => element.kind === 'service_portfolio')!;
    expect(portfolio).toBeDefined();
    for (const name of ['Payroll Processing', 'Claims Management', 'Customer Onboarding']) {
      const service = named('business_service', name);
      expect(service, name).toBeDefined();
      const offerings = childrenOf(service!, LINK.offeringParent, 'business_offering');
      expect(offerings.length, name).toBeGreaterThanOrEqual(2);
      for (const offering of offerings) expect(offering.name.startsWith(`${name} – `)).toBe(true);
      expect(parentsOf(service!, LINK.portfolioContains)).toEqual([portfolio]);
    }
  });

  it('gives every offering a parent service', () => {
    const offerings = elements.filter(
      (e) => e.kind === 'business_offering' || e.kind === 'technical_offering',
    );
    expect(offerings.length).toBeGreaterThanOrEqual(8);
    for (const offering of offerings)
      expect(parentsOf(offering, LINK.offeringParent), offering.name).toHaveLength(1);
  });

  it('gives every service instance a business application and a technical offering', () => {
    const instances = elements.filter((element) => element.kind === 'service_instance');
    expect(instances.map((instance) => instance.name).sort()).toEqual([
      'Claims PROD',
      'Onboarding Portal PROD',
      'Payroll PROD',
    ]);
    for (const instance of instances) {
      expect(parentsOf(instance, LINK.uses, 'business_application'), instance.name).toHaveLength(1);
      expect(parentsOf(instance, LINK.contains, 'technical_offering').length, instance.name).toBeGreaterThan(
        0,
      );
      expect(parentsOf(instance, LINK.dependsOn, 'business_offering').length, instance.name).toBeGreaterThan(
        0,
      );
    }
  });

  it('records who subscribes to each business offering, with every kind of subscriber', () => {
    const subscribers: [string, KindId, string][] = [
      ['Payroll Processing – EMEA', 'location', 'London'],
      ['Payroll Processing – Americas', 'location', 'New York'],
      ['Claims Management – Retail customers', 'group', 'Retail Claims Team'],
      ['Claims Management – Commercial', 'company', 'Contoso Logistics'],
      ['Customer Onboarding – Online', 'department', 'Digital Sales'],
      ['Customer Onboarding – Branch', 'user', 'Priya Shah'],
    ];
    for (const [offering, kind, name] of subscribers) {
      const subscriber = named(kind, name);
      expect(subscriber, name).toBeDefined();
      expect(childrenOf(named('business_offering', offering)!, LINK.subscribedBy), offering).toContain(
        subscriber,
      );
    }
  });

  it('runs applications and databases on Linux and Windows servers', () => {
    const servers = elements.filter((element) => element.kind === 'server');
    expect(new Set(servers.map((server) => server.table))).toEqual(
      new Set(['cmdb_ci_linux_server', 'cmdb_ci_win_server']),
    );
    for (const software of elements.filter((e) => e.kind === 'application' || e.kind === 'database')) {
      expect(childrenOf(software, LINK.runsOn, 'server'), software.name).toHaveLength(1);
    }
    expect(elements.some((element) => element.table === 'cmdb_ci_db_postgresql_instance')).toBe(true);
  });

  it('sets owners, support groups and an agreeing lifecycle on the CIs', () => {
    for (const element of elements.filter((e) => CATALOGUE.kinds[e.kind].isCi)) {
      expect(element.attributes.operational_status, element.name).toBe('1');
      expect(element.attributes.life_cycle_stage, element.name).toBe('Operational');
      expect(element.attributes.life_cycle_stage_status, element.name).toBe('In Use');
    }
    const services = elements.filter((e) =>
      ['business_service', 'technical_service', 'business_offering', 'technical_offering'].includes(e.kind),
    );
    for (const service of services) {
      expect(doc.elements[service.attributes.owned_by!]?.kind, service.name).toBe('user');
      expect(doc.elements[service.attributes.support_group!]?.kind, service.name).toBe('group');
    }
  });

  it('has no CSDM findings at all', () => {
    const { findings } = validate(doc, CATALOGUE);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(findings.map((finding) => `${finding.severity} ${finding.ruleId}: ${finding.message}`)).toEqual(
      [],
    );
  });

  it('shows every element in the main view, layered with services above infrastructure, without overlaps', () => {
    const [mainId, payrollId] = doc.viewOrder;
    const main = doc.views[mainId!]!;
    expect(main.name).toBe('Run stage service map');
    expect(Object.keys(main.placements).sort()).toEqual(Object.keys(doc.elements).sort());
    const y = (kind: KindId) =>
      Math.max(...elements.filter((e) => e.kind === kind).map((e) => main.placements[e.id]!.y));
    expect(y('service_portfolio')).toBeLessThan(y('business_service'));
    expect(y('business_service')).toBeLessThan(y('business_offering'));
    expect(y('business_offering')).toBeLessThan(y('service_instance'));
    expect(y('service_instance')).toBeLessThan(y('application'));
    expect(y('application')).toBeLessThan(y('server'));
    for (const view of Object.values(doc.views)) {
      const boxes = Object.entries(view.placements);
      for (const [i, [a, pa]] of boxes.entries()) {
        for (const [b, pb] of boxes.slice(i + 1))
          expect(overlaps(pa, pb, 20), `${view.name}: ${a} and ${b}`).toBe(false);
      }
    }
    const payroll = doc.views[payrollId!]!;
    expect(payroll.name).toBe('Payroll Processing');
    const payrollNames = Object.keys(payroll.placements).map((id) => doc.elements[id]!.name);
    expect(payrollNames).toContain('Payroll Processing');
    expect(payrollNames).toContain('Payroll PROD');
    expect(payrollNames).not.toContain('Claims Management');
  });
});
