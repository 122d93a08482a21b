/** The bundle manifest: what the bundle holds, where it came from, and the order to load it in. */
import type { CsdmVersion, Id } from '../../model/types';

export const IMPORTSET_FORMAT = 'mapwright-importset';
export const CSV_FORMAT = 'mapwright-csv';
export const MANIFEST_FILE = 'manifest.json';

export interface LoadStep {
  table: string;
  file: string;
  rows: number;
}

export interface Manifest {
  format: typeof IMPORTSET_FORMAT | typeof CSV_FORMAT;
  version: 1;
  model: { id: Id; name: string };
  csdmVersion: CsdmVersion;
  /** The model's `sys_object_source_info.source_name`, so a re-import keeps it. */
  sourceName: string;
  exportedAt: string;
  /** Referenced tables before referrers. */
  loadOrder: LoadStep[];
}
