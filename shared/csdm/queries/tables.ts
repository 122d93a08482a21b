/** Which tables a kind's elements may use. */
import type { KindId } from '../kinds';
import type { Catalogue, FieldDef } from '../types';

/** A table of the kind's family; a generic CI may carry any CI table it was imported with. */
export function tableAllowedForKind(catalogue: Catalogue, kind: KindId, table: string): boolean {
  const def = catalogue.kinds[kind];
  if (def.tables.includes(table)) return true;
  return def.acceptsAnyTable === true && table.startsWith('cmdb_ci');
}

export function defaultTable(catalogue: Catalogue, kind: KindId): string {
  const table = catalogue.kinds[kind].tables[0];
  if (table === undefined) throw new Error(`The catalogue lists no table for ${kind}.`);
  return table;
}

export function fieldOf(catalogue: Catalogue, kind: KindId, column: string): FieldDef | undefined {
  return catalogue.kinds[kind].fields.find((field) => field.column === column);
}
