/**
 * What the Health panel lists, worked out from a validation result without
 * React: findings by stage (Foundation to Fly), then by rule (the dashboard's
 * metrics), most severe and worst-scoring first, each finding with the name
 * of the element or link it is about. Pure, so it is unit-tested.
 */
import { STAGES, type Catalogue, type Stage } from '@shared/csdm';
import type { Element, Id, ModelDocument } from '@shared/model/types';
import {
  RULES,
  type Finding,
  type Rule,
  type Score,
  type Severity,
  type ValidationResult,
} from '@shared/validation';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface HealthItem {
  /** Stable across renders while the finding stays. */
  key: string;
  finding: Finding;
  /** Who the finding is about: the element's name, or "A → B" for a link. */
  subject: string;
  /** The element's kind ("Business service") or "Link: Depends on". */
  subjectKind: string;
  /** The icon of the element's kind (absent for links). */
  icon?: string;
}

export interface HealthRule {
  rule: Rule;
  score: Score;
  /** Findings that pass the severity filter, most severe first, then by subject. */
  items: HealthItem[];
}

export interface HealthStage {
  stage: Stage;
  score: Score;
  /** Rules with findings (after the filter), worst first. */
  failing: HealthRule[];
  /** Rules that checked something here and found nothing. */
  passing: HealthRule[];
  /** Findings shown (after the filter). */
  shown: number;
}

const UNNAMED = '(unnamed)';

function nameOf(element: Element | undefined): string {
  if (!element) return '(missing element)';
  return element.name.trim() || UNNAMED;
}

function subjectOf(
  finding: Finding,
  doc: ModelDocument,
  catalogue: Catalogue,
): Omit<HealthItem, 'key' | 'finding'> {
  if (finding.elementId !== undefined) {
    const element = doc.elements[finding.elementId];
    const kind =
      element && Object.hasOwn(catalogue.kinds, element.kind) ? catalogue.kinds[element.kind] : undefined;
    return {
      subject: nameOf(element),
      subjectKind: kind?.label ?? 'Element',
      ...(kind ? { icon: kind.icon } : {}),
    };
  }
  const link = finding.linkId !== undefined ? doc.links[finding.linkId] : undefined;
  if (!link) return { subject: '(missing link)', subjectKind: 'Link' };
  const type = catalogue.linkTypes[link.type]?.label ?? link.type;
  return {
    subject: `${nameOf(doc.elements[link.from])} → ${nameOf(doc.elements[link.to])}`,
    subjectKind: `Link: ${type}`,
  };
}

function findingKey(finding: Finding): string {
  return `${finding.ruleId}|${finding.elementId ?? ''}|${finding.linkId ?? ''}|${finding.message}`;
}

const byWorst = (a: HealthRule, b: HealthRule): number =>
  RANK[a.rule.severity] - RANK[b.rule.severity] || (a.score.pct ?? 100) - (b.score.pct ?? 100);

/** The panel's stages, in CSDM order, with `severities` the finding severities to show. */
export function healthStages(
  result: ValidationResult,
  doc: ModelDocument,
  catalogue: Catalogue,
  severities: ReadonlySet<Severity>,
): HealthStage[] {
  const byRule = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const list = byRule.get(finding.ruleId);
    if (list) list.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  return STAGES.map((stage) => {
    const failing: HealthRule[] = [];
    const passing: HealthRule[] = [];
    for (const rule of RULES) {
      if (rule.stage !== stage) continue;
      const score = result.scores.byRule[rule.id];
      const findings = byRule.get(rule.id) ?? [];
      if (findings.length === 0) {
        if (score && score.checks > 0) passing.push({ rule, score, items: [] });
        continue;
      }
      const items = findings
        .filter((finding) => severities.has(finding.severity))
        .map((finding): HealthItem => ({
          key: findingKey(finding),
          finding,
          ...subjectOf(finding, doc, catalogue),
        }))
        .sort(
          (a, b) =>
            RANK[a.finding.severity] - RANK[b.finding.severity] ||
            a.subject.localeCompare(b.subject) ||
            a.finding.message.localeCompare(b.finding.message),
        );
      if (items.length > 0)
        failing.push({ rule, score: score ?? { checks: 0, passed: 0, pct: null, band: null }, items });
    }
    failing.sort(byWorst);
    return {
      stage,
      score: result.scores.byStage[stage],
      failing,
      passing,
      shown: failing.reduce((sum, rule) => sum + rule.items.length, 0),
    };
  });
}

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/**
 * A score as the dashboard shows it: a whole percentage, "n/a" with nothing
 * to check. Rounded down, so anything short of every check passing never
 * reads "100%".
 */
export function formatScore(score: Score): string {
  if (score.pct === null) return 'n/a';
  return `${Math.floor(score.pct)}%`;
}

/** "3 of 4 checks passed", "Nothing to check yet". */
export function describeScore(score: Score): string {
  if (score.checks === 0) return 'Nothing to check yet';
  return `${score.passed} of ${score.checks} check${score.checks === 1 ? '' : 's'} passed`;
}

/** The element a finding is about, to focus: its own, or for a link finding none (focus the link). */
export function focusTarget(finding: Finding): { kind: 'element'; id: Id } | { kind: 'link'; id: Id } | null {
  if (finding.elementId !== undefined) return { kind: 'element', id: finding.elementId };
  if (finding.linkId !== undefined) return { kind: 'link', id: finding.linkId };
  return null;
}
