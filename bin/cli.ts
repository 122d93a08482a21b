/**
 * The command line: validate and export model files headlessly, for
 * pipelines, with the same shared/ code the editor runs.
 *
 *   mapwright validate <file|folder> [--csdm 4|5] [--json]
 *   mapwright export <file|folder> --format ire|importset|csv|native --out <path> [--strict] [--csdm 4|5]
 *
 * Exit codes: 0 done (no validation errors), 1 errors found (validate) or
 * pre-flight errors under --strict (export), 2 unreadable input or bad usage.
 * Messages are one line on stderr; no stack traces.
 */
import { parseArgs } from 'node:util';
import { CATALOGUE } from '../shared/csdm/catalogue';
import {
  DEFAULT_LIMITS,
  exportCsv,
  exportImportSet,
  exportIre,
  importAny,
  importFiles,
  preflight,
  saveNative,
  sizeInWords,
  zipFiles,
  type ExportFile,
  type ExportFormat,
  type ImportResult,
  type PreflightIssue,
} from '../shared/exchange';
import type { CsdmVersion, ModelDocument } from '../shared/model/types';
import { validate } from '../shared/validation/engine';
import { nodeIo, type CliIo } from './io';

declare const __MAPWRIGHT_VERSION__: string | undefined;
const VERSION = typeof __MAPWRIGHT_VERSION__ === 'string' ? __MAPWRIGHT_VERSION__ : 'dev';

export const USAGE = `Mapwright ${VERSION}: CSDM service maps for ServiceNow

Usage:
  mapwright validate <file|folder> [--csdm 4|5] [--json]
  mapwright export <file|folder> --format ire|importset|csv|native --out <path> [--strict] [--csdm 4|5]
  mapwright --help | --version

<file|folder> is any file Mapwright imports: a model (*.csdm.json), an IRE
payload, an import-set or CSV bundle (zip or folder), or Table API exports.

validate   prints CSDM findings; --json prints
           {"format","elements":{kind:count},"links":{type:count},"findings":[...]}.
export     writes ire (JSON), native (*.csdm.json), or importset / csv bundles
           (a zip when --out ends in .zip, else a folder). Pre-flight problems
           are printed; --strict writes nothing when any is an error.
--csdm     the target CSDM version to check against (default: the model's).

Exit codes: 0 no errors, 1 errors found (or pre-flight errors with --strict),
2 unreadable input or bad usage.
`;

class UsageError extends Error {}
class InputFailure extends Error {}

const FORMATS: readonly ExportFormat[] = ['ire', 'importset', 'csv', 'native'];
const MAX_LISTED = 20;

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Refuses input over the import limit before reading any of it. */
function checkSize(path: string, size: number): void {
  if (size > DEFAULT_LIMITS.maxInputBytes)
    throw new InputFailure(
      `${path} is ${sizeInWords(size)}, over the import limit of ${sizeInWords(DEFAULT_LIMITS.maxInputBytes)}; it was not read.`,
    );
}

function load(io: CliIo, path: string): ImportResult {
  const kind = io.kind(path);
  if (kind === undefined) throw new InputFailure(`${path}: no such file or folder.`);
  if (kind === 'file') {
    checkSize(path, io.size(path));
    return importAny(io.readFile(path), { fileName: path });
  }
  const paths = io.listFiles(path);
  if (paths.length > DEFAULT_LIMITS.maxEntries)
    throw new InputFailure(`${path} holds more than ${DEFAULT_LIMITS.maxEntries} files.`);
  let total = 0;
  for (const file of paths) total += io.size(io.join(path, file));
  checkSize(path, total);
  return importFiles(
    paths.map((file) => ({ path: file, bytes: io.readFile(io.join(path, file)) })),
    { fileName: path },
  );
}

function withVersion(doc: ModelDocument, csdm: CsdmVersion | undefined): ModelDocument {
  return csdm === undefined || csdm === doc.settings.csdmVersion
    ? doc
    : { ...doc, settings: { ...doc.settings, csdmVersion: csdm } };
}

