/** Finding imported records by the display value a reference gives: the name, exactly, else ignoring case and spaces. */
import type { KindId } from '../../csdm/kinds';
import type { Element } from '../../model/types';

const loose = (name: string): string => name.trim().toLowerCase();

export class NameIndex {
  private readonly exact = new Map<string, Element[]>();
  private readonly relaxed = new Map<string, Element[]>();

  add(element: Element): void {
    for (const [map, key] of [
      [this.exact, element.name],
      [this.relaxed, loose(element.name)],
    ] as const) {
      const list = map.get(key);
      if (list) list.push(element);
      else map.set(key, [element]);
    }
  }

  /** Elements of the given kinds (any kind when absent) and table (any when absent) named `name`. */
  find(name: string, kinds?: readonly KindId[], table?: string): Element[] {
    const fits = (e: Element): boolean =>
      (kinds === undefined || kinds.includes(e.kind)) && (table === undefined || e.table === table);
    const exact = (this.exact.get(name) ?? []).filter(fits);
    return exact.length > 0 ? exact : (this.relaxed.get(loose(name)) ?? []).filter(fits);
  }
}
