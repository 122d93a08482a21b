/**
 * One entry for every importable input: bytes or text, with the file name it
 * came from. The format is recognised from the content (a zip, a native
 * model, an IRE payload, a Table API export, an import-set table), never
 * from the extension alone. Inputs over the size limit are refused before
 * they are read, zips are unpacked within limits (common/zip.ts), and every
 * answer is a new document or one clear error: nothing here throws.
 */
import { CATALOGUE } from '../../csdm/catalogue';
import type { Catalogue } from '../../csdm/types';
import { clip, describe, isObject, parseJson } from '../common/json';
import { limitsWith, sizeInWords, type ExchangeLimits } from '../common/limits';
import type { ImportOptions } from '../common/newDocument';
import { fail, guarded, type ImportResult } from '../common/result';
import { fromUtf8, utf8 } from '../common/text';
import { isZip, readZip } from '../common/zip';
import { readIrePayload } from '../ire/importIre';
import { importBundle, isLinkTable } from '../importset/importImportSet';
import { kindForRecord } from '../common/kinds';
import { CSV_FORMAT, IMPORTSET_FORMAT, MANIFEST_FILE } from '../importset/manifest';
import { readBundle } from '../importset/readBundle';
import { NATIVE_FORMAT } from '../native/format';
import { looksLikeBareModel } from '../native/migrations';
import { readNative } from '../native/openNative';
import { importTableApi, type TableApiFile } from '../tableapi/importTableApi';

export interface ImportAnyOptions extends ImportOptions {
  catalogue?: Catalogue;
  limits?: Partial<ExchangeLimits>;
}

export interface InputFile {
  /** Path relative to the folder (or the zip's root). */
  path: string;
  bytes: Uint8Array;
}

const TABLE_NAME = /^[A-Za-z0-9_]{1,80}$/;

function nameOf(options: ImportAnyOptions): string {
  return options.fileName ? clip(options.fileName.split(/[\\/]/).pop() ?? options.fileName) : 'The input';
}

function tableOfFile(path: string): string {
  const stem = (path.split(/[\\/]/).pop() ?? '').replace(/\.(json|csv)$/i, '');
  return TABLE_NAME.test(stem) ? stem : '';
}

function checkSize(size: number, where: string, limits: ExchangeLimits): void {
  if (size > limits.maxInputBytes)
    fail(
      `${where} is ${sizeInWords(size)}, over the import limit of ${sizeInWords(limits.maxInputBytes)}; it was not read.`,
    );
}

function fromNative(catalogue: Catalogue, data: unknown): ImportResult {
  const opened = readNative(data, catalogue);
  const warnings =
    opened.migratedFrom !== undefined
      ? [
          {
            message: `This model file was in an older form (version ${opened.migratedFrom}); it was brought up to date, and saving writes the current form.`,
          },
        ]
      : [];
  return { ok: true, doc: opened.doc, format: 'native', warnings };
}

/** Parsed JSON of one file, by its shape. */
function fromJson(
  catalogue: Catalogue,
  text: string,
  data: unknown,
  options: ImportAnyOptions,
  limits: ExchangeLimits,
): ImportResult {
  const where = nameOf(options);
  if (isObject(data)) {
    if (data['format'] === NATIVE_FORMAT || looksLikeBareModel(data)) return fromNative(catalogue, data);
    if (data['format'] === IMPORTSET_FORMAT || data['format'] === CSV_FORMAT)
      fail(`${where} is the manifest of a bundle: open the whole bundle (its zip or folder) instead.`);
    if (Object.hasOwn(data, 'items')) return readIrePayload(catalogue, data, options, limits);
    if (isObject(data['result']) && Array.isArray(data['result']['items']))
      fail(`${where} is an IRE response, not a model: apply it to the model it answers instead.`);
    if (Object.hasOwn(data, 'result')) {
      const file: TableApiFile = { table: tableOfFile(options.fileName ?? ''), file: where, data };
      return importTableApi(catalogue, [file], options);
    }
    if (Object.hasOwn(data, 'records')) {
      const table = tableOfFile(options.fileName ?? '');
      if (!table || (!isLinkTable(catalogue, table) && !kindForRecord(catalogue, table, undefined)))
        fail(
          `${where} is one import-set table; its file name must be the table's (<table>.json), and “${table}” is not a table Mapwright knows.`,
        );
      return importBundle(
        catalogue,
        readBundle(catalogue, new Map([[`${table}.json`, utf8(text)]])),
        options,
      );
    }
  }
  return fail(
    `${where} is not a format Mapwright reads (a native model, an IRE payload, an import-set or CSV bundle, or a Table API export); it holds ${describe(data)}${
      isObject(data)
        ? ` with ${
            Object.keys(data)
              .slice(0, 5)
              .map((k) => `“${k.slice(0, 30)}”`)
              .join(', ') || 'no keys'
          }`
        : ''
    }.`,
  );
}

/** Data files of a folder or zip: JSON and CSV; hidden files and others (a README) are set aside. */
function dataFiles(files: ReadonlyMap<string, Uint8Array>): {
  data: Map<string, Uint8Array>;
  ignored: string[];
} {
  const data = new Map<string, Uint8Array>();
  const ignored: string[] = [];
  for (const [path, bytes] of files) {
    const base = path.split(/[\\/]/).pop() ?? path;
    if (base.startsWith('.') || base === '') continue;
    if (/\.(json|csv)$/i.test(base)) data.set(path, bytes);
    else ignored.push(path);
  }
  return { data, ignored };
}

