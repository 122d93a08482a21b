/**
 * Reads an IRE payload into a new model. Items become elements (unknown
 * cmdb_ci* classes generic CIs keeping their table); element ids come from
 * `sys_object_source_info.source_native_key`, else `internal_id`, so a payload
 * Mapwright wrote comes back with the same ids. Relations may name their ends
 * by item index (`parent`/`child`) or by internal id (`parent_id`/`child_id`).
 * referenceItems become the link their field stores (an offering's parent
 * service) or a reference attribute. An item's `lookup` and `related` entries
 * are kept as JSON text under reserved attribute keys (see common/reserved.ts)
 * and written back on export.
 */
import { appliesToVersion } from '../../csdm/queries/linkRulesBetween';
import { fieldOf } from '../../csdm/queries/tables';
import type { Catalogue, LinkRule } from '../../csdm/types';
import type { CsdmVersion, Element, Link } from '../../model/types';
import { cellText, putAttribute } from '../common/cells';
import { IdPool } from '../common/ids';
import { at, clip, depthOf, describe, isObject, type JsonObject } from '../common/json';
import { describeElement, disallowedLinkWarning, kindForRecord } from '../common/kinds';
import type { ExchangeLimits } from '../common/limits';
import { baseName, buildDocument, idSource, type ImportOptions } from '../common/newDocument';
import { IRE_LOOKUP_KEY, IRE_RELATED_KEY, isUsableColumn } from '../common/reserved';
import { fail, type ImportResult, type ImportWarning } from '../common/result';

interface ReadItem {
  element: Element;
  internalId: string | undefined;
}

function optionalString(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') fail(`${where} must be text, not ${describe(value)}.`);
  return value;
}

function keptEntries(value: unknown, where: string, limits: ExchangeLimits): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) fail(`${where} must be a list, not ${describe(value)}.`);
  if (depthOf(value, limits.maxDepth) > limits.maxDepth)
    fail(`${where} nests deeper than ${limits.maxDepth} levels.`);
  return JSON.stringify(value);
}

function readItem(
  catalogue: Catalogue,
  raw: unknown,
  index: number,
  ids: IdPool,
  limits: ExchangeLimits,
  warnings: ImportWarning[],
): ReadItem & { sourceName: string | undefined } {
  const where = at('items', index);
  if (!isObject(raw)) fail(`${where} must be an object, not ${describe(raw)}.`);
  const className = raw['className'];
  if (typeof className !== 'string' || className.trim() === '')
    fail(`${where}.className must name a table, not ${describe(className)}.`);
  const values: JsonObject = raw['values'] === undefined ? {} : (raw['values'] as JsonObject);
  if (!isObject(values)) fail(`${where}.values must be an object, not ${describe(raw['values'])}.`);

  const kind = kindForRecord(catalogue, className, values['service_classification']);
  if (!kind)
    fail(
      `${where}.className: “${clip(className)}” is not a CI class (a cmdb_ci table or one Mapwright knows).`,
    );
  if (!catalogue.kinds[kind].isCi)
    fail(`${where}.className: “${clip(className)}” is not a CI; IRE payloads carry CIs only.`);

  const source = raw['sys_object_source_info'];
  if (source !== undefined && source !== null && !isObject(source))
    fail(`${where}.sys_object_source_info must be an object, not ${describe(source)}.`);
  const nativeKey = isObject(source)
    ? optionalString(source['source_native_key'], `${where}.sys_object_source_info.source_native_key`)
    : undefined;
  const sourceName = isObject(source)
    ? optionalString(source['source_name'], `${where}.sys_object_source_info.source_name`)
    : undefined;
  const internalId = optionalString(raw['internal_id'], `${where}.internal_id`);

  const nameValue = cellText(values['name'], `${where}.values.name`);
  const attributes: Record<string, string> = {};
  for (const [column, value] of Object.entries(values)) {
    if (column === 'name') continue;
    const text = cellText(value, at(`${where}.values`, column));
    if (text === undefined) continue;
    if (column === 'sys_class_name' && text === className) continue;
    if (!isUsableColumn(column)) {
      warnings.push({
        message: `${where}.values: the column “${clip(column, 60)}” cannot be kept and was left out.`,
      });
      continue;
    }
    putAttribute(attributes, column, text);
  }
  const def = catalogue.kinds[kind];
  if (
    def.serviceClassification &&
    !attributes['service_classification'] &&
    def.fields.some((f) => f.column === 'service_classification')
  )
    attributes['service_classification'] = def.serviceClassification;
  const lookup = keptEntries(raw['lookup'], `${where}.lookup`, limits);
  if (lookup !== undefined) attributes[IRE_LOOKUP_KEY] = lookup;
  const related = keptEntries(raw['related'], `${where}.related`, limits);
  if (related !== undefined) attributes[IRE_RELATED_KEY] = related;

  const id = ids.claim(nativeKey, internalId);
  if (nameValue === undefined) warnings.push({ message: `${where} has no name.`, elementId: id });
  return {
    element: { id, kind, table: className, name: nameValue ?? '', attributes },
    internalId,
    sourceName,
  };
}

