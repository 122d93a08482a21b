/** Set several attributes through setAttribute, all or nothing. */
import type { Catalogue } from '../../csdm/types';
import { setAttribute } from '../setAttribute';
import type { Id, ModelDocument, OpResult } from '../types';

/** The stage goes before its status, since a status is checked against the stage. */
function ordered(attributes: Readonly<Record<string, string>>): [string, string][] {
  const rank = (column: string): number =>
    column === 'life_cycle_stage' ? 0 : column === 'life_cycle_stage_status' ? 2 : 1;
  return Object.entries(attributes).sort(([a], [b]) => rank(a) - rank(b));
}

export function applyAttributes(
  doc: ModelDocument,
  catalogue: Catalogue,
  elementId: Id,
  attributes: Readonly<Record<string, string>>,
): OpResult {
  let current = doc;
  for (const [column, value] of ordered(attributes)) {
    const result = setAttribute(current, catalogue, elementId, column, value);
    if (!result.ok) return result;
    current = result.doc;
  }
  return { ok: true, doc: current };
}
