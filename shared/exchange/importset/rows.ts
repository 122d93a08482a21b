/**
 * The rows of an import-set bundle, per target table: one row per element in
 * its own table, one row per link in `cmdb_rel_ci` or its many-to-many table,
 * and reference-stored links as a column on the referring row. Every value is
 * a string; references are display values (the referenced record's name), as
 * the transform map resolves them by name. Every row carries a stable id in
 * `correlation_id` (the element's id, or for link rows the link's id) for the
 * transform to coalesce on, and link rows carry each side's id too
 * (`parent_correlation_id`, `<column>_correlation_id`) so two records with one
 * name stay apart. The CSV bundle writes the same rows.
 */
import type { KindId } from '../../csdm/kinds';
import type { Catalogue } from '../../csdm/types';
import { setEntry } from '../../model/internal/records';
import type { Element, Id, Link, ModelDocument } from '../../model/types';
import { columnComparator, orderedRow } from '../common/columns';
import { linkExport } from '../common/linkStorage';
import { classificationOf, columnValues, elementById } from '../common/values';
import {
  compareKeys,
  elementTableKey,
  groupOfKind,
  groupOfLinkTable,
  linkTableKey,
  RELATIONSHIP_TABLE,
  type LoadGroup,
} from './loadOrder';

export type Row = Record<string, string>;

export interface TableRows {
  table: string;
  group: LoadGroup;
  rows: Row[];
}

export interface SkippedLink {
  link: Link;
  reason: string;
}

export interface BundleTables {
  /** In load order. */
  tables: TableRows[];
  /** Links no table or field can hold (preflight reports them). */
  skipped: SkippedLink[];
}

function elementRow(doc: ModelDocument, catalogue: Catalogue, element: Element): Row {
  const row: Row = { correlation_id: element.id, name: element.name };
  const classification = classificationOf(catalogue, element);
  if (classification !== undefined) row['service_classification'] = classification;
  for (const value of columnValues(doc, catalogue, element)) {
    // The row's own coalesce key and name win over same-named attributes of an imported record.
    if (value.column === 'correlation_id' || value.column === 'name') continue;
    setEntry(row, value.column, value.reference && value.target ? value.target.name : value.value);
  }
  return row;
}

interface TableBuild {
  key: number[];
  group: LoadGroup;
  rows: Row[];
}

export function bundleTables(doc: ModelDocument, catalogue: Catalogue): BundleTables {
  const compare = columnComparator(catalogue);
  const tables = new Map<string, TableBuild>();
  // Keys per kind and table, and per link table: tens of thousands of rows share a handful.
  const keys = new Map<string, [number[], LoadGroup]>();
  const elementTable = (kind: KindId, name: string): TableBuild => {
    const id = `${kind}\u0000${name}`;
    let known = keys.get(id);
    if (!known) {
      known = [elementTableKey(catalogue, kind, name), groupOfKind(catalogue, kind)];
      keys.set(id, known);
    }
    return table(name, known[0], known[1]);
  };
  const linkTable = (name: string): TableBuild => {
    const id = `\u0001${name}`;
    let known = keys.get(id);
    if (!known) {
      known = [linkTableKey(catalogue, name), groupOfLinkTable(catalogue, name)];
      keys.set(id, known);
    }
    return table(name, known[0], known[1]);
  };
  const table = (name: string, key: number[], group: LoadGroup): TableBuild => {
    let build = tables.get(name);
    if (!build) {
      build = { key, group, rows: [] };
      tables.set(name, build);
    } else if (compareKeys(key, build.key) < 0) {
      build.key = key;
      build.group = group;
    }
    return build;
  };

  const rows = new Map<Id, Row>();
  for (const element of Object.values(doc.elements)) {
    const row = elementRow(doc, catalogue, element);
    rows.set(element.id, row);
    elementTable(element.kind, element.table).rows.push(row);
  }

  const skipped: SkippedLink[] = [];
  for (const link of Object.values(doc.links)) {
    const from = elementById(doc, link.from);
    const to = elementById(doc, link.to);
    if (!from || !to) {
      skipped.push({ link, reason: 'one of its ends is not in the model' });
      continue;
    }
    const how = linkExport(catalogue, doc.settings, link, from, to);
    switch (how.form) {
      case 'relationship':
        linkTable(RELATIONSHIP_TABLE).rows.push({
          correlation_id: link.id,
          type: link.type,
          parent: from.name,
          parent_class: from.table,
          parent_correlation_id: from.id,
          child: to.name,
          child_class: to.table,
          child_correlation_id: to.id,
        });
        break;
      case 'reference': {
        const [holder, target] = how.on === 'child' ? [to, from] : [from, to];
        setEntry(rows.get(holder.id) as Row, how.field, target.name);
        break;
      }
      case 'many-to-many': {
        const row: Row = { correlation_id: link.id };
        setEntry(row, how.parentColumn, from.name);
        setEntry(row, `${how.parentColumn}_correlation_id`, from.id);
        setEntry(row, how.childColumn, to.name);
        setEntry(row, `${how.childColumn}_correlation_id`, to.id);
        linkTable(how.table).rows.push(row);
        break;
      }
      case 'none':
        skipped.push({ link, reason: how.reason });
        break;
    }
  }

  const ordered = [...tables.entries()].sort(
    ([a, x], [b, y]) => compareKeys(x.key, y.key) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return {
    tables: ordered.map(([name, build]) => ({
      table: name,
      group: build.group,
      rows: build.rows.map((row) => orderedRow(row, compare)),
    })),
    skipped,
  };
}
