/**
 * How many entries a record of the model has (elements, links, a view's
 * placements), remembered per record: selectors ask on every edit, and the
 * records are replaced only when their own entries change, so a 10,000-key
 * count is taken once per change instead of on every render. A record an
 * operation made from a counted one is counted from the entries it changed.
 */
import { originOf } from '@shared/model/recordChanges';

const sizes = new WeakMap<object, number>();

function countFromOrigin(record: object): number | undefined {
  const origin = originOf(record);
  const before = origin ? sizes.get(origin.base) : undefined;
  if (!origin || before === undefined) return undefined;
  let size = before;
  for (const id of origin.ids)
    size += Number(Object.hasOwn(record, id)) - Number(Object.hasOwn(origin.base, id));
  return size;
}

export function sizeOf(record: object): number {
  let size = sizes.get(record);
  if (size === undefined) {
    size = countFromOrigin(record) ?? Object.keys(record).length;
    sizes.set(record, size);
  }
  return size;
}
