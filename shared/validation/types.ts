/** Validation findings, rules and results: what the checks panel, canvas badges and export read. */
import type { KindId } from '../csdm/kinds';
import type { Catalogue, Stage } from '../csdm/types';
import type { GraphIndex } from '../graph/graph-index';
import type { Element, Id, Link, ModelDocument } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A machine-readable fix the UI can offer as a button; the finding's `fix`
 * text says the same to users.
 */
export type QuickFix =
  /** Create an offering under this service. */
  | { action: 'add-offering'; elementId: Id }
  /** Pick the parent service of this offering. */
  | { action: 'set-parent'; elementId: Id }
  /** Fill in or change a field; `value` when the right value is known. */
  | { action: 'set-field'; elementId: Id; column: string; value?: string }
  /** Link this element to an element of one of `kinds`, as parent ('in') or child ('out'). */
  | { action: 'add-link'; elementId: Id; direction: 'in' | 'out'; kinds: readonly KindId[] }
  | { action: 'change-link-type'; linkId: Id; type: string }
  | { action: 'delete-link'; linkId: Id }
  | { action: 'rename'; elementId: Id }
  /** Move the element to a table of its kind's family. */
  | { action: 'change-table'; elementId: Id; table: string };

export interface Finding {
  ruleId: string;
  stage: Stage;
  severity: Severity;
  /** The element to focus; for link findings absent, see `linkId`. */
  elementId?: Id;
  linkId?: Id;
  /** What is wrong, naming the element, in the users' words. */
  message: string;
  /** What to do about it. */
  fix: string;
  quickFix?: QuickFix;
}

/** Everything a rule may read. All lookups are indexed: a check costs what it reads, not the model's size. */
export interface RuleContext {
  doc: ModelDocument;
  catalogue: Catalogue;
  graph: GraphIndex;
  /** Elements of `table` whose name matches `name` as IRE would (trimmed, case-insensitive). */
  sameName(table: string, name: string): readonly Id[];
}

/**
 * Which subjects an edit can change the outcome of, given what a check reads.
 * The incremental engine rechecks exactly those; the property tests hold it to
 * the full result.
 */
export type Scope =
  /** Element subjects reading the element and its own links. */
  | { kind: 'element' }
  /** Element subjects also reading the elements at the other end of their links and reference fields. */
  | { kind: 'neighbours' }
  /** Link subjects reading the link and the two elements it joins. */
  | { kind: 'link' }
  /** Element subjects reading the elements of their table with the same name. */
  | { kind: 'same-name' }
  /**
   * Element subjects reading links into them and, through those, their
   * ancestors up to `depth` links away (Infinity: all). `follows` tells which
   * links the check walks.
   */
  | { kind: 'ancestors'; depth: number; follows: (link: Link, parent: Element, ctx: RuleContext) => boolean };

/**
 * The outcome of one check on one subject: findings (empty: passed), or
 * `null` when the rule does not apply to it (it then does not count in scores).
 */
export type Outcome = readonly Finding[] | null;

interface RuleBase {
  /** Stable id, kebab-case: `business-service-without-offering`. */
  id: string;
  stage: Stage;
  severity: Severity;
  /** The dashboard metric, e.g. "Business services with an offering". */
  title: string;
  scope: Scope;
}

export interface ElementRule extends RuleBase {
  subject: 'element';
  /** Only elements of these kinds are subjects (absent: every element). */
  kinds?: readonly KindId[];
  check(ctx: RuleContext, element: Element): Outcome;
}

/** The two elements a link joins, looked up once by the engine; absent when not in the model. */
export interface LinkEnds {
  from: Element | undefined;
  to: Element | undefined;
}

export interface LinkRuleCheck extends RuleBase {
  subject: 'link';
  /** Only links whose parent is of these kinds are subjects (absent: every link, even with a missing parent). */
  fromKinds?: readonly KindId[];
  check(ctx: RuleContext, link: Link, ends: LinkEnds): Outcome;
}

export type Rule = ElementRule | LinkRuleCheck;

/** A score as the CSDM dashboard shows it; `pct` is null when there was nothing to check. */
export interface Score {
  /** Checks made: (rule, subject) pairs the rules apply to. */
  checks: number;
  passed: number;
  pct: number | null;
  band: ScoreBand | null;
}

export type ScoreBand = 'red' | 'yellow' | 'green';

export interface Scores {
  overall: Score;
  byStage: Record<Stage, Score>;
  byRule: Record<string, Score>;
}

export interface ValidationResult {
  /** By rule (in RULES order), then by subject id. */
  findings: Finding[];
  /** Element id -> its findings (link findings are under `byLink`). */
  byElement: Map<Id, Finding[]>;
  byLink: Map<Id, Finding[]>;
  scores: Scores;
}
