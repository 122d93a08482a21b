/**
 * The native file format (`*.csdm.json`): `{ format: 'mapwright-model',
 * version: 1, model }`. Save writes pretty JSON in a stable key order; open
 * checks the wrapper, migrates older versions (version 0: a bare
 * ModelDocument) and checks the model with the shared schema and the
 * structural invariants. The persistence layer and File > Save As / Open use
 * these two functions; importAny recognises the same files.
 */
import { CATALOGUE } from '../csdm/catalogue';
import type { Catalogue } from '../csdm/types';
import type { ModelDocument } from '../model/types';
import { parseJson } from './common/json';
import { fail, guarded } from './common/result';
import { fromUtf8 } from './common/text';
import { readNative } from './native/openNative';

export { NATIVE_EXTENSION, NATIVE_FORMAT, NATIVE_VERSION, type NativeFile } from './native/format';
export { MIGRATIONS, type Migration } from './native/migrations';
export { nativeModel, saveNative } from './native/saveNative';
export { readNative, type OpenedNative } from './native/openNative';

export type OpenNativeResult =
  { ok: true; doc: ModelDocument; migratedFrom?: number } | { ok: false; error: string };

/** Opens the text (or UTF-8 bytes) of a `*.csdm.json` file; never throws. */
export function openNative(input: string | Uint8Array, catalogue: Catalogue = CATALOGUE): OpenNativeResult {
  let migratedFrom: number | undefined;
  const result = guarded('The model file', () => {
    const text = typeof input === 'string' ? input : fromUtf8(input, 'The model file');
    if (text.trim() === '') fail('The model file is empty.');
    const opened = readNative(parseJson(text, 'The model file'), catalogue);
    migratedFrom = opened.migratedFrom;
    return { ok: true, doc: opened.doc, format: 'native', warnings: [] };
  });
  if (!result.ok) return result;
  return migratedFrom === undefined
    ? { ok: true, doc: result.doc }
    : { ok: true, doc: result.doc, migratedFrom };
}
