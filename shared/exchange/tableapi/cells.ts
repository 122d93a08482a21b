/**
 * A Table API field in any of its three shapes (exchange.md section 3): a
 * plain string, `{link, value}` for a reference, or `{display_value, value}`
 * with sysparm_display_value=all.
 */
import { describe, isObject } from '../common/json';
import { fail } from '../common/result';

export interface Cell {
  /** The stored value: a sys_id for references, a choice value for choices. */
  value?: string;
  /** What users read, when the export carried it. */
  display?: string;
}

function text(value: unknown, where: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fail(`${where} must be text, not ${describe(value)}.`);
}

export function readCell(raw: unknown, where: string): Cell {
  if (isObject(raw)) {
    const cell: Cell = {};
    const value = text(raw['value'], `${where}.value`);
    const display = text(raw['display_value'], `${where}.display_value`);
    if (value !== undefined) cell.value = value;
    if (display !== undefined) cell.display = display;
    return cell;
  }
  const value = text(raw, where);
  return value === undefined ? {} : { value };
}
