/**
 * Elements by table and name, matched as IRE matches names (trimmed,
 * case-insensitive): two CIs of one table with the same name would load as one.
 */
import type { Element, Id } from '../model/types';

const NONE: readonly Id[] = [];

export function normalisedName(name: string): string {
  return name.trim().toLowerCase();
}

export class NameIndex {
  /** Table -> normalised name -> the id, or ids once a name is shared (most names are not). */
  private readonly byTable = new Map<string, Map<string, Id | Id[]>>();

  constructor(elements: Readonly<Record<Id, Element>>) {
    for (const id in elements) {
      const element = elements[id];
      if (element) this.add(element);
    }
  }

  get(table: string, name: string): readonly Id[] {
    const entry = this.byTable.get(table)?.get(normalisedName(name));
    if (entry === undefined) return NONE;
    return typeof entry === 'string' ? [entry] : entry;
  }

  add(element: Element): void {
    let names = this.byTable.get(element.table);
    if (!names) {
      names = new Map();
      this.byTable.set(element.table, names);
    }
    const key = normalisedName(element.name);
    const entry = names.get(key);
    if (entry === undefined) names.set(key, element.id);
    else if (typeof entry === 'string') names.set(key, [entry, element.id]);
    else entry.push(element.id);
  }

  remove(element: Element): void {
    const names = this.byTable.get(element.table);
    const key = normalisedName(element.name);
    const entry = names?.get(key);
    if (!names || entry === undefined) return;
    const rest = typeof entry === 'string' ? [] : entry.filter((id) => id !== element.id);
    if (rest.length === 0) names.delete(key);
    else names.set(key, rest.length === 1 ? (rest[0] as Id) : rest);
  }
}
