/**
 * Scores as ServiceNow's CSDM dashboard shows them. A check is one (rule,
 * subject) pair: "business service without offering" checks every business
 * service once. A score is the share of checks that pass, in percent; with no
 * checks at all it is `null` (shown as "n/a"), because 100 % of nothing would
 * read as a healthy stage that was never started.
 */
import { STAGES, type Stage } from '../csdm/types';
import type { Rule, Score, ScoreBand, Scores } from './types';

/** Red under 50 %, yellow from 50 % to 90 %, green above 90 %. */
export function scoreBand(pct: number): ScoreBand {
  if (pct < 50) return 'red';
  if (pct <= 90) return 'yellow';
  return 'green';
}

export function score(checks: number, passed: number): Score {
  const pct = checks === 0 ? null : (passed / checks) * 100;
  return { checks, passed, pct, band: pct === null ? null : scoreBand(pct) };
}

export interface RuleTally {
  rule: Rule;
  checks: number;
  passed: number;
}

export function scoresOf(tallies: readonly RuleTally[]): Scores {
  const stageTotals = new Map<Stage, { checks: number; passed: number }>(
    STAGES.map((stage) => [stage, { checks: 0, passed: 0 }]),
  );
  const byRule: Record<string, Score> = {};
  let checks = 0;
  let passed = 0;
  for (const tally of tallies) {
    byRule[tally.rule.id] = score(tally.checks, tally.passed);
    const stage = stageTotals.get(tally.rule.stage);
    if (stage) {
      stage.checks += tally.checks;
      stage.passed += tally.passed;
    }
    checks += tally.checks;
    passed += tally.passed;
  }
  const byStage = Object.fromEntries(
    STAGES.map((stage) => {
      const totals = stageTotals.get(stage) ?? { checks: 0, passed: 0 };
      return [stage, score(totals.checks, totals.passed)];
    }),
  ) as Record<Stage, Score>;
  return { overall: score(checks, passed), byStage, byRule };
}
