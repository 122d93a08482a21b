/**
 * Runs an import in a module worker (one per import, ended when it answers
 * or is cancelled). If the worker cannot start (an environment without
 * module workers), the import runs here after the progress dialog has been
 * drawn, so the window still says what it is doing.
 */
import type { ImportResult, InputFile } from '@shared/exchange';
import type { ImportWorkerReply, ImportWorkerRequest } from './importProtocol';
import { parseImport } from './parseImport';

export type ImportRunner = (
  fileName: string,
  files: InputFile[],
  signal: AbortSignal,
) => Promise<ImportResult>;

export class ImportCancelled extends Error {
  override readonly name = 'ImportCancelled';
}

function startImportWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'mapwright-import',
  });
}

/** Lets the browser paint (the progress dialog) before the main thread is busy. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 60));
}

async function inline(fileName: string, files: InputFile[], signal: AbortSignal): Promise<ImportResult> {
  await nextPaint();
  if (signal.aborted) throw new ImportCancelled();
  return parseImport(fileName, files);
}

/** The buffers to hand over without copying: each file's, when it is the whole buffer. */
function transferables(files: readonly InputFile[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { bytes } of files) {
    const { buffer } = bytes;
    if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength)
      buffers.add(buffer);
  }
  return [...buffers];
}

let nextId = 1;

export function createImportRunner(startWorker: () => Worker = startImportWorker): ImportRunner {
  return (fileName, files, signal) =>
    new Promise<ImportResult>((resolve, reject) => {
      if (signal.aborted) return reject(new ImportCancelled());
      let worker: Worker;
      try {
        worker = startWorker();
      } catch {
        inline(fileName, files, signal).then(resolve, reject);
        return;
      }
      const id = nextId++;
      let sent = false;
      const finish = () => {
        worker.terminate();
        signal.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        finish();
        reject(new ImportCancelled());
      };
      signal.addEventListener('abort', onAbort);
      worker.onmessage = (event: MessageEvent<ImportWorkerReply>) => {
        const reply = event.data;
        if (reply.type === 'ready') {
          const request: ImportWorkerRequest = { id, fileName, files };
          worker.postMessage(request, transferables(files));
          sent = true;
        } else if (reply.id === id) {
          finish();
          resolve(reply.result);
        }
      };
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        finish();
        // Not started: read here instead. Started: the bytes went to the worker, which stopped.
        if (!sent) inline(fileName, files, signal).then(resolve, reject);
        else
          resolve({
            ok: false,
            error: `${fileName} could not be read: the import stopped${event.message ? ` (${event.message})` : ''}. The file may be too large for this computer's memory.`,
          });
      };
    });
}