/** The element a relation end names, by item index or internal id. */
function relationEnd(
  relation: JsonObject,
  end: 'parent' | 'child',
  where: string,
  items: readonly ReadItem[],
  byInternalId: ReadonlyMap<string, Element>,
): Element {
  const byId = relation[`${end}_id`];
  if (byId !== undefined && byId !== null) {
    if (typeof byId !== 'string') fail(`${where}.${end}_id must be text, not ${describe(byId)}.`);
    const element = byInternalId.get(byId);
    if (!element) fail(`${where}.${end}_id: no item has the internal_id “${byId.slice(0, 80)}”.`);
    return element;
  }
  const index = relation[end];
  if (typeof index !== 'number' || !Number.isInteger(index))
    fail(`${where} must name its ${end} by ${end}_id or by item index (${end}), not ${describe(index)}.`);
  const item = items[index];
  if (!item) fail(`${where}.${end}: there is no item ${index} (the payload has ${items.length}).`);
  return item.element;
}

function referenceRule(
  catalogue: Catalogue,
  csdmVersion: CsdmVersion,
  field: string,
  referenced: Element,
  referencedBy: Element,
  exact: boolean,
): LinkRule | undefined {
  return catalogue.linkRules.find((rule) => {
    const storage = rule.storage;
    if (storage.form !== 'reference' || storage.field !== field) return false;
    if (!exact) return true;
    if (!appliesToVersion(rule, { csdmVersion })) return false;
    return storage.on === 'child'
      ? rule.from === referenced.kind && rule.to === referencedBy.kind
      : rule.from === referencedBy.kind && rule.to === referenced.kind;
  });
}

