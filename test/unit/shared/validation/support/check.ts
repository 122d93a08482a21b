/** Runs the full engine and picks one rule's findings and score. */
import { CATALOGUE } from '../../../../../shared/csdm/catalogue';
import type { ModelDocument } from '../../../../../shared/model/types';
import { validate } from '../../../../../shared/validation/engine';
import type { Finding, Score } from '../../../../../shared/validation/types';

export function findingsOf(doc: ModelDocument, ruleId: string): Finding[] {
  return validate(doc, CATALOGUE).findings.filter((finding) => finding.ruleId === ruleId);
}

export function scoreOf(doc: ModelDocument, ruleId: string): Score | undefined {
  return validate(doc, CATALOGUE).scores.byRule[ruleId];
}
