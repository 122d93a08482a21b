/**
 * Column order in rows and CSV headers: the coalesce key, the name, then
 * columns in catalogue order, then any others alphabetically. One order for
 * every table keeps files stable however the model was edited.
 */
import type { Catalogue } from '../../csdm/types';
import { setEntry } from '../../model/internal/records';

const orders = new WeakMap<Catalogue, Map<string, number>>();

const LEADING = ['correlation_id', 'name', 'service_classification'];
/** Link tables: the type, then each side's name, class and coalesce key. */
const LINK_COLUMNS = [
  'type',
  'parent',
  'parent_class',
  'parent_correlation_id',
  'child',
  'child_class',
  'child_correlation_id',
];

function knownOrder(catalogue: Catalogue): Map<string, number> {
  let order = orders.get(catalogue);
  if (!order) {
    const columns = [...LEADING, ...LINK_COLUMNS];
    for (const kind of Object.values(catalogue.kinds))
      for (const field of kind.fields) columns.push(field.column);
    for (const rule of catalogue.linkRules) {
      if (rule.storage.form === 'reference') columns.push(rule.storage.field);
      if (rule.storage.form === 'many-to-many') {
        const { parentColumn, childColumn } = rule.storage;
        columns.push(
          parentColumn,
          `${parentColumn}_correlation_id`,
          childColumn,
          `${childColumn}_correlation_id`,
        );
      }
    }
    order = new Map();
    for (const column of columns) if (!order.has(column)) order.set(column, order.size);
    orders.set(catalogue, order);
  }
  return order;
}

export function columnComparator(catalogue: Catalogue): (a: string, b: string) => number {
  const order = knownOrder(catalogue);
  return (a, b) => {
    const ra = order.get(a);
    const rb = order.get(b);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  };
}

/** A row with its keys in column order. */
export function orderedRow(
  row: Readonly<Record<string, string>>,
  compare: (a: string, b: string) => number,
): Record<string, string> {
  const ordered: Record<string, string> = {};
  for (const column of Object.keys(row).sort(compare)) setEntry(ordered, column, row[column] as string);
  return ordered;
}
