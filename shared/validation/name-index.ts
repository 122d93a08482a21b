/**
 * Elements by table and name, matched as IRE matches names (trimmed,
 * case-insensitive): two CIs of one table with the same name would load as one.
 */
import type { Element, Id } from '../model/types';

const NONE: readonly Id[] = [];

export function nameKey(table: string, name: string): string {
  return `${table}\u0000${name.trim().toLowerCase()}`;
}

export class NameIndex {
  private readonly byKey = new Map<string, Id[]>();

  constructor(elements: Readonly<Record<Id, Element>>) {
    for (const id in elements) {
      const element = elements[id];
      if (element) this.add(element);
    }
  }

  get(table: string, name: string): readonly Id[] {
    return this.byKey.get(nameKey(table, name)) ?? NONE;
  }

  add(element: Element): void {
    const key = nameKey(element.table, element.name);
    const list = this.byKey.get(key);
    if (list) list.push(element.id);
    else this.byKey.set(key, [element.id]);
  }

  remove(element: Element): void {
    const key = nameKey(element.table, element.name);
    const rest = (this.byKey.get(key) ?? []).filter((id) => id !== element.id);
    if (rest.length > 0) this.byKey.set(key, rest);
    else this.byKey.delete(key);
  }
}
