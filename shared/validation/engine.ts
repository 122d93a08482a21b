/**
 * Runs the rules over a document. `validate` checks everything;
 * `validateIncremental` rechecks only the subjects an edit can affect (see
 * affected.ts) and always equals `validate` on the new document.
 *
 * The engine keeps its indexes, check counts and failing subjects with each
 * result it returns (in a WeakMap, so results stay plain data). An
 * incremental run moves that state forward to the new document and hands it
 * to the new result; passing checks are counted, not stored, so their old
 * outcome is recomputed on the old document for the few subjects an edit
 * touches. A result whose state has moved on (an older result, as after undo
 * and a new edit), another catalogue or another CSDM version falls back to a
 * full run.
 */
import type { KindId } from '../csdm/kinds';
import type { Catalogue } from '../csdm/types';
import { elementIn } from '../graph/graph-index';
import type { DocumentDiff } from '../model/diffDocuments';
import type { Id, Link, ModelDocument } from '../model/types';
import { AffectedSets } from './affected';
import { advanceIndexes, buildIndexes, contextOf, type Indexes } from './context';
import { changesFromDiff, docChanges, type DocChanges } from './doc-changes';
import { RULES } from './rules/index';
import { scoresOf } from './scores';
import { compareIds, insertSorted, removeSorted } from './sorted-ids';
import type {
  ElementRule,
  Finding,
  LinkEnds,
  LinkRuleCheck,
  Outcome,
  Rule,
  RuleContext,
  ValidationResult,
} from './types';

