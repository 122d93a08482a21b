/** Graph queries over a model: impact, dependencies, neighbours, paths, where used. */
export type { LinkIndex } from './link-index';
export type { ReferenceEdge, ReferenceIndex } from './reference-index';
export { referenceColumns } from './reference-index';
export type { GraphIndex } from './graph-index';
export { graphIndexFor, linkIndexFor, referenceIndexFor, elementIn } from './graph-index';
export type { LinkRole } from './link-roles';
export { linkRole } from './link-roles';
export type { Reached } from './reached';
export type { ServiceGroups } from './kind-groups';
export type { ImpactResult, ImpactedSubscriber, SubscriberGroups } from './upstream-impact';
export { upstreamImpact } from './upstream-impact';
export type { DependencyResult } from './downstream-dependencies';
export { downstreamDependencies } from './downstream-dependencies';
export { neighbours } from './neighbours';
export type { PathOptions, PathResult } from './path-between';
export { pathBetween } from './path-between';
export type { FieldUse, WhereUsed } from './where-used';
export { whereUsed } from './where-used';
