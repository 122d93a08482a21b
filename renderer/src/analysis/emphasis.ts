/**
 * How the canvas marks an analysis and the stage filter: CSS classes per node
 * and per edge, worked out from plain data. The node and edge derivers compare
 * the class strings, so turning an analysis on or off gives new objects only
 * to the nodes and edges whose class changed; every other node keeps its
 * identity (and the memoised node views do not render again).
 */
import { CATALOGUE, type Stage } from '@shared/csdm';
import type { Element, Id, Link } from '@shared/model/types';

export interface Emphasis {
  /** The analysis on the canvas: its element, everything it reaches and the links it travels along. */
  analysis: { source: Id; elements: ReadonlySet<Id>; links: ReadonlySet<Id> } | null;
  /** Elements of other stages fade. */
  stage: Stage | null;
}

export const NO_EMPHASIS: Emphasis = { analysis: null, stage: null };

export function isEmphasised(emphasis: Emphasis): boolean {
  return emphasis.analysis !== null || emphasis.stage !== null;
}

function stageOf(element: Element | undefined): Stage | undefined {
  return element && Object.hasOwn(CATALOGUE.kinds, element.kind)
    ? CATALOGUE.kinds[element.kind].stage
    : undefined;
}

export function nodeClassName(element: Element, emphasis: Emphasis): string | undefined {
  const classes: string[] = [];
  const { analysis, stage } = emphasis;
  if (analysis) {
    if (element.id === analysis.source) classes.push('is-analysis-source');
    else if (analysis.elements.has(element.id)) classes.push('is-analysis-reached');
    else classes.push('is-analysis-dimmed');
  }
  if (stage && stageOf(element) !== stage) classes.push('is-stage-faded');
  return classes.length > 0 ? classes.join(' ') : undefined;
}

/** A link fades with the stage filter when either of its ends does. */
export function edgeClassName(
  link: Link,
  elements: Readonly<Record<Id, Element>>,
  emphasis: Emphasis,
): string | undefined {
  const classes: string[] = [];
  const { analysis, stage } = emphasis;
  if (analysis) classes.push(analysis.links.has(link.id) ? 'is-analysis-path' : 'is-analysis-dimmed');
  if (stage && (stageOf(elements[link.from]) !== stage || stageOf(elements[link.to]) !== stage)) {
    classes.push('is-stage-faded');
  }
  return classes.length > 0 ? classes.join(' ') : undefined;
}
