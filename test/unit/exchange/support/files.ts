/** Paths of test inputs: the ServiceNow examples beside the repository, and the project's own fixtures. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../../..');
/** ServiceNow's published IRE examples (see ../shared/fixtures/README.md). */
export const SERVICENOW = resolve(REPO, '../shared/fixtures/servicenow');
export const FIXTURES = resolve(REPO, 'test/fixtures/exchange');

export function servicenow(name: string): string {
  return readFileSync(resolve(SERVICENOW, name), 'utf8');
}

export function fixture(path: string): string {
  return readFileSync(resolve(FIXTURES, path), 'utf8');
}

export function json(text: string): unknown {
  return JSON.parse(text) as unknown;
}
