/**
 * What would fail to load, before an export is written: validation's errors
 * plus what the target format adds. IRE: a dependent CI without its host
 * (MISSING_DEPENDENCY), CIs of one class with one name (IRE merges them), a
 * relation type CSDM does not allow. Import sets: names that are not unique
 * in their table (references and relationship rows resolve by name),
 * dependent CIs (classic transforms cannot create them through IRE).
 * Both: links no table or field can hold, references to records that are
 * not in the model. The native file holds anything that holds together.
 */
import { fieldOf } from '../../csdm/queries/tables';
import type { Catalogue } from '../../csdm/types';
import { checkInvariants } from '../../model/checkInvariants';
import type { Id, ModelDocument } from '../../model/types';
import { validate } from '../../validation/engine';
import type { Severity, ValidationResult } from '../../validation/types';
import { describeElement } from '../common/kinds';
import { linkExport } from '../common/linkStorage';
import { IRE_LOOKUP_KEY, IRE_RELATED_KEY, looksLikeSysId, SYS_ID_KEY } from '../common/reserved';
import { elementById } from '../common/values';
import { dependentWithoutHost, isDependentCi } from './dependentCi';

export type ExportFormat = 'ire' | 'importset' | 'csv' | 'native';

export interface PreflightIssue {
  severity: Severity;
  /** Validation rule id, or an export check: `missing-dependency`, `duplicate-name`, `link-not-exportable`, ... */
  code: string;
  elementId?: Id;
  linkId?: Id;
  message: string;
}

export interface PreflightOptions {
  /** A validation result of this document the caller already has. */
  validation?: ValidationResult;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

class Issues {
  private readonly list: PreflightIssue[] = [];
  private readonly keys = new Set<string>();

