/**
 * How many entries a record of the model has (elements, links, a view's
 * placements), remembered per record: selectors ask on every edit, and the
 * records are replaced only when their own entries change, so a 10,000-key
 * count is taken once per change instead of on every render.
 */
const sizes = new WeakMap<object, number>();

export function sizeOf(record: object): number {
  let size = sizes.get(record);
  if (size === undefined) {
    size = Object.keys(record).length;
    sizes.set(record, size);
  }
  return size;
}
