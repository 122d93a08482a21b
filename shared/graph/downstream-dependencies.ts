/**
 * What an element needs to work: everything below it, found by following
 * links from parent to child (business offering -> service instance ->
 * application -> server). Like impact, only links between CIs count.
 */
import type { Catalogue } from '../csdm/types';
import type { Id, ModelDocument } from '../model/types';
import { graphIndexFor } from './graph-index';
import { groupByService, type ServiceGroups } from './kind-groups';
import { linkRole } from './link-roles';
import { walk, type Reached, type Step } from './reached';

export interface DependencyResult extends ServiceGroups {
  source: Id;
  /** Every element needed, nearest first (the source itself excluded). */
  dependencies: Reached[];
}

export function downstreamDependencies(
  doc: ModelDocument,
  catalogue: Catalogue,
  elementId: Id,
): DependencyResult {
  const index = graphIndexFor(doc, catalogue);
  const source = index.element(elementId);
  const dependencies = source
    ? walk(
        source,
        function* needs(id): Iterable<Step> {
          const parent = index.element(id);
          if (!parent) return;
          for (const link of index.outgoing(id)) {
            const child = index.element(link.to);
            if (child && linkRole(catalogue, link, parent, child) === 'dependency')
              yield { link, to: child.id };
          }
        },
        index.element,
      )
    : [];
  return { source: elementId, dependencies, ...groupByService(dependencies) };
}