interface RuleState {
  rule: Rule;
  /** Subjects the rule applied to. */
  checks: number;
  /** Failing subjects -> their findings. */
  failing: Map<Id, readonly Finding[]>;
  /** The failing subjects' ids, sorted: the order findings are listed in. */
  order: Id[];
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

export interface IncrementalOptions {
  /** The edit's diffDocuments result when the caller already has it (autosave does): saves a pass over the model. */
  diff?: DocumentDiff;
}

const states = new WeakMap<ValidationResult, EngineState>();

function applies(rule: ElementRule, kind: KindId): boolean {
  return !rule.kinds || rule.kinds.includes(kind);
}

function checkLink(rule: LinkRuleCheck, ctx: RuleContext, link: Link, ends: LinkEnds): Outcome {
  if (rule.fromKinds && (!ends.from || !rule.fromKinds.includes(ends.from.kind))) return null;
  return rule.check(ctx, link, ends);
}

function endsOf(ctx: RuleContext, link: Link): LinkEnds {
  return { from: ctx.graph.element(link.from), to: ctx.graph.element(link.to) };
}

function evaluate(rule: Rule, ctx: RuleContext, id: Id): Outcome {
  if (rule.subject === 'link') {
    const link = Object.hasOwn(ctx.doc.links, id) ? ctx.doc.links[id] : undefined;
    return link ? checkLink(rule, ctx, link, endsOf(ctx, link)) : null;
  }
  const element = elementIn(ctx.doc.elements, id);
  return element && applies(rule, element.kind) ? rule.check(ctx, element) : null;
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
  for (const { failing, order } of state.rules) {
    for (const id of order) {
      for (const finding of failing.get(id) ?? []) {
        findings.push(finding);
        if (finding.elementId !== undefined) file(byElement, finding.elementId, finding);
        if (finding.linkId !== undefined) file(byLink, finding.linkId, finding);
      }
    }
  }
  const scores = scoresOf(
    state.rules.map(({ rule, checks, order }) => ({ rule, checks, passed: checks - order.length })),
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
  const indexes = buildIndexes(doc);
  const ctx = contextOf(doc, catalogue, indexes);
  const ruleStates: RuleState[] = rules.map((rule) => ({ rule, checks: 0, failing: new Map(), order: [] }));
  const record = (state: RuleState, id: Id, outcome: Outcome): void => {
    if (!outcome) return;
    state.checks++;
    if (outcome.length === 0) return;
    state.failing.set(id, outcome);
    state.order.push(id);
  };

  // Element rules by kind, so each element meets only the rules that apply to it.
  const elementRules: { state: RuleState; rule: ElementRule }[] = [];
  const linkRules: { state: RuleState; rule: LinkRuleCheck }[] = [];
  for (const state of ruleStates) {
    if (state.rule.subject === 'element') elementRules.push({ state, rule: state.rule });
    else linkRules.push({ state, rule: state.rule });
  }
  const byKind = new Map<KindId, typeof elementRules>();
  const rulesFor = (kind: KindId): typeof elementRules => {
    let list = byKind.get(kind);
    if (!list) {
      list = elementRules.filter(({ rule }) => applies(rule, kind));
      byKind.set(kind, list);
    }
    return list;
  };
  for (const id in doc.elements) {
    const element = doc.elements[id];
    if (!element) continue;
    for (const { state, rule } of rulesFor(element.kind)) record(state, id, rule.check(ctx, element));
  }
  for (const id in doc.links) {
    const link = doc.links[id];
    if (!link) continue;
    const ends = endsOf(ctx, link);
    for (const { state, rule } of linkRules) record(state, id, checkLink(rule, ctx, link, ends));
  }

  for (const state of ruleStates) state.order.sort(compareIds);
  return resultOf({ doc, catalogue, indexes, rules: ruleStates });
}

/** Each rule's subjects an edit may affect: read on the old document and on the new one. */
function affectedSubjects(
  state: EngineState,
  prevDoc: ModelDocument,
  nextDoc: ModelDocument,
  changes: DocChanges,
): Set<Id>[] {
  const { catalogue, indexes } = state;
  const before = new AffectedSets(
    { doc: prevDoc, ctx: contextOf(prevDoc, catalogue, indexes), names: indexes.names },
    changes,
  );
  const affected = state.rules.map((ruleState) => new Set(before.of(ruleState.rule.scope)));
  advanceIndexes(indexes, prevDoc, nextDoc, changes);
  const after = new AffectedSets(
    { doc: nextDoc, ctx: contextOf(nextDoc, catalogue, indexes), names: indexes.names },
    changes,
  );
  state.rules.forEach((ruleState, i) => {
    for (const id of after.of(ruleState.rule.scope)) affected[i]?.add(id);
  });
  return affected;
}

export function validateIncremental(
  prevResult: ValidationResult,
  prevDoc: ModelDocument,
  nextDoc: ModelDocument,
  catalogue: Catalogue,
  options: IncrementalOptions = {},
): ValidationResult {
  const state = states.get(prevResult);
  if (
    !state ||
    state.doc !== prevDoc ||
    state.catalogue !== catalogue ||
    prevDoc.settings.csdmVersion !== nextDoc.settings.csdmVersion
  ) {
    return validate(nextDoc, catalogue, state ? { rules: state.rules.map((s) => s.rule) } : {});
  }
  // The state now belongs to the result this call returns; should a rule throw halfway, no result points at it.
  states.delete(prevResult);
  const changes = options.diff ? changesFromDiff(options.diff) : docChanges(prevDoc, nextDoc);
  const affected = affectedSubjects(state, prevDoc, nextDoc, changes);

  // Which affected subjects were checked at all before the edit: the indexes step back for that.
  advanceIndexes(state.indexes, nextDoc, prevDoc, changes);
  const before = contextOf(prevDoc, catalogue, state.indexes);
  const wasChecked = state.rules.map((ruleState, i) => {
    const checked = new Set<Id>();
    for (const id of affected[i] ?? []) {
      if (ruleState.failing.has(id) || evaluate(ruleState.rule, before, id)) checked.add(id);
    }
    return checked;
  });

  advanceIndexes(state.indexes, prevDoc, nextDoc, changes);
  const after = contextOf(nextDoc, catalogue, state.indexes);
  state.rules.forEach((ruleState, i) => {
    const checked = wasChecked[i] ?? new Set<Id>();
    for (const id of affected[i] ?? []) {
      const outcome = evaluate(ruleState.rule, after, id);
      ruleState.checks += (outcome ? 1 : 0) - (checked.has(id) ? 1 : 0);
      if (ruleState.failing.delete(id)) removeSorted(ruleState.order, id);
      if (outcome && outcome.length > 0) {
        ruleState.failing.set(id, outcome);
        insertSorted(ruleState.order, id);
      }
    }
  });

  state.doc = nextDoc;
  return resultOf(state);
}
