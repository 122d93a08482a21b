/** Which kind a ServiceNow record belongs to, from its table (and classification where tables are shared). */
import type { KindId } from '../kinds';
import type { Catalogue, KindDef } from '../types';

const tableIndexes = new WeakMap<Catalogue, Map<string, KindDef[]>>();

function kindsByTable(catalogue: Catalogue): Map<string, KindDef[]> {
  let index = tableIndexes.get(catalogue);
  if (!index) {
    index = new Map();
    for (const kind of Object.values(catalogue.kinds)) {
      for (const table of kind.tables) {
        const list = index.get(table);
        if (list) list.push(kind);
        else index.set(table, [kind]);
      }
    }
    tableIndexes.set(catalogue, index);
  }
  return index;
}

/** Unknown CI classes become the generic kind so imports keep them; non-CI tables we do not know stay unknown. */
function fallbackKind(catalogue: Catalogue, table: string): KindId | undefined {
  if (!table.startsWith('cmdb_ci')) return undefined;
  return Object.values(catalogue.kinds).find((kind) => kind.acceptsAnyTable)?.id;
}

/**
 * The kind of a record of `table`. `service_offering` holds both business and
 * technical offerings: its `service_classification` decides; without one, the
 * first kind listing the table (business offering, ServiceNow's default) wins.
 */
export function kindOfRecord(
  catalogue: Catalogue,
  table: string,
  serviceClassification?: string,
): KindId | undefined {
  const candidates = kindsByTable(catalogue).get(table);
  if (!candidates) return fallbackKind(catalogue, table);
  const classified = serviceClassification
    ? candidates.find((kind) => kind.serviceClassification === serviceClassification)
    : undefined;
  return (classified ?? candidates[0])?.id;
}

/** The kind of a table when the record is not at hand (see kindOfRecord for shared tables). */
export function kindOf(catalogue: Catalogue, table: string): KindId | undefined {
  return kindOfRecord(catalogue, table);
}
