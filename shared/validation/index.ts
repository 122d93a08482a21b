/** CSDM validation: rules, the engine, scores. */
export type {
  ElementRule,
  Finding,
  LinkEnds,
  LinkRuleCheck,
  Outcome,
  QuickFix,
  Rule,
  RuleContext,
  Scope,
  Score,
  ScoreBand,
  Scores,
  Severity,
  ValidationResult,
} from './types';
export { validate, validateIncremental, type IncrementalOptions, type ValidateOptions } from './engine';
export { scoreBand, score } from './scores';
export { RULES } from './rules/index';
export { ruleContext } from './context';
export { LIFECYCLE_AGREEMENT, type StatusAgreement } from './lifecycle-agreement';
