/** Finding the record a reference field should point at, by name, among the kinds the field allows. */
import type { KindId } from '@shared/csdm/kinds';
import type { Element, Id } from '@shared/model/types';

/** How well a name matches: exact, starts with, a word starts with, contains; undefined: no match. */
function rank(name: string, query: string): number | undefined {
  if (query === '') return 3;
  const lower = name.toLowerCase();
  if (lower === query) return 0;
  if (lower.startsWith(query)) return 1;
  const at = lower.indexOf(query);
  if (at < 0) return undefined;
  return /[\s\-_./(]/.test(lower.charAt(at - 1)) ? 2 : 3;
}

export interface ReferenceMatches {
  matches: Element[];
  /** How many matched in all, when more than `limit` did. */
  total: number;
}

/**
 * Elements of the allowed kinds whose name matches `query` (case-insensitive),
 * best first, then by name; the element itself is never offered.
 */
export function matchReferences(
  elements: Iterable<Element>,
  kinds: readonly KindId[],
  query: string,
  excludeId?: Id,
  limit = 50,
): ReferenceMatches {
  const wanted = query.trim().toLowerCase();
  const ranked: { element: Element; rank: number }[] = [];
  for (const element of elements) {
    if (element.id === excludeId || !kinds.includes(element.kind)) continue;
    const r = rank(element.name, wanted);
    if (r !== undefined) ranked.push({ element, rank: r });
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.element.name.localeCompare(b.element.name) ||
      a.element.id.localeCompare(b.element.id),
  );
  return { matches: ranked.slice(0, limit).map((entry) => entry.element), total: ranked.length };
}