function counts(values: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const value of values) out[value] = (out[value] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function listCapped(io: CliIo, lines: string[]): void {
  for (const line of lines.slice(0, MAX_LISTED)) io.stderr(`${line}\n`);
  if (lines.length > MAX_LISTED) io.stderr(`... and ${lines.length - MAX_LISTED} more\n`);
}

function importOrFail(io: CliIo, path: string): ModelDocument {
  const result = load(io, path);
  if (!result.ok) throw new InputFailure(result.error);
  listCapped(
    io,
    result.warnings.map((w) => `warning: ${oneLine(w.message)}`),
  );
  return result.doc;
}

function parseCsdm(value: string | undefined): CsdmVersion | undefined {
  if (value === undefined) return undefined;
  if (value === '4' || value === '5') return Number(value) as CsdmVersion;
  throw new UsageError(`--csdm must be 4 or 5, not "${value}".`);
}

function runValidate(io: CliIo, args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { csdm: { type: 'string' }, json: { type: 'boolean' } },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('validate takes one file or folder.');
  const csdm = parseCsdm(values.csdm);
  const result = load(io, file);
  if (!result.ok) throw new InputFailure(result.error);
  const doc = withVersion(result.doc, csdm);
  const findings = validate(doc, CATALOGUE).findings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  listCapped(
    io,
    result.warnings.map((w) => `warning: ${oneLine(w.message)}`),
  );
  if (values.json) {
    const report = {
      format: result.format,
      elements: counts(Object.values(doc.elements).map((e) => e.kind)),
      links: counts(Object.values(doc.links).map((l) => l.type)),
      findings: findings.map((f) => ({
        rule: f.ruleId,
        severity: f.severity,
        element: f.elementId ?? f.linkId ?? null,
        message: f.message,
      })),
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const elements = Object.keys(doc.elements).length;
    const links = Object.keys(doc.links).length;
    io.stdout(
      `${file}: ${result.format}, ${elements} elements, ${links} links, CSDM ${doc.settings.csdmVersion}\n`,
    );
    for (const f of findings) io.stdout(`${f.severity.padEnd(7)} ${f.ruleId}: ${oneLine(f.message)}\n`);
    const by = (s: string): number => findings.filter((f) => f.severity === s).length;
    io.stdout(`${errors} errors, ${by('warning')} warnings, ${by('info')} notes\n`);
  }
  return errors > 0 ? 1 : 0;
}

function issueLine(issue: PreflightIssue): string {
  return `${issue.severity}: ${oneLine(issue.message)}`;
}

function bundleFiles(doc: ModelDocument, format: 'importset' | 'csv'): ExportFile[] {
  return (format === 'csv' ? exportCsv : exportImportSet)(doc, CATALOGUE).files;
}

function runExport(io: CliIo, args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      strict: { type: 'boolean' },
      csdm: { type: 'string' },
    },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('export takes one file or folder.');
  const format = values.format as ExportFormat | undefined;
  if (!format || !FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
  const out = values.out;
  if (!out) throw new UsageError('--out names where to write.');
  const csdm = parseCsdm(values.csdm);
  const zip = out.toLowerCase().endsWith('.zip');
  const single = format === 'ire' || format === 'native';
  if (single && io.kind(out) === 'dir')
    throw new InputFailure(`${out} is a folder; give a file name for the ${format} output.`);
  if (!single && !zip && io.kind(out) === 'file')
    throw new InputFailure(`${out} is a file; name a folder, or a path ending in .zip.`);

  const doc = withVersion(importOrFail(io, file), csdm);
  const issues = preflight(doc, CATALOGUE, format);
  const errors = issues.filter((i) => i.severity === 'error').length;
  listCapped(io, issues.map(issueLine));
  if (values.strict && errors > 0) {
    io.stderr(
      `mapwright: pre-flight found ${errors} error${errors === 1 ? '' : 's'}; nothing was written (--strict).\n`,
    );
    return 1;
  }

  if (single) {
    const text =
      format === 'ire' ? `${JSON.stringify(exportIre(doc, CATALOGUE), null, 2)}\n` : saveNative(doc);
    io.writeFile(out, text);
    io.stdout(`Wrote the ${format === 'ire' ? 'IRE payload' : 'model'} to ${out}\n`);
    return 0;
  }
  const files = bundleFiles(doc, format);
  if (zip) {
    io.writeFile(out, zipFiles(files));
  } else {
    io.mkdirp(out);
    for (const f of files) io.writeFile(io.join(out, f.path), f.bytes);
  }
  io.stdout(
    `Wrote the ${format === 'csv' ? 'CSV' : 'import-set'} bundle (${files.length - 1} tables) to ${out}${zip ? '' : '/'}\n`,
  );
  return 0;
}

/** Runs one command; returns the exit code. Nothing escapes: every failure is one line on stderr. */
export function main(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.stderr(USAGE);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(USAGE);
      return 0;
    }
    if (command === 'validate') return runValidate(io, rest);
    if (command === 'export') return runExport(io, rest);
    throw new UsageError(`unknown command "${command}"; try mapwright --help.`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof InputFailure) io.stderr(`mapwright: ${oneLine(message)}\n`);
    else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      io.stderr(`mapwright: ${oneLine(message)} (mapwright --help shows the usage)\n`);
    else io.stderr(`mapwright: ${oneLine(message) || 'something went wrong'}\n`);
    return 2;
  }
}

/** The process entry (bin/mapwright.mjs calls it). */
export function run(argv: readonly string[] = process.argv.slice(2)): number {
  return main(argv, nodeIo());
}
