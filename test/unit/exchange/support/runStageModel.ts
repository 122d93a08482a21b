/**
 * A hand-built Run-stage model for the exchange tests, made with the model
 * operations (so `connect` refuses anything CSDM does not allow): a business
 * service in a portfolio (through a taxonomy node) offered in two regions,
 * the offerings' subscribers and commitment, the technical service and
 * offering that contain the service instance, the business application and
 * capability above it, and the application, database instance and server
 * beneath it, the server a member of a dynamic CI group.
 */
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import type { KindId } from '../../../../shared/csdm/kinds';
import { addElement } from '../../../../shared/model/addElement';
import { applyAttributes } from '../../../../shared/model/attributes/applyAttributes';
import { connect } from '../../../../shared/model/connect';
import { createModel } from '../../../../shared/model/createModel';
import type { ModelDocument, OpResult } from '../../../../shared/model/types';

export const NOW = '2026-02-01T09:00:00.000Z';

function ok(result: OpResult): ModelDocument {
  if (!result.ok) throw new Error(result.reason);
  return result.doc;
}

const LIVE = { operational_status: '1', life_cycle_stage: 'Operational', life_cycle_stage_status: 'In Use' };

type Spec = [id: string, kind: KindId, name: string, table?: string, attributes?: Record<string, string>];

export const RUN_STAGE_ELEMENTS: Spec[] = [
  ['co', 'company', 'Northwind Financial'],
  ['dept', 'department', 'Finance', undefined, { company: 'co' }],
  ['loc', 'location', 'London', undefined, { city: 'London', country: 'United Kingdom' }],
  [
    'alice',
    'user',
    'Alice Smith',
    undefined,
    { email: 'alice@example.com', department: 'dept', company: 'co' },
  ],
  ['ops', 'group', 'Payroll Ops', undefined, { manager: 'alice' }],
  ['pf', 'service_portfolio', 'Corporate services', undefined, { owner: 'alice' }],
  ['tax', 'taxonomy_node', 'Workforce services'],
  ['cap', 'business_capability', 'Workforce management', undefined, LIVE],
  [
    'bs',
    'business_service',
    'Payroll',
    undefined,
    { ...LIVE, owned_by: 'alice', busines_criticality: '1 - most critical' },
  ],
  [
    'bo-emea',
    'business_offering',
    'Payroll EMEA',
    undefined,
    { ...LIVE, owned_by: 'alice', support_group: 'ops' },
  ],
  ['bo-us', 'business_offering', 'Payroll US', undefined, { ...LIVE, owned_by: 'alice' }],
  ['ts', 'technical_service', 'Linux hosting', undefined, { ...LIVE, owned_by: 'alice' }],
  [
    'to',
    'technical_offering',
    'Linux hosting production',
    undefined,
    { ...LIVE, support_group: 'ops', used_for: 'Production' },
  ],
  ['dcg', 'dynamic_ci_group', 'Payroll servers', undefined, LIVE],
  [
    'si',
    'service_instance',
    'Payroll prod',
    'cmdb_ci_service_discovered',
    { ...LIVE, environment: 'Production' },
  ],
  ['ba', 'business_application', 'PayMaster', undefined, LIVE],
  ['app', 'application', 'paymaster-tomcat', 'cmdb_ci_app_server_tomcat', LIVE],
  ['db', 'database', 'paymaster-db', 'cmdb_ci_db_postgresql_instance', LIVE],
  [
    'srv',
    'server',
    'pay01',
    'cmdb_ci_linux_server',
    { ...LIVE, life_cycle_stage_status: 'In Use', company: 'co', location: 'loc' },
  ],
  ['sla', 'service_commitment', 'Availability 99.9%'],
];

export const RUN_STAGE_LINKS: [id: string, from: string, to: string, type: string][] = [
  ['l-parent-emea', 'bs', 'bo-emea', 'offering.parent'],
  ['l-parent-us', 'bs', 'bo-us', 'offering.parent'],
  ['l-parent-to', 'ts', 'to', 'offering.parent'],
  ['l-pf-tax', 'pf', 'tax', 'portfolio.contains'],
  ['l-tax-bs', 'tax', 'bs', 'taxonomy.contains'],
  ['l-pf-ts', 'pf', 'ts', 'portfolio.contains'],
  ['l-emea-si', 'bo-emea', 'si', 'Depends on::Used by'],
  ['l-us-si', 'bo-us', 'si', 'Depends on::Used by'],
  ['l-to-si', 'to', 'si', 'Contains::Contained by'],
  ['l-to-dcg', 'to', 'dcg', 'Contains::Contained by'],
  ['l-dcg-srv', 'dcg', 'srv', 'group.member'],
  ['l-ba-si', 'ba', 'si', 'Uses::Used by'],
  ['l-cap-ba', 'cap', 'ba', 'Provided By::Provides'],
  ['l-si-app', 'si', 'app', 'Depends on::Used by'],
  ['l-si-db', 'si', 'db', 'Depends on::Used by'],
  ['l-app-srv', 'app', 'srv', 'Runs on::Runs'],
  ['l-db-srv', 'db', 'srv', 'Runs on::Runs'],
  ['l-sub-co', 'bo-emea', 'co', 'subscribed_by'],
  ['l-sub-dept', 'bo-emea', 'dept', 'subscribed_by'],
  ['l-sub-loc', 'bo-emea', 'loc', 'subscribed_by'],
  ['l-sub-grp', 'bo-us', 'ops', 'subscribed_by'],
  ['l-sub-user', 'bo-us', 'alice', 'subscribed_by'],
  ['l-commit', 'bo-emea', 'sla', 'commits_to'],
];

export function runStageModel(): ModelDocument {
  let doc = createModel({ id: 'model-run', name: 'Payroll run stage', now: NOW, viewId: 'view-main' });
  RUN_STAGE_ELEMENTS.forEach(([id, kind, name, table], i) => {
    doc = ok(
      addElement(doc, CATALOGUE, {
        id,
        kind,
        name,
        ...(table ? { table } : {}),
        placement: { viewId: 'view-main', x: (i % 6) * 240, y: Math.floor(i / 6) * 120 },
      }),
    );
  });
  // Attributes after every element exists, since references must point at elements of the model.
  for (const [id, , , , attributes] of RUN_STAGE_ELEMENTS) {
    if (attributes) doc = ok(applyAttributes(doc, CATALOGUE, id, attributes));
  }
  for (const [id, from, to, type] of RUN_STAGE_LINKS)
    doc = ok(connect(doc, CATALOGUE, { id, from, to, type }));
  return doc;
}
