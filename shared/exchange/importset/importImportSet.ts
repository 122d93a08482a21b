/**
 * Reads an import-set (or CSV) bundle into a new model: element tables first
 * (ids from `correlation_id`), then references by display value (the name,
 * among the kinds the field may point at), then the link tables (sides by
 * `<column>_correlation_id`, else by name and class). The exact reverse of
 * rows.ts, so export -> import -> export gives the same bundle.
 */
import type { KindId } from '../../csdm/kinds';
import { fieldOf } from '../../csdm/queries/tables';
import type { Catalogue, LinkRule } from '../../csdm/types';
import type { CsdmVersion, Element, Id, Link } from '../../model/types';
import { putAttribute } from '../common/cells';
import { IdPool } from '../common/ids';
import { linkColumnRules } from '../common/referenceRules';
import { describeElement, disallowedLinkWarning, kindForRecord } from '../common/kinds';
import { NameIndex } from '../common/nameIndex';
import { baseName, buildDocument, idSource, type ImportOptions } from '../common/newDocument';
import { isUsableColumn } from '../common/reserved';
import { fail, type ImportResult, type ImportWarning } from '../common/result';
import { RELATIONSHIP_TABLE } from './loadOrder';
import type { BundleTable, ReadBundle } from './readBundle';
import type { Row } from './rows';

interface Deferred {
  element: Element;
  column: string;
  value: string;
  where: string;
}

function manyToManyRules(catalogue: Catalogue, table: string): LinkRule[] {
  return catalogue.linkRules.filter(
    (rule) => rule.storage.form === 'many-to-many' && rule.storage.table === table,
  );
}

class BundleImport {
  readonly warnings: ImportWarning[] = [];
  readonly elements: Element[] = [];
  readonly links: Link[] = [];
  private readonly ids: IdPool;
  private readonly linkIds: IdPool;
  private readonly byCorrelation = new Map<string, Element>();
  private readonly names = new NameIndex();
  private readonly deferred: Deferred[] = [];

  constructor(
    private readonly catalogue: Catalogue,
    private readonly csdmVersion: CsdmVersion,
    newId: () => Id,
  ) {
    this.ids = new IdPool(newId);
    this.linkIds = new IdPool(newId);
  }

  elementTable(table: BundleTable): void {
    table.rows.forEach((row, index) => this.elementRow(table, row, index));
  }

  private elementRow(table: BundleTable, row: Row, index: number): void {
    const where = `${table.file}: records[${index}]`;
    const kind = kindForRecord(this.catalogue, table.table, row['service_classification']);
    if (!kind) fail(`${where}: “${table.table}” is not a table Mapwright knows.`);
    const correlation = row['correlation_id'];
    const id = this.ids.claim(correlation);
    if (correlation !== undefined && id !== correlation)
      this.warnings.push({
        message: `${where}: correlation_id “${correlation.slice(0, 80)}” is used twice or unusable; the record got a new id.`,
        elementId: id,
      });
    const element: Element = { id, kind, table: table.table, name: row['name'] ?? '', attributes: {} };
    if (row['name'] === undefined) this.warnings.push({ message: `${where} has no name.`, elementId: id });
    for (const [column, value] of Object.entries(row)) {
      if (column === 'correlation_id' || column === 'name') continue;
      if (!isUsableColumn(column)) {
        this.warnings.push({
          message: `${where}: the column “${column.slice(0, 60)}” cannot be kept and was left out.`,
          elementId: id,
        });
        continue;
      }
      const field = fieldOf(this.catalogue, kind, column);
      if (field?.type === 'reference' || linkColumnRules(this.catalogue, kind, column).length > 0) {
        this.deferred.push({ element, column, value, where });
      } else putAttribute(element.attributes, column, value);
    }
    if (correlation !== undefined && !this.byCorrelation.has(correlation))
      this.byCorrelation.set(correlation, element);
    this.names.add(element);
    this.elements.push(element);
  }

  /** References by display value, once every record is read. */
  resolveReferences(): void {
    for (const { element, column, value, where } of this.deferred) {
      const rules = linkColumnRules(this.catalogue, element.kind, column);
      if (rules.length > 0) {
        const otherKinds = rules.map((rule) =>
          rule.storage.form === 'reference' && rule.storage.on === 'child' ? rule.from : rule.to,
        );
        // A record never refers to itself (a capability named like its parent's display value).
        const found = this.names.find(value, otherKinds).filter((e) => e.id !== element.id);
        const target = this.pick(found, where, column, value);
        if (target) {
          const rule = rules.find(
            (r) =>
              (r.storage.form === 'reference' && r.storage.on === 'child' ? r.from : r.to) === target.kind,
          ) as LinkRule;
          const [from, to] =
            rule.storage.form === 'reference' && rule.storage.on === 'child'
              ? [target, element]
              : [element, target];
          this.addLink(
            { id: this.linkIds.fresh(), type: rule.type, from: from.id, to: to.id },
            from,
            to,
            where,
          );
          continue;
        }
      } else {
        const kinds = fieldOf(this.catalogue, element.kind, column)?.references;
        const target = this.pick(
          this.names.find(value, kinds).filter((e) => e.id !== element.id),
          where,
          column,
          value,
        );
        if (target) {
          putAttribute(element.attributes, column, target.id);
          continue;
        }
      }
      this.warnings.push({
        message: `${where}: ${column} refers to “${value.slice(0, 80)}”, which is not in the bundle; it was kept as text.`,
        elementId: element.id,
      });
      putAttribute(element.attributes, column, value);
    }
  }

