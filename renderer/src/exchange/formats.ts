/**
 * The export formats as users choose them: label, what the file holds, the
 * file name suggested (`<model name>.ire.json`, ...) and the save dialog's
 * filter; and the bytes of each (pure: shared/exchange does the writing).
 */
import { CATALOGUE } from '@shared/csdm';
import type { Catalogue } from '@shared/csdm/types';
import { exportCsvZip, exportImportSetZip, exportIre, saveNative, type ExportFormat } from '@shared/exchange';
import type { ModelDocument } from '@shared/model/types';
import type { FileFilter } from '../platform/Platform';

export interface FormatInfo {
  format: ExportFormat;
  label: string;
  /** One line under the label in the export dialog. */
  detail: string;
  /** Appended to the model name: `.ire.json`. */
  extension: string;
  filter: FileFilter;
}

export const EXPORT_FORMATS: readonly FormatInfo[] = [
  {
    format: 'ire',
    label: 'IRE payload (JSON)',
    detail: 'The CIs and their relations, for the Identification and Reconciliation API.',
    extension: '.ire.json',
    filter: { name: 'IRE payload', extensions: ['json'] },
  },
  {
    format: 'importset',
    label: 'Import-set bundle (zip)',
    detail: 'One JSON table per ServiceNow table, with a manifest giving the load order.',
    extension: '.importset.zip',
    filter: { name: 'Import-set bundle', extensions: ['zip'] },
  },
  {
    format: 'csv',
    label: 'CSV bundle (zip)',
    detail: 'The same tables as CSV files, for spreadsheets and import sets.',
    extension: '.csv.zip',
    filter: { name: 'CSV bundle', extensions: ['zip'] },
  },
  {
    format: 'native',
    label: 'Mapwright model (*.csdm.json)',
    detail: 'Everything, views included, to open in Mapwright again.',
    extension: '.csdm.json',
    filter: { name: 'Mapwright model', extensions: ['csdm.json'] },
  },
];

export function formatInfo(format: ExportFormat): FormatInfo {
  return EXPORT_FORMATS.find((info) => info.format === format) ?? (EXPORT_FORMATS[3] as FormatInfo);
}

// Control characters are exactly what must go, so the pattern names them.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;
/** Windows refuses these names whatever the extension. */
const RESERVED_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_STEM = 120;

/** A file name stem from a model or view name: characters file systems refuse become "-". */
export function fileStem(name: string, fallback = 'model'): string {
  let stem = name
    .replace(UNSAFE_IN_FILE_NAMES, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).trim();
  if (RESERVED_NAMES.test(stem)) stem = `${stem}-model`;
  return stem || fallback;
}

/** `<model name>.ire.json`, `<model name>.importset.zip`, `<model name>.csv.zip`, `<model name>.csdm.json`. */
export function exportFileName(modelName: string, format: ExportFormat): string {
  return `${fileStem(modelName)}${formatInfo(format).extension}`;
}

/** `<model name> - <view name>.png`; a selection adds "selection". */
export function imageFileName(
  modelName: string,
  viewName: string,
  type: 'png' | 'svg',
  selection = false,
): string {
  const parts = [fileStem(modelName), fileStem(viewName, 'view')];
  if (selection) parts.push('selection');
  return `${parts.join(' - ')}.${type}`;
}

export interface ExportBytesOptions {
  /** IRE `source_name` (and the bundle manifest's); the model's setting when unset. */
  sourceName?: string;
  catalogue?: Catalogue;
  /** The bundle manifest's `exportedAt`; the current time when unset. */
  now?: string;
}

/** The file of one format: UTF-8 JSON for IRE and native, a zip for the bundles. */
export function exportBytes(
  doc: ModelDocument,
  format: ExportFormat,
  options: ExportBytesOptions = {},
): Uint8Array {
  const catalogue = options.catalogue ?? CATALOGUE;
  const named =
    options.sourceName !== undefined && options.sourceName.trim() !== ''
      ? { ...doc, settings: { ...doc.settings, sourceName: options.sourceName.trim() } }
      : doc;
  switch (format) {
    case 'ire':
      return new TextEncoder().encode(`${JSON.stringify(exportIre(named, catalogue), null, 2)}\n`);
    case 'importset':
      return exportImportSetZip(named, catalogue, options.now === undefined ? {} : { now: options.now });
    case 'csv':
      return exportCsvZip(named, catalogue, options.now === undefined ? {} : { now: options.now });
    case 'native':
      return new TextEncoder().encode(saveNative(named));
  }
}
