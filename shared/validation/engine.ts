/**
 * Runs the rules over a document. `validate` checks everything;
 * `validateIncremental` rechecks only the subjects an edit can affect (see
 * affected.ts) and must always equal `validate` on the new document.
 *
 * The engine keeps its indexes and per-subject outcomes with each result it
 * returns (in a WeakMap, so results stay plain data). An incremental run moves
 * that state forward to the new document and hands it to the new result; a
 * result whose state has moved on, or a different catalogue or CSDM version,
 * falls back to a full run. That keeps a 50k-element model cheap to recheck
 * on every edit.
 */
import type { KindId } from '../csdm/kinds';
import type { Catalogue } from '../csdm/types';
import { elementIn } from '../graph/graph-index';
import type { Id, ModelDocument } from '../model/types';
import { AffectedSets, type Phase } from './affected';
import { advanceIndexes, buildIndexes, contextOf, type Indexes } from './context';
import { docChanges } from './doc-changes';
import { RULES } from './rules/index';
import { scoresOf } from './scores';
import { compareIds, insertSorted, removeSorted } from './sorted-ids';
import type {
  ElementRule,
  Finding,
  LinkRuleCheck,
  Outcome,
  Rule,
  RuleContext,
  ValidationResult,
} from './types';

interface RuleState {
  rule: Rule;
  /** Subjects the rule applies to -> their findings (empty: passed). */
  outcomes: Map<Id, Finding[]>;
  /** Subjects with findings, sorted by id. */
  failing: Id[];
}

interface EngineState {
  doc: ModelDocument;
  catalogue: Catalogue;
  indexes: Indexes;
  rules: RuleState[];
}

export interface ValidateOptions {
  /** The rules to run; all of RULES unless given. */
  rules?: readonly Rule[];
}

const states = new WeakMap<ValidationResult, EngineState>();

function evaluate(rule: Rule, ctx: RuleContext, id: Id): Outcome {
  if (rule.subject === 'link') {
    const link = Object.hasOwn(ctx.doc.links, id) ? ctx.doc.links[id] : undefined;
    return link ? rule.check(ctx, link) : null;
  }
  const element = elementIn(ctx.doc.elements, id);
  if (!element || (rule.kinds && !rule.kinds.includes(element.kind))) return null;
  return rule.check(ctx, element);
}

function resultOf(state: EngineState): ValidationResult {
  const findings: Finding[] = [];
  const byElement = new Map<Id, Finding[]>();
  const byLink = new Map<Id, Finding[]>();
  const file = (map: Map<Id, Finding[]>, id: Id, finding: Finding): void => {
    const list = map.get(id);
    if (list) list.push(finding);
    else map.set(id, [finding]);
  };
  for (const { outcomes, failing } of state.rules) {
    for (const id of failing) {
      for (const finding of outcomes.get(id) ?? []) {
        findings.push(finding);
        if (finding.elementId !== undefined) file(byElement, finding.elementId, finding);
        if (finding.linkId !== undefined) file(byLink, finding.linkId, finding);
      }
    }
  }
  const scores = scoresOf(
    state.rules.map(({ rule, outcomes, failing }) => ({
      rule,
      checks: outcomes.size,
      passed: outcomes.size - failing.length,
    })),
  );
  const result: ValidationResult = { findings, byElement, byLink, scores };
  states.set(result, state);
  return result;
}

export function validate(
  doc: ModelDocument,
  catalogue: Catalogue,
  options: ValidateOptions = {},
): ValidationResult {
  const rules = options.rules ?? RULES;
  const indexes = buildIndexes(doc, catalogue);
  const ctx = contextOf(doc, catalogue, indexes);
  const states = new Map<Rule, RuleState>(
    rules.map((rule) => [rule, { rule, outcomes: new Map(), failing: [] }]),
  );
  const record = (rule: Rule, id: Id, outcome: Outcome): void => {
    if (!outcome) return;
    const state = states.get(rule);
    if (!state) return;
    state.outcomes.set(id, outcome);
    if (outcome.length > 0) state.failing.push(id);
  };

  // Rules by kind, so each element meets only the rules that apply to it.
  const elementRules = rules.filter((rule): rule is ElementRule => rule.subject === 'element');
  const byKind = new Map<KindId, ElementRule[]>();
  const rulesFor = (kind: KindId): ElementRule[] => {
    let list = byKind.get(kind);
    if (!list) {
      list = elementRules.filter((rule) => !rule.kinds || rule.kinds.includes(kind));
      byKind.set(kind, list);
    }
    return list;
  };
  for (const id in doc.elements) {
    const element = doc.elements[id];
    if (element) for (const rule of rulesFor(element.kind)) record(rule, id, rule.check(ctx, element));
  }
  const linkRules = rules.filter((rule): rule is LinkRuleCheck => rule.subject === 'link');
  for (const id in doc.links) {
    const link = doc.links[id];
    if (link) for (const rule of linkRules) record(rule, id, rule.check(ctx, link));
  }

  for (const state of states.values()) state.failing.sort(compareIds);
  return resultOf({ doc, catalogue, indexes, rules: [...states.values()] });
}

/** Recheck one rule's subjects in `ids` against the new document. */
function recheck(state: RuleState, ctx: RuleContext, ids: Iterable<Id>): void {
  for (const id of ids) {
    const before = state.outcomes.get(id);
    const after = evaluate(state.rule, ctx, id);
    if (before && before.length > 0) removeSorted(state.failing, id);
    if (after) {
      state.outcomes.set(id, after);
      if (after.length > 0) insertSorted(state.failing, id);
    } else {
      state.outcomes.delete(id);
    }
  }
}

export function validateIncremental(
  prevResult: ValidationResult,
  prevDoc: ModelDocument,
  nextDoc: ModelDocument,
  catalogue: Catalogue,
): ValidationResult {
  const state = states.get(prevResult);
  const rules = state?.rules.map((ruleState) => ruleState.rule);
  if (
    !state ||
    state.doc !== prevDoc ||
    state.catalogue !== catalogue ||
    prevDoc.settings.csdmVersion !== nextDoc.settings.csdmVersion
  ) {
    return validate(nextDoc, catalogue, rules ? { rules } : {});
  }
  const changes = docChanges(prevDoc, nextDoc);

  // What each rule may need to recheck, read on the old document before its indexes move on...
  const before: Phase = {
    doc: prevDoc,
    ctx: contextOf(prevDoc, catalogue, state.indexes),
    names: state.indexes.names,
  };
  const beforeSets = new AffectedSets(before, changes);
  const affected = state.rules.map((ruleState) => new Set(beforeSets.of(ruleState.rule.scope)));

  // ...and on the new one.
  advanceIndexes(state.indexes, prevDoc, nextDoc, changes);
  const ctx = contextOf(nextDoc, catalogue, state.indexes);
  const afterSets = new AffectedSets({ doc: nextDoc, ctx, names: state.indexes.names }, changes);
  state.rules.forEach((ruleState, i) => {
    const ids = affected[i] ?? new Set<Id>();
    for (const id of afterSets.of(ruleState.rule.scope)) ids.add(id);
    recheck(ruleState, ctx, ids);
  });

  state.doc = nextDoc;
  return resultOf(state);
}
