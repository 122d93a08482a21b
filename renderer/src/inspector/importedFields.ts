/**
 * The columns an imported CI of an unknown class brought along, shown in the
 * inspector as text fields. Reserved keys (`sn:sys_id`, `ire:lookup`, ...)
 * are left out: they keep the record's ServiceNow identity for the next
 * export, and editing one by hand would point it at another record.
 */
import type { FieldDef, KindDef } from '@shared/csdm/types';
import { isReservedKey } from '@shared/exchange/common/reserved';

export function importedFields(kind: KindDef, attributes: Readonly<Record<string, string>>): FieldDef[] {
  if (!kind.acceptsAnyTable) return [];
  return Object.keys(attributes)
    .filter((column) => !isReservedKey(column) && !kind.fields.some((field) => field.column === column))
    .sort()
    .map((column) => ({ column, label: column, type: 'string' }));
}
