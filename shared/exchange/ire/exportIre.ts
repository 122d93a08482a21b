/**
 * The IRE payload of a model: every CI as an item (className = its table,
 * internal_id and source_native_key = its element id), relationship-stored
 * links between CIs as relations with their exact cmdb_rel_type names
 * (parent = the consumer), and references between CIs of the payload as
 * referenceItems (an offering's parent service, a capability's parent).
 *
 * References to records that are not CIs (Foundation users, groups and
 * companies; portfolios) cannot travel here: IRE wants a sys_id in `values`,
 * which a record drawn in Mapwright does not have. They are left out, and the
 * import-set bundle carries them as display values. A reference whose target
 * does have a known sys_id (from a Table API import or an IRE response), or
 * whose raw imported value is a sys_id, is written as that sys_id.
 */
import type { Catalogue } from '../../csdm/types';
import { setEntry } from '../../model/internal/records';
import type { Element, ModelDocument } from '../../model/types';
import { columnComparator, orderedRow } from '../common/columns';
import { linkExport } from '../common/linkStorage';
import { IRE_LOOKUP_KEY, IRE_RELATED_KEY, looksLikeSysId, SYS_ID_KEY } from '../common/reserved';
import { classificationOf, columnValues, elementById } from '../common/values';
import type { IreItem, IrePayload, IreReferenceItem, IreRelation } from './types';

export const DEFAULT_SOURCE_NAME = 'Mapwright';

/** Kept lookup/related entries, if the element has them and they still parse as a list. */
function keptEntries(element: Element, key: string): unknown[] | undefined {
  const text = element.attributes[key];
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function itemOf(
  doc: ModelDocument,
  catalogue: Catalogue,
  element: Element,
  sourceName: string,
  references: IreReferenceItem[],
): IreItem {
  const values: Record<string, string> = {};
  values['name'] = element.name;
  const classification = classificationOf(catalogue, element);
  if (classification !== undefined) values['service_classification'] = classification;
  for (const value of columnValues(doc, catalogue, element)) {
    if (!value.reference) {
      if (value.column !== 'name') setEntry(values, value.column, value.value);
      continue;
    }
    const target = value.target;
    if (target && catalogue.kinds[target.kind].isCi) {
      references.push({ referenced: target.id, referencedBy: element.id, referenceField: value.column });
      continue;
    }
    const sysId = target ? target.attributes[SYS_ID_KEY] : value.value;
    if (sysId !== undefined && looksLikeSysId(sysId)) setEntry(values, value.column, sysId);
  }
  const item: IreItem = {
    className: element.table,
    internal_id: element.id,
    values: orderedRow(values, columnComparator(catalogue)),
    sys_object_source_info: { source_name: sourceName, source_native_key: element.id },
  };
  const lookup = keptEntries(element, IRE_LOOKUP_KEY);
  if (lookup) item.lookup = lookup;
  const related = keptEntries(element, IRE_RELATED_KEY);
  if (related) item.related = related;
  return item;
}

export interface IreOptions {
  /** Overrides the model's `sourceName` setting. */
  sourceName?: string;
}

export function exportIre(doc: ModelDocument, catalogue: Catalogue, options: IreOptions = {}): IrePayload {
  const sourceName = (options.sourceName ?? doc.settings.sourceName).trim() || DEFAULT_SOURCE_NAME;
  const isCi = (element: Element | undefined): element is Element =>
    element !== undefined && catalogue.kinds[element.kind].isCi;

  const relations: IreRelation[] = [];
  const linkReferences: IreReferenceItem[] = [];
  for (const link of Object.values(doc.links)) {
    const from = elementById(doc, link.from);
    const to = elementById(doc, link.to);
    if (!isCi(from) || !isCi(to)) continue;
    const how = linkExport(catalogue, doc.settings, link, from, to);
    if (how.form === 'relationship') relations.push({ parent_id: from.id, child_id: to.id, type: link.type });
    else if (how.form === 'reference') {
      const [holder, target] = how.on === 'child' ? [to, from] : [from, to];
      linkReferences.push({ referenced: target.id, referencedBy: holder.id, referenceField: how.field });
    }
  }

  const attributeReferences: IreReferenceItem[] = [];
  const items: IreItem[] = [];
  for (const element of Object.values(doc.elements)) {
    if (isCi(element)) items.push(itemOf(doc, catalogue, element, sourceName, attributeReferences));
  }
  return { items, relations, referenceItems: [...linkReferences, ...attributeReferences] };
}
