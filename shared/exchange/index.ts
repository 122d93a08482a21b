/**
 * Exchange formats: what Mapwright writes for ServiceNow (IRE payload,
 * import-set bundle, CSV bundle), its own file (`*.csdm.json`), pre-flight
 * checks before an export, and import of all of them plus Table API exports.
 * Pure: no DOM, no Node; the CLI (bin/) and the renderer supply the bytes.
 * Format decisions are in README.md beside this file.
 */
export type { ImportFormat, ImportResult, ImportWarning } from './common/result';
export { DEFAULT_LIMITS, sizeInWords, type ExchangeLimits } from './common/limits';
export type { ImportOptions } from './common/newDocument';
export { IRE_LOOKUP_KEY, IRE_RELATED_KEY, SYS_ID_KEY, isReservedKey } from './common/reserved';
export { zipFiles, type ExportFile } from './common/zip';
export { exportIre, DEFAULT_SOURCE_NAME, type IreOptions } from './ire/exportIre';
export type { IreItem, IrePayload, IreReferenceItem, IreRelation } from './ire/types';
export {
  applyIreResponse,
  type IreItemReport,
  type IreMessage,
  type IreResponseResult,
} from './ire/applyIreResponse';
export {
  exportImportSet,
  exportImportSetZip,
  type Bundle,
  type BundleOptions,
} from './importset/exportImportSet';
export {
  CSV_FORMAT,
  IMPORTSET_FORMAT,
  MANIFEST_FILE,
  type LoadStep,
  type Manifest,
} from './importset/manifest';
export { LOAD_GROUPS, type LoadGroup } from './importset/loadOrder';
export { exportCsv, exportCsvZip } from './csv/exportCsv';
export {
  preflight,
  type ExportFormat,
  type PreflightIssue,
  type PreflightOptions,
} from './preflight/preflight';
export { importAny, importFiles, type ImportAnyOptions, type InputFile } from './detect/importAny';
export * from './native';
