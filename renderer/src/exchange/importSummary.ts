/**
 * What users are told after an import: the format, what came in, and the
 * importer's warnings grouped into a few plain sentences ("3 links of types
 * CSDM does not allow were kept and flagged"), with the full list kept for
 * those who want it. Pure.
 */
import { CATALOGUE } from '@shared/csdm';
import type { Catalogue } from '@shared/csdm/types';
import type { ImportFormat, ImportWarning } from '@shared/exchange';
import type { ModelDocument } from '@shared/model/types';

export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  native: 'Mapwright model',
  ire: 'IRE payload',
  importset: 'import-set bundle',
  csv: 'CSV bundle',
  tableapi: 'Table API export',
};

export interface ImportSummary {
  /** "49 elements, 45 links". */
  counts: string;
  /** Grouped sentences, most important first; empty when there is nothing to say. */
  points: string[];
  /** Every warning of the importer, in its order. */
  warnings: ImportWarning[];
}

const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;

interface Group {
  test: (warning: ImportWarning) => boolean;
  say: (count: number) => string;
}

const GROUPS: readonly Group[] = [
  {
    test: (w) => /CSDM (does not allow|allows)/.test(w.message),
    say: (n) =>
      `${plural(n, 'link')} of types CSDM does not allow ${n === 1 ? 'was' : 'were'} kept and flagged; validation lists ${n === 1 ? 'it' : 'them'}.`,
  },
  {
    test: (w) => /has no name\.$/.test(w.message),
    say: (n) => `${plural(n, 'record')} without a name ${n === 1 ? 'was' : 'were'} kept unnamed.`,
  },
  {
    test: (w) => /kept as text\.$/.test(w.message),
    say: (n) =>
      `${plural(n, 'reference')} to records not in the file ${n === 1 ? 'was' : 'were'} kept as text.`,
  },
  {
    test: (w) => /cannot be kept and was left out\.$/.test(w.message),
    say: (n) => `${plural(n, 'column')} that cannot be kept ${n === 1 ? 'was' : 'were'} left out.`,
  },
  {
    test: (w) => /(was|were) not read\.$/.test(w.message),
    say: (n) =>
      `${plural(n, 'row or file', 'rows or files')} could not be placed and ${n === 1 ? 'was' : 'were'} not read.`,
  },
];

export function summarizeImport(
  doc: ModelDocument,
  warnings: readonly ImportWarning[],
  format: ImportFormat,
  catalogue: Catalogue = CATALOGUE,
): ImportSummary {
  const elements = Object.values(doc.elements);
  const counts = `${plural(elements.length, 'element')}, ${plural(Object.keys(doc.links).length, 'link')}`;
  const points: string[] = [];
  const counted = new Set<ImportWarning>();
  for (const group of GROUPS) {
    const matching = warnings.filter((w) => !counted.has(w) && group.test(w));
    if (matching.length === 0) continue;
    matching.forEach((w) => counted.add(w));
    points.push(group.say(matching.length));
  }
  const rest = warnings.length - counted.size;
  if (rest > 0) points.push(`${plural(rest, 'other note')}: see the list below.`);
  // A model file had its generic CIs already; from ServiceNow formats they are news.
  const generic =
    format === 'native'
      ? []
      : elements.filter((e) => e.kind === 'generic_ci' && e.table !== catalogue.kinds.generic_ci.tables[0]);
  if (generic.length > 0) {
    const tables = [...new Set(generic.map((e) => e.table))].sort();
    const named = tables.slice(0, 4).join(', ') + (tables.length > 4 ? ', …' : '');
    points.push(
      `${plural(generic.length, 'record')} of classes Mapwright does not know (${named}) ${generic.length === 1 ? 'was' : 'were'} kept as generic CIs, with ${generic.length === 1 ? 'its' : 'their'} table.`,
    );
  }
  return { counts, points, warnings: [...warnings] };
}
