/** Shared test helpers for model operations. */
import { expect } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { addElement, type NewElement } from '../../../../shared/model/addElement';
import { connect } from '../../../../shared/model/connect';
import { createModel } from '../../../../shared/model/createModel';
import type { ModelDocument, OpResult } from '../../../../shared/model/types';

export const NOW = '2025-03-01T10:00:00.000Z';
export const VIEW = 'view-1';

/** Freezes a value and everything inside it, so a mutating operation throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The new document of a successful operation; fails the test with the reason otherwise. */
export function ok(result: OpResult): ModelDocument {
  if (!result.ok) expect.fail(`expected success, got: ${result.reason}`);
  return result.doc;
}

export function reason(result: OpResult): string {
  if (result.ok) return expect.fail('expected a refusal');
  return result.reason;
}

export function emptyModel(csdmVersion: 4 | 5 = 5): ModelDocument {
  return createModel({ id: 'model-1', name: 'Email', now: NOW, viewId: VIEW, settings: { csdmVersion } });
}

/** A model with elements (placed at x = 0, 300, ...) and links given as [id, from, to, type]. */
export function modelWith(
  elements: Omit<NewElement, 'placement'>[],
  links: [string, string, string, string][] = [],
  csdmVersion: 4 | 5 = 5,
): ModelDocument {
  let doc = emptyModel(csdmVersion);
  elements.forEach((element, i) => {
    doc = ok(addElement(doc, CATALOGUE, { ...element, placement: { viewId: VIEW, x: i * 300, y: 0 } }));
  });
  for (const [id, from, to, type] of links) doc = ok(connect(doc, CATALOGUE, { id, from, to, type }));
  return deepFreeze(doc);
}

/** A small service map: business service, offering, service instance, server, users and groups. */
export function serviceMap(csdmVersion: 4 | 5 = 5): ModelDocument {
  return modelWith(
    [
      { id: 'bs', kind: 'business_service', name: 'Email' },
      { id: 'bo', kind: 'business_offering', name: 'Email Gold' },
      { id: 'si', kind: 'service_instance', name: 'Email prod' },
      { id: 'srv', kind: 'server', table: 'cmdb_ci_linux_server', name: 'mail01' },
      { id: 'ba', kind: 'business_application', name: 'Exchange' },
      { id: 'alice', kind: 'user', name: 'Alice' },
      { id: 'ops', kind: 'group', name: 'Mail ops' },
    ],
    [
      ['l1', 'bs', 'bo', 'offering.parent'],
      ['l2', 'bo', 'si', 'Depends on::Used by'],
      ['l3', 'si', 'srv', 'Depends on::Used by'],
    ],
    csdmVersion,
  );
}