  add(issue: PreflightIssue): void {
    const key = `${issue.code}|${issue.elementId ?? ''}|${issue.linkId ?? ''}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.list.push(issue);
  }

  sorted(): PreflightIssue[] {
    return this.list
      .map((issue, i) => ({ issue, i }))
      .sort((a, b) => RANK[a.issue.severity] - RANK[b.issue.severity] || a.i - b.i)
      .map(({ issue }) => issue);
  }
}

function linkIssues(doc: ModelDocument, catalogue: Catalogue, format: ExportFormat, issues: Issues): void {
  for (const link of Object.values(doc.links)) {
    const from = elementById(doc, link.from);
    const to = elementById(doc, link.to);
    if (!from || !to) continue;
    const how = linkExport(catalogue, doc.settings, link, from, to);
    const label = catalogue.linkTypes[link.type]?.label ?? link.type;
    const between = `“${label}” link from ${describeElement(catalogue, from)} to ${describeElement(catalogue, to)}`;
    if (how.form === 'none') {
      issues.add({
        severity: 'error',
        code: 'link-not-exportable',
        linkId: link.id,
        message: `The ${between} cannot be written: ${how.reason}.`,
      });
    } else if (!how.allowed) {
      const consequence =
        format === 'ire' && how.form === 'relationship'
          ? ' IRE rejects relation types it does not know (INVALID_INPUT_DATA), and CSDM says to use only the relationships it defines.'
          : ' CSDM says to use only the relationships it defines.';
      issues.add({
        severity: 'error',
        code: 'link-not-allowed',
        linkId: link.id,
        message: `The ${between} is not one CSDM allows.${consequence}`,
      });
    }
  }
}

function duplicateNames(
  doc: ModelDocument,
  catalogue: Catalogue,
  format: ExportFormat,
  issues: Issues,
): void {
  const byTable = new Map<string, Id[]>();
  for (const element of Object.values(doc.elements)) {
    const isCi = catalogue.kinds[element.kind].isCi;
    if ((format === 'ire' && !isCi) || element.name.trim() === '') continue;
    const key = `${element.table}\u0000${element.name.trim().toLowerCase()}`;
    const list = byTable.get(key);
    if (list) list.push(element.id);
    else byTable.set(key, [element.id]);
  }
  for (const ids of byTable.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) {
      const element = doc.elements[id];
      if (!element) continue;
      const isCi = catalogue.kinds[element.kind].isCi;
      const why =
        format === 'ire'
          ? 'IRE identifies these CIs by name and would merge them into one record'
          : 'the transform resolves references and relationship rows by name and could pick either';
      issues.add({
        severity: isCi ? 'error' : 'warning',
        code: 'duplicate-name',
        elementId: id,
        message: `${describeElement(catalogue, element)} has the same name as ${ids.length - 1 === 1 ? 'another record' : `${ids.length - 1} other records`} in ${element.table}: ${why}.`,
      });
    }
  }
}

function parsesAsList(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

function referenceIssues(
  doc: ModelDocument,
  catalogue: Catalogue,
  format: ExportFormat,
  issues: Issues,
): void {
  for (const element of Object.values(doc.elements)) {
    if (format === 'ire' && !catalogue.kinds[element.kind].isCi) continue;
    for (const [column, value] of Object.entries(element.attributes)) {
      if (column === IRE_LOOKUP_KEY || column === IRE_RELATED_KEY) {
        if (format === 'ire' && !parsesAsList(value))
          issues.add({
            severity: 'warning',
            code: 'ire-entries-unreadable',
            elementId: element.id,
            message: `The kept IRE ${column === IRE_LOOKUP_KEY ? 'lookup' : 'related'} entries of ${describeElement(catalogue, element)} are not readable and are left out.`,
          });
        continue;
      }
      if (column === SYS_ID_KEY || fieldOf(catalogue, element.kind, column)?.type !== 'reference') continue;
      if (elementById(doc, value)) continue;
      if (format === 'ire' && looksLikeSysId(value)) continue;
      const what = `${describeElement(catalogue, element)}: ${column} refers to “${value.slice(0, 80)}”, a record that is not in the model`;
      issues.add({
        severity: 'warning',
        code: 'missing-reference',
        elementId: element.id,
        message:
          format === 'ire'
            ? `${what}; it is left out of the IRE payload.`
            : `${what}; the load finds it only if the instance already has a record of that name.`,
      });
    }
  }
}

function formatIssues(doc: ModelDocument, catalogue: Catalogue, format: ExportFormat, issues: Issues): void {
  const unhosted = dependentWithoutHost(doc, catalogue);
  for (const element of unhosted) {
    issues.add({
      severity: format === 'ire' ? 'error' : 'warning',
      code: 'missing-dependency',
      elementId: element.id,
      message: `${describeElement(catalogue, element)} is a dependent CI with no “Runs on” host: IRE identifies it only with a Runs on::Runs relation to its host in the same payload (MISSING_DEPENDENCY).`,
    });
  }
  if (format !== 'ire') {
    const dependent = Object.values(doc.elements).filter(isDependentCi).length;
    if (dependent > 0)
      issues.add({
        severity: 'warning',
        code: 'dependent-ci-in-import-set',
        message: `${dependent} dependent CIs (applications, database instances): classic import-set transforms cannot create them through IRE; load them with the IRE payload.`,
      });
    return;
  }
  const notCis = Object.values(doc.elements).filter((e) => !catalogue.kinds[e.kind].isCi).length;
  if (notCis > 0)
    issues.add({
      severity: 'info',
      code: 'not-in-ire',
      message: `${notCis} records are not CIs (Foundation, portfolio, commitments); they, memberships and subscriptions travel in the import-set bundle, not the IRE payload.`,
    });
}

export function preflight(
  doc: ModelDocument,
  catalogue: Catalogue,
  format: ExportFormat,
  options: PreflightOptions = {},
): PreflightIssue[] {
  const issues = new Issues();
  if (format === 'native') {
    for (const problem of checkInvariants(doc, catalogue, { structuralOnly: true }))
      issues.add({
        severity: 'error',
        code: 'structure',
        message: `The model does not hold together: ${problem}.`,
      });
    return issues.sorted();
  }
  const validation = options.validation ?? validate(doc, catalogue);
  for (const finding of validation.findings) {
    if (finding.severity !== 'error') continue;
    const issue: PreflightIssue = { severity: 'error', code: finding.ruleId, message: finding.message };
    if (finding.elementId !== undefined) issue.elementId = finding.elementId;
    if (finding.linkId !== undefined) issue.linkId = finding.linkId;
    issues.add(issue);
  }
  linkIssues(doc, catalogue, format, issues);
  duplicateNames(doc, catalogue, format, issues);
  referenceIssues(doc, catalogue, format, issues);
  formatIssues(doc, catalogue, format, issues);
  return issues.sorted();
}
