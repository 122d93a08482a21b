/**
 * The files of an import-set or CSV bundle (a zip's entries or a folder's
 * files) as tables of rows: the manifest says which files to read and in
 * which order; without one, every `<table>.json` (or `.csv`) is read.
 */
import type { Catalogue } from '../../csdm/types';
import { setEntry } from '../../model/internal/records';
import { cellText } from '../common/cells';
import { at, clip, describe, isObject, parseJson, type JsonObject } from '../common/json';
import { fail, type ImportWarning } from '../common/result';
import { fromUtf8 } from '../common/text';
import { fromCsv } from '../csv/papa';
import { compareKeys, elementTableKey, linkTableKey, RELATIONSHIP_TABLE } from './loadOrder';
import { CSV_FORMAT, IMPORTSET_FORMAT, MANIFEST_FILE } from './manifest';
import type { Row } from './rows';
import { kindForRecord } from '../common/kinds';

export interface BundleTable {
  table: string;
  file: string;
  rows: Row[];
}

export interface BundleMeta {
  format: 'importset' | 'csv';
  modelName?: string;
  csdmVersion?: 4 | 5;
  sourceName?: string;
}

export interface ReadBundle {
  meta: BundleMeta;
  tables: BundleTable[];
  warnings: ImportWarning[];
}

const TABLE_NAME = /^[A-Za-z0-9_]{1,80}$/;

/** Files by their name without folders; a bundle zipped inside a folder reads the same. */
function byBaseName(files: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
  const named = new Map<string, Uint8Array>();
  for (const [path, bytes] of files) {
    const base = path.split(/[\\/]/).pop() ?? path;
    if (base === '' || base.startsWith('.')) continue;
    if (named.has(base)) fail(`The bundle holds two files named ${clip(base)}.`);
    named.set(base, bytes);
  }
  return named;
}

function rowsOfJson(data: unknown, file: string): Row[] {
  const records = Array.isArray(data) ? data : isObject(data) ? data['records'] : undefined;
  if (!Array.isArray(records)) fail(`${file} must hold {"records": [...]}, not ${describe(data)}.`);
  return records.map((record: unknown, index) => {
    const where = `${file}: ${at('records', index)}`;
    if (!isObject(record)) fail(`${where} must be an object, not ${describe(record)}.`);
    return flatRow(record, where);
  });
}

function flatRow(record: JsonObject, where: string): Row {
  const row: Row = {};
  for (const [column, value] of Object.entries(record)) {
    const text = cellText(value, at(where, column));
    if (text !== undefined) setEntry(row, column, text);
  }
  return row;
}

function rowsOfCsv(text: string, file: string): Row[] {
  const parsed = fromCsv(text);
  if (!parsed.ok) fail(`${file} is not readable CSV: ${parsed.message}.`);
  const [header, ...data] = parsed.rows;
  if (!header) return [];
  if (new Set(header).size !== header.length) fail(`${file}: the header names a column twice.`);
  return data.map((cells, index) => {
    if (cells.length !== header.length)
      fail(`${file}: row ${index + 2} has ${cells.length} fields where the header has ${header.length}.`);
    const record: JsonObject = {};
    header.forEach((column, i) => setEntry<unknown>(record, column, cells[i]));
    return flatRow(record, `${file}: row ${index + 2}`);
  });
}

