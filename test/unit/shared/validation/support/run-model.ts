/**
 * A small, clean Run-stage model built with the model operations, as users
 * would draw it: two business services (Payroll Processing, Claims
 * Management) with offerings by region and subscribers, a technical service
 * (Hosting) whose offerings contain service instances and dynamic CI groups,
 * service instances depending on applications and databases running on
 * servers, business applications, a capability and an information object.
 * Every CSDM check passes on it.
 */
import { CATALOGUE } from '../../../../../shared/csdm/catalogue';
import type { KindId } from '../../../../../shared/csdm/kinds';
import { addElement } from '../../../../../shared/model/addElement';
import { connect } from '../../../../../shared/model/connect';
import { createModel } from '../../../../../shared/model/createModel';
import type { Id, ModelDocument, OpResult } from '../../../../../shared/model/types';

function ok(result: OpResult): ModelDocument {
  if (!result.ok) throw new Error(result.reason);
  return result.doc;
}

/** Lifecycle that agrees with operational status 1, for every CI. */
const LIVE = { life_cycle_stage: 'Operational', life_cycle_stage_status: 'In Use', operational_status: '1' };

export function buildRunModel(): ModelDocument {
  let doc = createModel({ id: 'run', name: 'Run stage', now: '2026-01-01T00:00:00.000Z', viewId: 'main' });
  const add = (id: Id, kind: KindId, name: string, attributes: Record<string, string> = {}): void => {
    const ci = CATALOGUE.kinds[kind].isCi ? LIVE : {};
    doc = ok(addElement(doc, CATALOGUE, { id, kind, name, attributes: { ...ci, ...attributes } }));
  };
  let links = 0;
  const link = (from: Id, to: Id, type?: string): void => {
    doc = ok(connect(doc, CATALOGUE, { id: `l${++links}`, from, to, ...(type ? { type } : {}) }));
  };

  // Foundation
  add('acme', 'company', 'Acme Corp');
  add('globex', 'company', 'Globex');
  add('finance', 'department', 'Finance');
  add('london', 'location', 'London');
  add('claims-handlers', 'group', 'Claims Handlers');
  add('service-desk', 'group', 'Service Desk');
  add('hosting-team', 'group', 'Hosting Team');
  add('alice', 'user', 'Alice Smith');
  add('bob', 'user', 'Bob Jones');
  const owner = { owned_by: 'bob' };

  // Run: portfolio, business services and their offerings
  add('portfolio', 'service_portfolio', 'Corporate Services');
  add('payroll', 'business_service', 'Payroll Processing', owner);
  add('claims', 'business_service', 'Claims Management', owner);
  add('payroll-emea', 'business_offering', 'Payroll EMEA', owner);
  add('payroll-americas', 'business_offering', 'Payroll Americas', owner);
  add('claims-emea', 'business_offering', 'Claims EMEA', owner);
  add('claims-apac', 'business_offering', 'Claims APAC', owner);
  add('availability', 'service_commitment', '99.9% availability');
  link('portfolio', 'payroll');
  link('portfolio', 'claims');
  link('payroll', 'payroll-emea');
  link('payroll', 'payroll-americas');
  link('claims', 'claims-emea');
  link('claims', 'claims-apac');
  link('payroll-emea', 'availability');

  // Subscribers
  link('payroll-emea', 'acme');
  link('payroll-emea', 'alice');
  link('payroll-americas', 'finance');
  link('claims-emea', 'london');
  link('claims-emea', 'globex');
  link('claims-apac', 'claims-handlers');

  // Walk: technical service, offerings, dynamic CI groups
  const supported = { ...owner, support_group: 'hosting-team' };
  add('hosting', 'technical_service', 'Hosting', owner);
  add('linux-hosting', 'technical_offering', 'Linux Hosting Prod', supported);
  add('db-hosting', 'technical_offering', 'Database Hosting', supported);
  add('linux-servers', 'dynamic_ci_group', 'Linux prod servers');
  add('db-servers', 'dynamic_ci_group', 'Database servers');
  link('hosting', 'linux-hosting');
  link('hosting', 'db-hosting');
  link('linux-hosting', 'linux-servers');
  link('db-hosting', 'db-servers');
  link('linux-hosting', 'service-desk');

  // Crawl: service instances, applications, databases, servers
  add('payroll-eu-prod', 'service_instance', 'Payroll EU Prod');
  add('payroll-us-prod', 'service_instance', 'Payroll US Prod');
  add('claims-portal', 'service_instance', 'Claims Portal Prod');
  add('payroll-app', 'application', 'payroll-app', {}); // tomcat on srv-pay-01
  add('payroll-app-us', 'application', 'payroll-app-us');
  add('claims-web', 'application', 'claims-web');
  add('payroll-db', 'database', 'payroll-db');
  add('claims-db', 'database', 'claims-db');
  add('srv-pay-01', 'server', 'srv-pay-01');
  add('srv-pay-02', 'server', 'srv-pay-02');
  add('srv-claims-01', 'server', 'srv-claims-01');
  add('srv-db-01', 'server', 'srv-db-01');
  add('srv-db-02', 'server', 'srv-db-02');
  link('payroll-emea', 'payroll-eu-prod');
  link('payroll-americas', 'payroll-us-prod');
  link('claims-emea', 'claims-portal');
  link('claims-apac', 'claims-portal');
  link('linux-hosting', 'payroll-eu-prod');
  link('payroll-eu-prod', 'payroll-app');
  link('payroll-eu-prod', 'payroll-db');
  link('payroll-us-prod', 'payroll-app-us');
  link('payroll-us-prod', 'payroll-db');
  link('claims-portal', 'claims-web');
  link('claims-portal', 'claims-db');
  link('payroll-app', 'srv-pay-01');
  link('payroll-app-us', 'srv-pay-02');
  link('claims-web', 'srv-claims-01');
  link('payroll-db', 'srv-db-01');
  link('claims-db', 'srv-db-02');
  link('linux-servers', 'srv-pay-01');
  link('linux-servers', 'srv-claims-01');
  link('db-servers', 'srv-db-01');
  link('db-servers', 'srv-db-02');

  // Design: business applications, a capability, an information object
  add('payroll-suite', 'business_application', 'Payroll Suite');
  add('claims-suite', 'business_application', 'Claims Suite');
  add('pay-employees', 'business_capability', 'Pay employees');
  add('employee-records', 'information_object', 'Employee records');
  link('payroll-suite', 'payroll-eu-prod');
  link('payroll-suite', 'payroll-us-prod');
  link('claims-suite', 'claims-portal');
  link('pay-employees', 'payroll-suite');
  link('payroll-suite', 'employee-records');
  return doc;
}