export function readIrePayload(
  catalogue: Catalogue,
  data: unknown,
  options: ImportOptions,
  limits: ExchangeLimits,
): ImportResult {
  if (!isObject(data)) fail(`An IRE payload is an object with “items”, not ${describe(data)}.`);
  const rawItems = data['items'];
  if (!Array.isArray(rawItems)) fail(`items must be a list, not ${describe(rawItems)}.`);
  const rawRelations = data['relations'] ?? [];
  if (!Array.isArray(rawRelations)) fail(`relations must be a list, not ${describe(rawRelations)}.`);
  const rawReferences = data['referenceItems'] ?? [];
  if (!Array.isArray(rawReferences)) fail(`referenceItems must be a list, not ${describe(rawReferences)}.`);

  const csdmVersion = options.csdmVersion ?? 5;
  const newId = idSource(options);
  const ids = new IdPool(newId);
  const warnings: ImportWarning[] = [];
  const items: ReadItem[] = [];
  const byInternalId = new Map<string, Element>();
  const sourceNames = new Map<string, number>();
  rawItems.forEach((raw, index) => {
    const item = readItem(catalogue, raw, index, ids, limits, warnings);
    if (item.internalId !== undefined) {
      if (byInternalId.has(item.internalId))
        fail(
          `items[${index}].internal_id “${item.internalId.slice(0, 80)}” is used by another item too; internal ids must be unique.`,
        );
      byInternalId.set(item.internalId, item.element);
    }
    if (item.sourceName) sourceNames.set(item.sourceName, (sourceNames.get(item.sourceName) ?? 0) + 1);
    items.push({ element: item.element, internalId: item.internalId });
  });

  const links: Link[] = [];
  const linkIds = new IdPool(newId);
  rawRelations.forEach((raw, index) => {
    const where = at('relations', index);
    if (!isObject(raw)) fail(`${where} must be an object, not ${describe(raw)}.`);
    const type = raw['type'];
    if (typeof type !== 'string' || type.trim() === '')
      fail(`${where}.type must name a relationship type, not ${describe(type)}.`);
    const from = relationEnd(raw, 'parent', where, items, byInternalId);
    const to = relationEnd(raw, 'child', where, items, byInternalId);
    if (from.id === to.id) fail(`${where} relates an item to itself.`);
    const link: Link = { id: linkIds.fresh(), type, from: from.id, to: to.id };
    const warning = disallowedLinkWarning(catalogue, csdmVersion, link, from, to, where);
    if (warning) warnings.push({ message: warning, linkId: link.id });
    links.push(link);
  });

  rawReferences.forEach((raw, index) => {
    const where = at('referenceItems', index);
    if (!isObject(raw)) fail(`${where} must be an object, not ${describe(raw)}.`);
    const ends = (['referenced', 'referencedBy'] as const).map((key) => {
      const value = raw[key];
      if (typeof value !== 'string') fail(`${where}.${key} must be an internal_id, not ${describe(value)}.`);
      const element = byInternalId.get(value);
      if (!element) fail(`${where}.${key}: no item has the internal_id “${value.slice(0, 80)}”.`);
      return element;
    });
    const [referenced, referencedBy] = ends as [Element, Element];
    const field = raw['referenceField'];
    if (typeof field !== 'string' || !isUsableColumn(field))
      fail(`${where}.referenceField must name a column, not ${describe(field)}.`);
    if (referenced.id === referencedBy.id) fail(`${where} makes an item reference itself.`);

    const exact = referenceRule(catalogue, csdmVersion, field, referenced, referencedBy, true);
    const catalogueField = fieldOf(catalogue, referencedBy.kind, field);
    const rule =
      exact ??
      (catalogueField
        ? undefined
        : referenceRule(catalogue, csdmVersion, field, referenced, referencedBy, false));
    if (rule && rule.storage.form === 'reference') {
      const [from, to] =
        rule.storage.on === 'child' ? [referenced, referencedBy] : [referencedBy, referenced];
      const link: Link = { id: linkIds.fresh(), type: rule.type, from: from.id, to: to.id };
      if (!exact) {
        warnings.push({
          message: `${where}: ${describeElement(catalogue, referencedBy)} refers to ${describeElement(catalogue, referenced)} by “${clip(field, 60)}”, which CSDM does not allow between them; the link was kept, and validation flags it.`,
          linkId: link.id,
        });
      }
      links.push(link);
      return;
    }
    putAttribute(referencedBy.attributes, field, referenced.id);
  });

  const sourceName = [...sourceNames.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const doc = buildDocument(
    catalogue,
    {
      name: baseName(options.fileName) ?? 'Imported IRE payload',
      csdmVersion,
      ...(sourceName !== undefined ? { sourceName } : {}),
      elements: items.map((item) => item.element),
      links,
    },
    options,
  );
  return { ok: true, doc, format: 'ire', warnings };
}