function readManifest(
  named: Map<string, Uint8Array>,
): { meta: BundleMeta; order: { table: string; file: string }[] } | undefined {
  const bytes = named.get(MANIFEST_FILE);
  if (!bytes) return undefined;
  const data = parseJson(fromUtf8(bytes, MANIFEST_FILE), MANIFEST_FILE);
  if (!isObject(data)) fail(`${MANIFEST_FILE} must be an object, not ${describe(data)}.`);
  const format = data['format'];
  if (format !== IMPORTSET_FORMAT && format !== CSV_FORMAT)
    fail(
      `${MANIFEST_FILE}: format must be “${IMPORTSET_FORMAT}” or “${CSV_FORMAT}”, not ${describe(format)}.`,
    );
  const loadOrder = data['loadOrder'];
  if (!Array.isArray(loadOrder))
    fail(`${MANIFEST_FILE}: loadOrder must be a list, not ${describe(loadOrder)}.`);
  const order = loadOrder.map((step: unknown, index) => {
    const where = `${MANIFEST_FILE}: ${at('loadOrder', index)}`;
    if (!isObject(step)) fail(`${where} must be an object, not ${describe(step)}.`);
    const { table, file } = step;
    if (typeof table !== 'string' || !TABLE_NAME.test(table))
      fail(`${where}.table must name a table, not ${describe(table)}.`);
    if (typeof file !== 'string' || file === '' || file.length > 200)
      fail(`${where}.file must name a file, not ${describe(file)}.`);
    return { table, file };
  });
  const meta: BundleMeta = { format: format === CSV_FORMAT ? 'csv' : 'importset' };
  const model = data['model'];
  if (isObject(model) && typeof model['name'] === 'string') meta.modelName = model['name'];
  const version = data['csdmVersion'];
  if (version === 4 || version === 5) meta.csdmVersion = version;
  if (typeof data['sourceName'] === 'string') meta.sourceName = data['sourceName'];
  return { meta, order };
}

/** Without a manifest: every table file, referenced tables first. */
function guessOrder(
  catalogue: Catalogue,
  named: Map<string, Uint8Array>,
): { meta: BundleMeta; order: { table: string; file: string }[] } {
  const files = [...named.keys()].filter((name) => /^[A-Za-z0-9_]+\.(json|csv)$/.test(name));
  const csv = files.some((name) => name.endsWith('.csv'));
  if (files.length === 0)
    fail('The bundle holds no table files (<table>.json or <table>.csv) and no manifest.json.');
  const linkTables = new Set<string>([RELATIONSHIP_TABLE]);
  for (const rule of catalogue.linkRules)
    if (rule.storage.form === 'many-to-many') linkTables.add(rule.storage.table);
  const key = (table: string): number[] => {
    if (linkTables.has(table)) return linkTableKey(catalogue, table);
    const kind = kindForRecord(catalogue, table, undefined);
    return kind ? elementTableKey(catalogue, kind, table) : [Number.MAX_SAFE_INTEGER];
  };
  const order = files
    .map((file) => ({ table: file.replace(/\.(json|csv)$/, ''), file }))
    .sort((a, b) => compareKeys(key(a.table), key(b.table)) || (a.table < b.table ? -1 : 1));
  return { meta: { format: csv ? 'csv' : 'importset' }, order };
}

export function readBundle(catalogue: Catalogue, files: ReadonlyMap<string, Uint8Array>): ReadBundle {
  const named = byBaseName(files);
  const { meta, order } = readManifest(named) ?? guessOrder(catalogue, named);
  const warnings: ImportWarning[] = [];
  const listed = new Set(order.map((step) => step.file));
  for (const name of named.keys()) {
    if (name !== MANIFEST_FILE && !listed.has(name))
      warnings.push({ message: `${clip(name)} is not in the manifest's load order and was not read.` });
  }
  const seen = new Set<string>();
  const tables = order.map(({ table, file }) => {
    if (seen.has(table)) fail(`${MANIFEST_FILE} lists the table ${table} twice.`);
    seen.add(table);
    const bytes = named.get(file);
    if (!bytes) fail(`${MANIFEST_FILE} lists ${clip(file)}, which is not in the bundle.`);
    const text = fromUtf8(bytes, file);
    const rows = file.endsWith('.csv') ? rowsOfCsv(text, file) : rowsOfJson(parseJson(text, file), file);
    return { table, file, rows };
  });
  return { meta, tables, warnings };
}