  private pick(found: Element[], where: string, column: string, value: string): Element | undefined {
    if (found.length > 1)
      this.warnings.push({
        message: `${where}: ${column} “${value.slice(0, 80)}” names ${found.length} records; the first was used.`,
      });
    return found[0];
  }

  private addLink(link: Link, from: Element, to: Element, where: string): void {
    const warning = disallowedLinkWarning(this.catalogue, this.csdmVersion, link, from, to, where);
    if (warning) this.warnings.push({ message: warning, linkId: link.id });
    this.links.push(link);
  }

  /** One side of a link row: by its correlation id, else by name (and class, when given). */
  private side(
    row: Row,
    column: string,
    classColumn: string | undefined,
    kinds: readonly KindId[] | undefined,
    where: string,
  ): Element | undefined {
    const correlation = row[`${column}_correlation_id`];
    if (correlation !== undefined) {
      const element = this.byCorrelation.get(correlation);
      if (element) return element;
    }
    const name = row[column];
    if (name === undefined) {
      this.warnings.push({ message: `${where} names no ${column}; the row was not read.` });
      return undefined;
    }
    const table = classColumn ? row[classColumn] : undefined;
    const found = this.pick(this.names.find(name, kinds, table), where, column, name);
    if (!found)
      this.warnings.push({
        message: `${where}: ${column} “${name.slice(0, 80)}”${table ? ` (${table})` : ''} is not in the bundle; the row was not read.`,
      });
    return found;
  }

  linkTable(table: BundleTable): void {
    const rules = manyToManyRules(this.catalogue, table.table);
    const parentKinds = rules.map((r) => r.from);
    const childKinds = rules.map((r) => r.to);
    table.rows.forEach((row, index) => {
      const where = `${table.file}: records[${index}]`;
      if (table.table === RELATIONSHIP_TABLE) {
        const type = row['type'];
        if (type === undefined) fail(`${where} has no relationship type.`);
        const from = this.side(row, 'parent', 'parent_class', undefined, where);
        const to = this.side(row, 'child', 'child_class', undefined, where);
        if (!from || !to) return;
        this.linkRow(row, type, from, to, where);
        return;
      }
      const storage = rules[0]?.storage;
      if (storage?.form !== 'many-to-many') return;
      const from = this.side(row, storage.parentColumn, undefined, parentKinds, where);
      const to = this.side(row, storage.childColumn, undefined, childKinds, where);
      if (!from || !to) return;
      const rule =
        rules.find((r) => r.from === from.kind && r.to === to.kind) ??
        rules.find((r) => r.to === to.kind) ??
        (rules[0] as LinkRule);
      this.linkRow(row, rule.type, from, to, where);
    });
  }

  private linkRow(row: Row, type: string, from: Element, to: Element, where: string): void {
    if (from.id === to.id) {
      this.warnings.push({
        message: `${where} links ${describeElement(this.catalogue, from)} to itself; the row was not read.`,
      });
      return;
    }
    this.addLink(
      { id: this.linkIds.claim(row['correlation_id']), type, from: from.id, to: to.id },
      from,
      to,
      where,
    );
  }
}

export function isLinkTable(catalogue: Catalogue, table: string): boolean {
  return table === RELATIONSHIP_TABLE || manyToManyRules(catalogue, table).length > 0;
}

export function importBundle(catalogue: Catalogue, bundle: ReadBundle, options: ImportOptions): ImportResult {
  const csdmVersion = bundle.meta.csdmVersion ?? options.csdmVersion ?? 5;
  const run = new BundleImport(catalogue, csdmVersion, idSource(options));
  run.warnings.push(...bundle.warnings);
  const linkTables: BundleTable[] = [];
  for (const table of bundle.tables) {
    if (isLinkTable(catalogue, table.table)) linkTables.push(table);
    else if (!kindForRecord(catalogue, table.table, undefined))
      run.warnings.push({
        message: `${table.file}: “${table.table}” is not a table Mapwright knows; its ${table.rows.length} rows were not read.`,
      });
    else run.elementTable(table);
  }
  run.resolveReferences();
  for (const table of linkTables) run.linkTable(table);
  const doc = buildDocument(
    catalogue,
    {
      name: bundle.meta.modelName ?? baseName(options.fileName) ?? 'Imported bundle',
      csdmVersion,
      ...(bundle.meta.sourceName !== undefined ? { sourceName: bundle.meta.sourceName } : {}),
      elements: run.elements,
      links: run.links,
    },
    options,
  );
  return { ok: true, doc, format: bundle.meta.format, warnings: run.warnings };
}
