/** The native file: `*.csdm.json`, `{ format: 'mapwright-model', version, model }`. */
import type { ModelDocument } from '../../model/types';

export const NATIVE_FORMAT = 'mapwright-model';
/** The version this Mapwright writes; older versions are migrated on open (migrations.ts). */
export const NATIVE_VERSION = 1;
export const NATIVE_EXTENSION = '.csdm.json';

export interface NativeFile {
  format: typeof NATIVE_FORMAT;
  version: typeof NATIVE_VERSION;
  model: ModelDocument;
}
