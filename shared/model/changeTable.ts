/** Switch an element to another table of its kind's family (a Linux server becomes a Windows server). */
import type { KindId } from '../csdm/kinds';
import type { Catalogue } from '../csdm/types';
import { listInWords, withArticleCapitalised } from '../csdm/queries/labels';
import { tableAllowedForKind } from '../csdm/queries/tables';
import { done, refuse, withEntry } from './internal/records';
import type { Id, ModelDocument, OpResult } from './types';

export function tableRefusal(catalogue: Catalogue, kindId: KindId, table: string): string {
  const kind = catalogue.kinds[kindId];
  if (kind.acceptsAnyTable) return `"${table}" is not a CMDB class (its table name starts with cmdb_ci).`;
  if (kind.tables.length === 1)
    return `${withArticleCapitalised(kind)} is always stored in ${kind.tables[0] ?? ''}.`;
  return `${withArticleCapitalised(kind)} is stored in ${listInWords(kind.tables, 'or')}, not "${table}".`;
}

export function changeTable(
  doc: ModelDocument,
  catalogue: Catalogue,
  elementId: Id,
  table: string,
): OpResult {
  const element = doc.elements[elementId];
  if (!element) return refuse('That element is no longer in the model.');
  if (element.table === table) return done(doc);
  if (!tableAllowedForKind(catalogue, element.kind, table))
    return refuse(tableRefusal(catalogue, element.kind, table));
  return done({ ...doc, elements: withEntry(doc.elements, elementId, { ...element, table }) });
}
