/**
 * What must hold for every document. Structural checks always apply. Catalogue
 * checks (every link allowed, no duplicate links, one parent per offering,
 * names present, attribute values setAttribute would accept) hold for
 * documents built by operations; imported documents may break them
 * on purpose (their links are kept and flagged by validation), so callers
 * checking imported data pass `{ structuralOnly: true }`.
 */
import type { Catalogue } from '../csdm/types';
import { findLinkRule } from '../csdm/queries/findLinkRule';
import { tableAllowedForKind } from '../csdm/queries/tables';
import { checkAttribute } from './attributes/checkAttribute';
import { fieldFor } from './attributes/fieldFor';
import { isValidPlacement } from './internal/placement';
import type { Element, ModelDocument } from './types';

export interface InvariantOptions {
  structuralOnly?: boolean;
}

function structural(doc: ModelDocument, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  for (const [id, element] of Object.entries(doc.elements)) {
    if (element.id !== id) problems.push(`element ${id} is stored under another id (${element.id})`);
    if (!Object.hasOwn(catalogue.kinds, element.kind))
      problems.push(`element ${id} has unknown kind ${element.kind}`);
    else if (!tableAllowedForKind(catalogue, element.kind, element.table)) {
      problems.push(`element ${id} has table ${element.table}, not of kind ${element.kind}`);
    }
  }
  for (const [id, link] of Object.entries(doc.links)) {
    if (link.id !== id) problems.push(`link ${id} is stored under another id (${link.id})`);
    if (!Object.hasOwn(doc.elements, link.from))
      problems.push(`link ${id} starts at missing element ${link.from}`);
    if (!Object.hasOwn(doc.elements, link.to)) problems.push(`link ${id} ends at missing element ${link.to}`);
    if (link.from === link.to) problems.push(`link ${id} links an element to itself`);
  }
  const order = new Set(doc.viewOrder);
  if (doc.viewOrder.length === 0) problems.push('the model has no view');
  if (order.size !== doc.viewOrder.length) problems.push('a view is listed twice in the view order');
  if (
    order.size !== Object.keys(doc.views).length ||
    doc.viewOrder.some((id) => !Object.hasOwn(doc.views, id))
  ) {
    problems.push('the view order does not list exactly the views');
  }
  for (const [viewId, view] of Object.entries(doc.views)) {
    if (view.id !== viewId) problems.push(`view ${viewId} is stored under another id (${view.id})`);
    for (const [elementId, placement] of Object.entries(view.placements)) {
      if (!Object.hasOwn(doc.elements, elementId))
        problems.push(`view ${viewId} places missing element ${elementId}`);
      if (!isValidPlacement(placement))
        problems.push(`view ${viewId} places ${elementId} at an invalid position`);
    }
  }
  return problems;
}

function againstCatalogue(doc: ModelDocument, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const parents = new Map<string, number>();
  for (const link of Object.values(doc.links)) {
    const from = doc.elements[link.from];
    const to = doc.elements[link.to];
    if (!from || !to) continue;
    const rule = findLinkRule(catalogue, doc.settings, from.kind, to.kind, link.type);
    if (!rule)
      problems.push(`link ${link.id} (${from.kind} ${link.type} ${to.kind}) is not allowed by the catalogue`);
    const key = `${link.from}>${link.to}>${link.type}`;
    if (seen.has(key)) problems.push(`link ${link.id} duplicates another link`);
    seen.add(key);
    if (rule?.maxParentsPerChild !== undefined) {
      const count = (parents.get(`${link.to}>${link.type}`) ?? 0) + 1;
      parents.set(`${link.to}>${link.type}`, count);
      if (count > rule.maxParentsPerChild)
        problems.push(`element ${link.to} has too many "${link.type}" parents`);
    }
  }
  return problems;
}

function attributeProblems(doc: ModelDocument, catalogue: Catalogue, element: Element): string[] {
  const problems: string[] = [];
  if (element.name.trim() === '' || element.name !== element.name.trim()) {
    problems.push(`element ${element.id} has no proper name`);
  }
  for (const [column, value] of Object.entries(element.attributes)) {
    const lookup = fieldFor(catalogue, element, column);
    const where = `element ${element.id} field ${column}`;
    if (!lookup.ok) problems.push(`${where} is not a field of ${element.kind}`);
    else if (lookup.field.readOnly) {
      if (value !== catalogue.kinds[element.kind].serviceClassification)
        problems.push(`${where} does not follow the kind`);
    } else if (value.trim() === '') problems.push(`${where} is stored empty`);
    else {
      const problem = checkAttribute(catalogue, doc, element, lookup.field, value);
      if (problem) problems.push(`${where}: ${problem}`);
    }
  }
  return problems;
}

export function checkInvariants(
  doc: ModelDocument,
  catalogue: Catalogue,
  options: InvariantOptions = {},
): string[] {
  const problems = structural(doc, catalogue);
  if (options.structuralOnly || problems.length > 0) return problems;
  const values = Object.values(doc.elements).flatMap((element) => attributeProblems(doc, catalogue, element));
  return [...againstCatalogue(doc, catalogue), ...values];
}
