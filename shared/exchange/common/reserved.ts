/**
 * Attribute keys Mapwright reserves for what travels with an element but is
 * not one of its ServiceNow columns. A colon never occurs in a ServiceNow
 * column name, so these cannot collide with real columns; export never
 * writes them as columns.
 */

/** The record's sys_id on the instance, once known (IRE response, Table API import). */
export const SYS_ID_KEY = 'sn:sys_id';
/** An IRE item's `lookup` entries, kept as JSON text so a round trip reproduces them. */
export const IRE_LOOKUP_KEY = 'ire:lookup';
/** An IRE item's `related` entries, kept as JSON text. */
export const IRE_RELATED_KEY = 'ire:related';

export function isReservedKey(column: string): boolean {
  return column.includes(':');
}

/** Column names import refuses to keep: reserved ones, and "__proto__", which plain objects cannot hold as data. */
export function isUsableColumn(column: string): boolean {
  return column.trim() !== '' && column !== '__proto__' && !isReservedKey(column);
}

/** A ServiceNow sys_id: 32 hexadecimal digits. */
export function looksLikeSysId(value: string): boolean {
  return /^[0-9a-f]{32}$/i.test(value);
}
