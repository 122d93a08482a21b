/**
 * The import-set bundle: `manifest.json` and one `<table>.json` per target
 * table, each `{"records": [...]}` of flat string rows (see rows.ts), as a
 * list of files (a folder) or one deterministic zip. Every file sits at the
 * root of the zip; the manifest comes first, then the tables in load order.
 */
import type { Catalogue } from '../../csdm/types';
import type { ModelDocument } from '../../model/types';
import { utf8 } from '../common/text';
import { zipFiles, type ExportFile } from '../common/zip';
import { IMPORTSET_FORMAT, MANIFEST_FILE, type Manifest } from './manifest';
import { bundleTables, type SkippedLink, type TableRows } from './rows';

export interface BundleOptions {
  /** ISO timestamp for the manifest; the current time when absent. */
  now?: string;
}

export interface Bundle {
  files: ExportFile[];
  manifest: Manifest;
  skipped: SkippedLink[];
}

export function manifestFor(
  doc: ModelDocument,
  tables: readonly TableRows[],
  format: Manifest['format'],
  extension: string,
  options: BundleOptions,
): Manifest {
  return {
    format,
    version: 1,
    model: { id: doc.id, name: doc.name },
    csdmVersion: doc.settings.csdmVersion,
    sourceName: doc.settings.sourceName,
    exportedAt: options.now ?? new Date().toISOString(),
    loadOrder: tables.map((t) => ({ table: t.table, file: `${t.table}.${extension}`, rows: t.rows.length })),
  };
}

export function jsonFile(path: string, value: unknown): ExportFile {
  return { path, bytes: utf8(`${JSON.stringify(value, null, 2)}\n`) };
}

export function exportImportSet(
  doc: ModelDocument,
  catalogue: Catalogue,
  options: BundleOptions = {},
): Bundle {
  const { tables, skipped } = bundleTables(doc, catalogue);
  const manifest = manifestFor(doc, tables, IMPORTSET_FORMAT, 'json', options);
  const files = [
    jsonFile(MANIFEST_FILE, manifest),
    ...tables.map((t) => jsonFile(`${t.table}.json`, { records: t.rows })),
  ];
  return { files, manifest, skipped };
}

export function exportImportSetZip(
  doc: ModelDocument,
  catalogue: Catalogue,
  options: BundleOptions = {},
): Uint8Array {
  return zipFiles(exportImportSet(doc, catalogue, options).files);
}
