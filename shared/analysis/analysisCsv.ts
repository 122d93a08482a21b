/**
 * An analysis as CSV for a spreadsheet or a change record: one row per
 * element reached, with the group it is listed under, its kind, name and
 * ServiceNow table, the offerings a subscriber comes through and how many
 * links away it is.
 */
import type { Catalogue } from '../csdm/types';
import { toCsv } from '../exchange/csv/papa';
import type { Analysis } from './analysisGroups';

export const ANALYSIS_CSV_COLUMNS = ['group', 'kind', 'name', 'table', 'via', 'depth'] as const;

export type AnalysisCsvRow = Record<(typeof ANALYSIS_CSV_COLUMNS)[number], string>;

export function analysisRows(analysis: Analysis, catalogue: Catalogue): AnalysisCsvRow[] {
  return analysis.groups.flatMap((group) =>
    group.entries.map((entry) => ({
      group: group.label,
      kind: Object.hasOwn(catalogue.kinds, entry.element.kind)
        ? catalogue.kinds[entry.element.kind].label
        : entry.element.kind,
      name: entry.element.name,
      table: entry.element.table,
      via: entry.via.map((offering) => offering.name).join('; '),
      depth: String(entry.depth),
    })),
  );
}

/** RFC 4180 text with a header row (CRLF line ends, quoted only where needed). */
export function analysisCsv(analysis: Analysis, catalogue: Catalogue): string {
  const rows = analysisRows(analysis, catalogue);
  return toCsv(
    ANALYSIS_CSV_COLUMNS,
    rows.map((row) => ANALYSIS_CSV_COLUMNS.map((column) => row[column])),
  );
}

/** Characters Windows, macOS or Linux refuse in file names (control characters are dropped separately). */
const UNSAFE_IN_FILE_NAMES = /[<>:"/\\|?*]+/g;

const withoutControlCharacters = (text: string): string =>
  [...text].map((char) => (char.charCodeAt(0) < 32 || char === '\u007f' ? ' ' : char)).join('');

/** "lnx-pay-app-01 impact.csv", "Payroll Processing – EMEA dependencies.csv": safe on every file system. */
export function analysisFileName(analysis: Analysis): string {
  const name = withoutControlCharacters(analysis.source.name)
    .replace(UNSAFE_IN_FILE_NAMES, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 200);
  return `${name || 'element'} ${analysis.mode === 'impact' ? 'impact' : 'dependencies'}.csv`;
}
