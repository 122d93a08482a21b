/** Reading one cell of imported data as the text ServiceNow would store. */
import { setEntry } from '../../model/internal/records';
import { describe } from './json';
import { fail } from './result';

/** Text of a flat cell: strings as they are, numbers and booleans as text; null or "" is no value. */
export function cellText(value: unknown, where: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fail(`${where} must be text, not ${describe(value)}.`);
}

/** An attribute record that takes any column name as data. */
export function attributeRecord(): Record<string, string> {
  return {};
}

export function putAttribute(attributes: Record<string, string>, column: string, value: string): void {
  setEntry(attributes, column, value);
}
