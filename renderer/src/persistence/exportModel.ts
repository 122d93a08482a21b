/**
 * "Export to a file": the open model as a `*.csdm.json` file through the
 * platform's save dialog (a download in the browser). Offered whenever local
 * storage fails, so work is never trapped in one window.
 *
 * The file is the native format (shared/exchange/native), so File › Open
 * of the exchange module reads it back.
 */
import { NATIVE_EXTENSION } from '@shared/exchange/native/format';
import { saveNative } from '@shared/exchange/native/saveNative';
import type { ModelDocument } from '@shared/model/types';
import type { Platform } from '../platform/Platform';

// Control characters are exactly what must go, so the pattern names them.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[\u0000-\u001f<>:"/\\|?*]+/g;

/** A file name from the model name: characters file systems refuse become "-". */
export function modelFileName(modelName: string): string {
  const safe = modelName.replace(UNSAFE_IN_FILE_NAMES, '-').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return `${safe || 'model'}${NATIVE_EXTENSION}`;
}

export function exportModelToFile(platform: Platform, doc: ModelDocument): Promise<{ name: string } | null> {
  return platform.saveFile({
    title: 'Export model to a file',
    suggestedName: modelFileName(doc.name),
    filters: [{ name: 'Mapwright model', extensions: ['csdm.json'] }],
    bytes: new TextEncoder().encode(saveNative(doc)),
  });
}
