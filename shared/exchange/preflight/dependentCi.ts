/**
 * Dependent CIs (csdm.md section 7): IRE identifies an application only
 * together with the host it runs on, through a `Runs on::Runs` relation in the
 * same payload, or answers MISSING_DEPENDENCY. That is the application family
 * (cmdb_ci_appl and the tables extending it) and, in the base CMDB, the
 * database instance classes, which extend cmdb_ci_appl too; a logical
 * database (cmdb_ci_database) is independent.
 */
import { LINK } from '../../csdm/data/linkTypes';
import type { Catalogue } from '../../csdm/types';
import type { Element, ModelDocument } from '../../model/types';

export function isDependentCi(element: Element): boolean {
  if (element.kind === 'application') return true;
  return element.kind === 'database' && element.table.endsWith('_instance');
}

/** Dependent CIs without a `Runs on::Runs` link to a CI. */
export function dependentWithoutHost(doc: ModelDocument, catalogue: Catalogue): Element[] {
  const hosted = new Set<string>();
  for (const link of Object.values(doc.links)) {
    if (link.type !== LINK.runsOn) continue;
    const host = Object.hasOwn(doc.elements, link.to) ? doc.elements[link.to] : undefined;
    if (host && catalogue.kinds[host.kind].isCi) hosted.add(link.from);
  }
  return Object.values(doc.elements).filter((element) => isDependentCi(element) && !hosted.has(element.id));
}
