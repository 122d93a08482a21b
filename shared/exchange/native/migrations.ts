/**
 * Older native files, brought up to the current version one step at a time:
 * `MIGRATIONS[n]` turns version n into version n + 1. Version 0 is the legacy
 * form, a bare ModelDocument without the wrapper.
 */
import { NATIVE_FORMAT } from './format';

export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: (model) => ({ format: NATIVE_FORMAT, version: 1, model }),
};

/** A bare model document (version 0) rather than a wrapped file. */
export function looksLikeBareModel(data: Record<string, unknown>): boolean {
  return (
    !Object.hasOwn(data, 'format') && Object.hasOwn(data, 'elements') && Object.hasOwn(data, 'viewOrder')
  );
}
