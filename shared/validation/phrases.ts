/** How findings name things: "Business service “Payroll Processing”", in the users' words. */
import { kindNoun } from '../csdm/queries/labels';
import type { Catalogue } from '../csdm/types';
import type { Element } from '../model/types';

/** The element's name in quotes, or a placeholder users recognise when it has none. */
export function quoted(element: Element): string {
  const name = element.name.trim();
  return name ? `“${name}”` : '(unnamed)';
}

/** Sentence start: `Business service “Payroll Processing”`. */
export function named(catalogue: Catalogue, element: Element): string {
  return `${catalogue.kinds[element.kind].label} ${quoted(element)}`;
}

/** Mid-sentence: `business service “Payroll Processing”`. */
export function namedLower(catalogue: Catalogue, element: Element): string {
  return `${kindNoun(catalogue.kinds[element.kind])} ${quoted(element)}`;
}

/** A link type as users read it: its label ("Depends on"), or the raw type when the catalogue does not know it. */
export function linkTypeLabel(catalogue: Catalogue, type: string): string {
  return `“${catalogue.linkTypes[type]?.label ?? type}”`;
}

/** Names in a stable order, so a message reads the same however the model was edited. */
export function sortedNames(elements: readonly Element[]): string[] {
  return elements.map(quoted).sort((a, b) => a.localeCompare(b));
}
