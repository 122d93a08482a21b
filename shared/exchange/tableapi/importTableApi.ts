/**
 * Reads Table API exports (`{"result": [...]}` per table, from
 * GET /api/now/table/{table}) into a new model. A record's table is its
 * `sys_class_name`, else the file's name. Records keep their sys_id (in the
 * reserved `sn:sys_id` attribute) and the catalogue's columns of their kind;
 * classes the catalogue does not know become generic CIs keeping every
 * column that is not a system (`sys_*`) one. References resolve by sys_id
 * among the imported records, else by display value; `cmdb_rel_ci` rows join
 * elements by sys_id, their type read from the display value or from
 * `cmdb_rel_type` records in the same import.
 */
import type { KindId } from '../../csdm/kinds';
import { fieldOf } from '../../csdm/queries/tables';
import type { Catalogue, LinkRule } from '../../csdm/types';
import type { CsdmVersion, Element, Id, Link } from '../../model/types';
import { putAttribute } from '../common/cells';
import { IdPool } from '../common/ids';
import { linkColumnRules } from '../common/referenceRules';
import { at, describe, isObject, type JsonObject } from '../common/json';
import { describeElement, disallowedLinkWarning, kindForRecord } from '../common/kinds';
import { NameIndex } from '../common/nameIndex';
import { baseName, buildDocument, idSource, type ImportOptions } from '../common/newDocument';
import { isRelTypeName } from '../common/linkStorage';
import { isUsableColumn, SYS_ID_KEY } from '../common/reserved';
import { fail, type ImportResult, type ImportWarning } from '../common/result';
import { RELATIONSHIP_TABLE } from '../importset/loadOrder';
import { readCell, type Cell } from './cells';

export interface TableApiFile {
  /** The table the file was read from (its name without extension). */
  table: string;
  file: string;
  data: unknown;
}

const REL_TYPE_TABLE = 'cmdb_rel_type';

interface Deferred {
  element: Element;
  column: string;
  cell: Cell;
  where: string;
}

function recordsOf(file: TableApiFile): unknown[] {
  const data = file.data;
  const records = isObject(data) ? data['result'] : undefined;
  if (!Array.isArray(records))
    fail(`${file.file} must hold {"result": [...]}, not ${describe(isObject(data) ? records : data)}.`);
  return records;
}

class TableApiImport {
  readonly warnings: ImportWarning[] = [];
  readonly elements: Element[] = [];
  readonly links: Link[] = [];
  private readonly ids: IdPool;
  private readonly bySysId = new Map<string, Element>();
  private readonly names = new NameIndex();
  private readonly deferred: Deferred[] = [];
  readonly relTypes = new Map<string, string>();

  constructor(
    private readonly catalogue: Catalogue,
    private readonly csdmVersion: CsdmVersion,
    newId: () => Id,
  ) {
    this.ids = new IdPool(newId);
  }

  relTypeRecord(record: JsonObject, where: string): void {
    const sysId = readCell(record['sys_id'], `${where}.sys_id`).value;
    const name = readCell(record['name'], `${where}.name`);
    const text = name.display ?? name.value;
    if (sysId && text) this.relTypes.set(sysId, text);
  }

  /** Reads one record as an element; false when its table is not one of elements. */
  record(file: TableApiFile, record: JsonObject, where: string): boolean {
    const className = readCell(record['sys_class_name'], `${where}.sys_class_name`);
    const table = className.value ?? file.table;
    const classification = readCell(record['service_classification'], `${where}.service_classification`);
    const kind = kindForRecord(this.catalogue, table, classification.value ?? classification.display);
    if (!kind) return false;
    const id = this.ids.fresh();
    const nameCell = readCell(record['name'], `${where}.name`);
    const element: Element = {
      id,
      kind,
      table,
      name: nameCell.display ?? nameCell.value ?? '',
      attributes: {},
    };
    if (element.name === '') this.warnings.push({ message: `${where} has no name.`, elementId: id });
    const sysId = readCell(record['sys_id'], `${where}.sys_id`).value;
    if (sysId !== undefined) {
      if (this.bySysId.has(sysId)) fail(`${where}: the sys_id ${sysId.slice(0, 40)} appears twice.`);
      this.bySysId.set(sysId, element);
      putAttribute(element.attributes, SYS_ID_KEY, sysId);
    }
    const def = this.catalogue.kinds[kind];
    for (const [column, raw] of Object.entries(record)) {
      if (column === 'name' || column === 'sys_class_name' || column === 'sys_id' || !isUsableColumn(column))
        continue;
      const field = fieldOf(this.catalogue, kind, column);
      const linkColumn = linkColumnRules(this.catalogue, kind, column).length > 0;
      if (!field && !linkColumn && !(def.acceptsAnyTable && !column.startsWith('sys_'))) continue;
      const cell = readCell(raw, at(where, column));
      if (cell.value === undefined && cell.display === undefined) continue;
      if (linkColumn || field?.type === 'reference') this.deferred.push({ element, column, cell, where });
      else putAttribute(element.attributes, column, cell.value ?? (cell.display as string));
    }
    this.names.add(element);
    this.elements.push(element);
    return true;
  }

  /** The element a reference cell points at: by sys_id, else by display value among `kinds`. */
  private target(cell: Cell, kinds: readonly KindId[] | undefined): Element | undefined {
    const bySysId = cell.value !== undefined ? this.bySysId.get(cell.value) : undefined;
    if (bySysId) return bySysId;
    const display = cell.display ?? cell.value;
    return display !== undefined ? this.names.find(display, kinds)[0] : undefined;
  }

