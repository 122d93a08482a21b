/** A small model for the inspector's helpers: offering, service instance, servers, a VM, a group, users. */
import { expect } from 'vitest';
import { CATALOGUE } from '@shared/csdm';
import { addElement, type NewElement } from '@shared/model/addElement';
import { connect } from '@shared/model/connect';
import { createModel } from '@shared/model/createModel';
import type { ModelDocument, OpResult } from '@shared/model/types';

export function ok(result: OpResult): ModelDocument {
  if (!result.ok) expect.fail(`expected success, got: ${result.reason}`);
  return result.doc;
}

export function model(): ModelDocument {
  let doc = createModel({ id: 'm', name: 'Payroll', now: '2026-01-01T00:00:00Z', viewId: 'v' });
  const elements: NewElement[] = [
    { id: 'bo', kind: 'business_offering', name: 'Payroll EMEA' },
    { id: 'tso', kind: 'technical_offering', name: 'Payroll Hosting' },
    { id: 'si', kind: 'service_instance', name: 'Payroll PROD' },
    { id: 'srv-a', kind: 'server', name: 'srv-a', attributes: { operational_status: '1' } },
    { id: 'srv-b', kind: 'server', name: 'srv-b' },
    { id: 'vm', kind: 'virtual_machine', name: 'vm-01' },
    { id: 'ops', kind: 'group', name: 'Payroll Ops' },
    { id: 'dba', kind: 'group', name: 'Database admins' },
    { id: 'alice', kind: 'user', name: 'Alice Opsworth' },
  ];
  for (const element of elements) doc = ok(addElement(doc, CATALOGUE, element));
  doc = ok(connect(doc, CATALOGUE, { id: 'l1', from: 'bo', to: 'si' }));
  doc = ok(connect(doc, CATALOGUE, { id: 'l2', from: 'si', to: 'srv-a' }));
  doc = ok(connect(doc, CATALOGUE, { id: 'l3', from: 'vm', to: 'srv-a', type: 'Hosted on::Hosts' }));
  return doc;
}
