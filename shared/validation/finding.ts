/** Builds findings so every rule fills in rule id, stage and severity the same way. */
import type { Element, Link } from '../model/types';
import type { Finding, QuickFix, Rule } from './types';

/** The outcome of a passing check: one shared, frozen empty list, since most checks pass. */
export const PASS: readonly Finding[] = Object.freeze([]);

type RuleFacts = Pick<Rule, 'id' | 'stage' | 'severity'>;

export function elementFinding(
  rule: RuleFacts,
  element: Element,
  message: string,
  fix: string,
  quickFix?: QuickFix,
): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    stage: rule.stage,
    severity: rule.severity,
    elementId: element.id,
    message,
    fix,
  };
  if (quickFix) finding.quickFix = quickFix;
  return finding;
}

export function linkFinding(
  rule: RuleFacts,
  link: Link,
  message: string,
  fix: string,
  quickFix?: QuickFix,
): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    stage: rule.stage,
    severity: rule.severity,
    linkId: link.id,
    message,
    fix,
  };
  if (quickFix) finding.quickFix = quickFix;
  return finding;
}