  resolveReferences(): void {
    for (const { element, column, cell, where } of this.deferred) {
      const rules = linkColumnRules(this.catalogue, element.kind, column);
      const onChild = (rule: LinkRule): boolean =>
        rule.storage.form === 'reference' && rule.storage.on === 'child';
      if (rules.length > 0) {
        const target = this.target(
          cell,
          rules.map((r) => (onChild(r) ? r.from : r.to)),
        );
        const rule = target && rules.find((r) => (onChild(r) ? r.from : r.to) === target.kind);
        if (target && rule && target.id !== element.id) {
          const [from, to] = onChild(rule) ? [target, element] : [element, target];
          this.addLink({ id: this.ids.fresh(), type: rule.type, from: from.id, to: to.id }, from, to, where);
          continue;
        }
      } else {
        const target = this.target(cell, fieldOf(this.catalogue, element.kind, column)?.references);
        if (target && target.id !== element.id) {
          putAttribute(element.attributes, column, target.id);
          continue;
        }
      }
      const kept = cell.display ?? (cell.value as string);
      this.warnings.push({
        message: `${where}: ${column} refers to “${kept.slice(0, 80)}”, which is not among the imported records; it was kept as text.`,
        elementId: element.id,
      });
      putAttribute(element.attributes, column, kept);
    }
  }

  private addLink(link: Link, from: Element, to: Element, where: string): void {
    const warning = disallowedLinkWarning(this.catalogue, this.csdmVersion, link, from, to, where);
    if (warning) this.warnings.push({ message: warning, linkId: link.id });
    this.links.push(link);
  }

  private end(record: JsonObject, column: string, where: string): Element | undefined {
    const cell = readCell(record[column], `${where}.${column}`);
    const element = cell.value !== undefined ? this.bySysId.get(cell.value) : undefined;
    if (!element)
      this.warnings.push({
        message: `${where}: ${column} ${cell.display ?? cell.value ?? '(empty)'} is not among the imported records; the row was not read.`,
      });
    return element;
  }

  relationship(record: JsonObject, where: string): void {
    const typeCell = readCell(record['type'], `${where}.type`);
    const type =
      typeCell.display ??
      (typeCell.value !== undefined
        ? (this.relTypes.get(typeCell.value) ?? (isRelTypeName(typeCell.value) ? typeCell.value : undefined))
        : undefined);
    if (type === undefined) {
      this.warnings.push({
        message: `${where}: the relationship type is given only as a sys_id (${typeCell.value ?? 'none'}); export with sysparm_display_value=all or include cmdb_rel_type. The row was not read.`,
      });
      return;
    }
    this.linkBetween(record, 'parent', 'child', type, where);
  }

  manyToMany(record: JsonObject, rules: readonly LinkRule[], where: string): void {
    const storage = rules[0]?.storage;
    if (storage?.form !== 'many-to-many') return;
    this.linkBetween(record, storage.parentColumn, storage.childColumn, undefined, where, rules);
  }

  private linkBetween(
    record: JsonObject,
    parentColumn: string,
    childColumn: string,
    type: string | undefined,
    where: string,
    rules: readonly LinkRule[] = [],
  ): void {
    const from = this.end(record, parentColumn, where);
    const to = this.end(record, childColumn, where);
    if (!from || !to) return;
    if (from.id === to.id) {
      this.warnings.push({
        message: `${where} links ${describeElement(this.catalogue, from)} to itself; the row was not read.`,
      });
      return;
    }
    const chosen =
      type ??
      (
        rules.find((r) => r.from === from.kind && r.to === to.kind) ??
        rules.find((r) => r.to === to.kind) ??
        (rules[0] as LinkRule)
      ).type;
    this.addLink({ id: this.ids.fresh(), type: chosen, from: from.id, to: to.id }, from, to, where);
  }
}

export function importTableApi(
  catalogue: Catalogue,
  files: readonly TableApiFile[],
  options: ImportOptions,
): ImportResult {
  const csdmVersion = options.csdmVersion ?? 5;
  const run = new TableApiImport(catalogue, csdmVersion, idSource(options));
  const linkFiles: { file: TableApiFile; records: unknown[]; rules: LinkRule[] }[] = [];
  for (const file of files) {
    const records = recordsOf(file);
    const rules = catalogue.linkRules.filter(
      (r) => r.storage.form === 'many-to-many' && r.storage.table === file.table,
    );
    if (file.table === RELATIONSHIP_TABLE || rules.length > 0) {
      linkFiles.push({ file, records, rules });
      continue;
    }
    let skipped = 0;
    records.forEach((record, index) => {
      const where = `${file.file}: ${at('result', index)}`;
      if (!isObject(record)) fail(`${where} must be an object, not ${describe(record)}.`);
      if (file.table === REL_TYPE_TABLE) run.relTypeRecord(record, where);
      else if (!run.record(file, record, where)) skipped += 1;
    });
    if (skipped > 0)
      run.warnings.push({
        message: `${file.file}: ${skipped} records of a table Mapwright does not know (not a CI class) were not read.`,
      });
  }
  run.resolveReferences();
  for (const { file, records, rules } of linkFiles) {
    records.forEach((record, index) => {
      const where = `${file.file}: ${at('result', index)}`;
      if (!isObject(record)) fail(`${where} must be an object, not ${describe(record)}.`);
      if (file.table === RELATIONSHIP_TABLE) run.relationship(record, where);
      else run.manyToMany(record, rules, where);
    });
  }
  const doc = buildDocument(
    catalogue,
    {
      name:
        baseName(options.fileName) ??
        (files.length === 1 ? baseName(files[0]?.file) : undefined) ??
        'Imported from ServiceNow',
      csdmVersion,
      elements: run.elements,
      links: run.links,
    },
    options,
  );
  return { ok: true, doc, format: 'tableapi', warnings: run.warnings };
}
