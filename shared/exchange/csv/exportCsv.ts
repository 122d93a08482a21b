/**
 * The CSV bundle: the import-set tables as `<table>.csv` (a header row of
 * column names, then one row per record; RFC 4180 quoting, CRLF, UTF-8
 * without a byte order mark) plus `manifest.json`, in a zip or as files.
 * A table's header is every column any of its rows has; a row without a
 * column leaves it empty.
 */
import type { Catalogue } from '../../csdm/types';
import type { ModelDocument } from '../../model/types';
import { columnComparator } from '../common/columns';
import { utf8 } from '../common/text';
import { zipFiles, type ExportFile } from '../common/zip';
import { jsonFile, manifestFor, type Bundle, type BundleOptions } from '../importset/exportImportSet';
import { CSV_FORMAT, MANIFEST_FILE } from '../importset/manifest';
import { bundleTables, type TableRows } from '../importset/rows';
import { toCsv } from './papa';

function csvFile(catalogue: Catalogue, table: TableRows): ExportFile {
  const columns = new Set<string>();
  for (const row of table.rows) for (const column of Object.keys(row)) columns.add(column);
  const header = [...columns].sort(columnComparator(catalogue));
  const data = table.rows.map((row) =>
    header.map((column) => (Object.hasOwn(row, column) ? (row[column] ?? '') : '')),
  );
  return { path: `${table.table}.csv`, bytes: utf8(`${toCsv(header, data)}\r\n`) };
}

export function exportCsv(doc: ModelDocument, catalogue: Catalogue, options: BundleOptions = {}): Bundle {
  const { tables, skipped } = bundleTables(doc, catalogue);
  const manifest = manifestFor(doc, tables, CSV_FORMAT, 'csv', options);
  return {
    files: [jsonFile(MANIFEST_FILE, manifest), ...tables.map((table) => csvFile(catalogue, table))],
    manifest,
    skipped,
  };
}

export function exportCsvZip(
  doc: ModelDocument,
  catalogue: Catalogue,
  options: BundleOptions = {},
): Uint8Array {
  return zipFiles(exportCsv(doc, catalogue, options).files);
}
