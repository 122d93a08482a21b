/**
 * Opens a native file: checks the wrapper, migrates older versions through
 * the migration table, then checks the model with the shared ModelDocument
 * schema (shared/model/documentSchema.ts) and the structural invariants.
 * Catalogue rules are not checked: a model may hold links CSDM does not
 * allow (imported data), which validation reports.
 */
import { z } from 'zod';
import type { Catalogue } from '../../csdm/types';
import { parseModelDocument } from '../../model/documentSchema';
import type { ModelDocument } from '../../model/types';
import { describe, isObject } from '../common/json';
import { fail } from '../common/result';
import { NATIVE_FORMAT, NATIVE_VERSION } from './format';
import { looksLikeBareModel, MIGRATIONS } from './migrations';

const wrapperSchema = z.strictObject({
  format: z.literal(NATIVE_FORMAT),
  version: z.literal(NATIVE_VERSION),
  model: z.unknown(),
});

export interface OpenedNative {
  doc: ModelDocument;
  /** The version the file had when it was older than this Mapwright's. */
  migratedFrom?: number;
}

/** Reads parsed JSON as a native file, or throws an InputError naming what is wrong. */
export function readNative(data: unknown, catalogue: Catalogue): OpenedNative {
  if (!isObject(data)) fail(`A Mapwright model file holds an object, not ${describe(data)}.`);
  let current: Record<string, unknown> = data;
  let version: number;
  if (looksLikeBareModel(current)) version = 0;
  else {
    const format = current['format'];
    if (format !== NATIVE_FORMAT)
      fail(
        `format: this is ${typeof format === 'string' ? `a “${format.slice(0, 60)}” file` : 'not a Mapwright model file'}, not “${NATIVE_FORMAT}”.`,
      );
    const raw = current['version'];
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0)
      fail(`version must be a whole number, not ${describe(raw)}.`);
    if (raw > NATIVE_VERSION)
      fail(
        `This model was saved by a newer Mapwright (file version ${raw}); this one opens versions up to ${NATIVE_VERSION}.`,
      );
    version = raw;
  }
  const from = version;
  while (version < NATIVE_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) fail(`Mapwright cannot bring a version ${version} model file up to date.`);
    current = migrate(current);
    version += 1;
  }
  if (!Object.hasOwn(current, 'model')) fail('model: the file holds no model.');
  const wrapper = wrapperSchema.safeParse(current);
  if (!wrapper.success) {
    const issue = wrapper.error.issues[0];
    fail(
      `${issue?.path.map(String).join('.') || 'the file'}: ${issue?.message ?? 'not a Mapwright model file'}.`,
    );
  }
  const parsed = parseModelDocument(wrapper.data.model, catalogue);
  if (!parsed.ok) fail(parsed.reason);
  return from < NATIVE_VERSION ? { doc: parsed.doc, migratedFrom: from } : { doc: parsed.doc };
}