function fromFiles(
  catalogue: Catalogue,
  all: ReadonlyMap<string, Uint8Array>,
  options: ImportAnyOptions,
  limits: ExchangeLimits,
): ImportResult {
  const { data, ignored } = dataFiles(all);
  const result = fromDataFiles(catalogue, data, options, limits);
  if (!result.ok || ignored.length === 0) return result;
  const one = ignored.length === 1;
  const note = {
    message: `${ignored.length} file${one ? '' : 's'} that ${one ? 'is' : 'are'} not JSON or CSV (${ignored.slice(0, 3).join(', ')}${ignored.length > 3 ? ', ...' : ''}) ${one ? 'was' : 'were'} not read.`,
  };
  return { ...result, warnings: [...result.warnings, note] };
}

function fromDataFiles(
  catalogue: Catalogue,
  files: ReadonlyMap<string, Uint8Array>,
  options: ImportAnyOptions,
  limits: ExchangeLimits,
): ImportResult {
  const paths = [...files.keys()];
  if (paths.length === 0) fail(`${nameOf(options)} holds no JSON or CSV files.`);
  const base = (path: string): string => path.split(/[\\/]/).pop() ?? path;
  if (paths.some((path) => base(path) === MANIFEST_FILE))
    return importBundle(catalogue, readBundle(catalogue, files), options);
  if (paths.length === 1) {
    const only = paths[0] as string;
    return fromText(
      catalogue,
      fromUtf8(files.get(only) as Uint8Array, only),
      { ...options, fileName: only },
      limits,
    );
  }
  if (paths.every((path) => /\.csv$/i.test(path)))
    return importBundle(catalogue, readBundle(catalogue, files), options);
  const parsed = paths.map((path) => ({
    path,
    data: parseJson(fromUtf8(files.get(path) as Uint8Array, path), path),
  }));
  if (parsed.every(({ data }) => isObject(data) && Array.isArray(data['result']))) {
    const tableFiles = parsed.map(({ path, data }) => ({
      table: tableOfFile(path),
      file: clip(path, 120),
      data,
    }));
    return importTableApi(catalogue, tableFiles, options);
  }
  if (parsed.every(({ data }) => isObject(data) && Array.isArray(data['records'])))
    return importBundle(catalogue, readBundle(catalogue, files), options);
  return fail(
    `${nameOf(options)} mixes files Mapwright cannot read together; a bundle holds a manifest.json or only {"records"} tables, a Table API export only {"result"} tables.`,
  );
}

function fromText(
  catalogue: Catalogue,
  text: string,
  options: ImportAnyOptions,
  limits: ExchangeLimits,
): ImportResult {
  const where = nameOf(options);
  if (/\.csv$/i.test(options.fileName ?? '')) {
    const table = tableOfFile(options.fileName ?? '');
    if (!table) fail(`${where} is one CSV table; its file name must be the table's (<table>.csv).`);
    const bytes = new Map([[`${table}.csv`, utf8(text)]]);
    return importBundle(catalogue, readBundle(catalogue, bytes), options);
  }
  if (text.trim() === '') fail(`${where} is empty.`);
  return fromJson(catalogue, text, parseJson(text, where), options, limits);
}

/** Any importable input: a zip, or the text (or UTF-8 bytes) of one file. */
/** Errors name the file they are about, once. */
function named(result: ImportResult, options: ImportAnyOptions): ImportResult {
  if (result.ok) {
    if (result.warnings.every((w) => w.message.length <= 2000)) return result;
    return { ...result, warnings: result.warnings.map((w) => ({ ...w, message: clip(w.message, 2000) })) };
  }
  if (!options.fileName) return result;
  const name = nameOf(options);
  return result.error.startsWith(name) ? result : { ok: false, error: `${name}: ${result.error}` };
}

export function importAny(input: Uint8Array | string, options: ImportAnyOptions = {}): ImportResult {
  return named(
    guarded(nameOf(options), () => {
      const catalogue = options.catalogue ?? CATALOGUE;
      const limits = limitsWith(options.limits);
      const where = nameOf(options);
      checkSize(input.length, where, limits);
      if (typeof input !== 'string' && isZip(input)) {
        const files = readZip(input, where, limits);
        return fromFiles(
          catalogue,
          files,
          { ...options, fileName: options.fileName ?? 'bundle.zip' },
          limits,
        );
      }
      const text = typeof input === 'string' ? input : fromUtf8(input, where);
      return fromText(catalogue, text, options, limits);
    }),
    options,
  );
}

/** A set of files (a folder): a bundle, Table API exports, or one file. */
export function importFiles(files: readonly InputFile[], options: ImportAnyOptions = {}): ImportResult {
  return named(
    guarded(nameOf(options), () => {
      const catalogue = options.catalogue ?? CATALOGUE;
      const limits = limitsWith(options.limits);
      checkSize(
        files.reduce((sum, file) => sum + file.bytes.length, 0),
        nameOf(options),
        limits,
      );
      const map = new Map<string, Uint8Array>();
      for (const file of files) {
        if (map.has(file.path)) fail(`${clip(file.path)} is given twice.`);
        map.set(file.path, file.bytes);
      }
      return fromFiles(catalogue, map, options, limits);
    }),
    options,
  );
}
