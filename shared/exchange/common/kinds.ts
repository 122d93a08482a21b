/** Which kind an imported record is, and how import describes records and links in messages. */
import type { KindId } from '../../csdm/kinds';
import { findLinkRule } from '../../csdm/queries/findLinkRule';
import { kindNoun } from '../../csdm/queries/labels';
import { kindOfRecord } from '../../csdm/queries/kindOf';
import type { Catalogue } from '../../csdm/types';
import type { CsdmVersion, Element, Link } from '../../model/types';
import { clip } from './json';

/** The kind of a record of `table`; unknown cmdb_ci* classes are generic CIs; undefined for other unknown tables. */
export function kindForRecord(
  catalogue: Catalogue,
  table: string,
  classification: unknown,
): KindId | undefined {
  return kindOfRecord(catalogue, table, typeof classification === 'string' ? classification : undefined);
}

export function describeElement(catalogue: Catalogue, element: Element): string {
  const name = element.name.trim() ? `“${clip(element.name.trim(), 60)}”` : '(unnamed)';
  return `${kindNoun(catalogue.kinds[element.kind])} ${name}`;
}

/** A warning for a kept link the catalogue does not allow, or undefined when it is allowed. */
export function disallowedLinkWarning(
  catalogue: Catalogue,
  csdmVersion: CsdmVersion,
  link: Link,
  from: Element,
  to: Element,
  where: string,
): string | undefined {
  if (findLinkRule(catalogue, { csdmVersion }, from.kind, to.kind, link.type)) return undefined;
  const label = catalogue.linkTypes[link.type]?.label ?? clip(link.type);
  return `${where}: “${label}” from ${describeElement(catalogue, from)} to ${describeElement(catalogue, to)} is not a link CSDM allows; it was kept, and validation flags it.`;
}
