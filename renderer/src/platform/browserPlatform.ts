/** The Platform in a plain browser: a file input to open, a download to save. */
import type { AppInfo, OpenFileRequest, OpenedFile, Platform, SaveFileRequest } from './Platform';

const APP_NAME = 'Mapwright';

function acceptAttribute(request: OpenFileRequest): string {
  return request.filters
    .flatMap((filter) => filter.extensions)
    .filter((extension) => extension !== '*')
    .map((extension) => `.${extension}`)
    .join(',');
}

export function pickFile(request: OpenFileRequest, doc: Document = document): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(request);
    input.setAttribute('aria-label', request.title);
    input.style.display = 'none';
    const finish = () => input.remove();
    input.addEventListener('cancel', () => {
      finish();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish();
      if (!file) return resolve(null);
      file.arrayBuffer().then(
        (buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }),
        (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
      );
    });
    doc.body.append(input);
    input.click();
  });
}

export function downloadFile(request: SaveFileRequest, doc: Document = document): { name: string } {
  const blob = new Blob([request.bytes as Uint8Array<ArrayBuffer>]);
  const url = URL.createObjectURL(blob);
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = request.suggestedName;
  anchor.style.display = 'none';
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: the download reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { name: request.suggestedName };
}

export function createBrowserPlatform(version: string): Platform {
  return {
    hasNativeMenu: false,
    openFile: (request) => pickFile(request),
    saveFile: (request) => Promise.resolve(downloadFile(request)),
    appInfo: (): Promise<AppInfo> => Promise.resolve({ name: APP_NAME, version, runtime: 'Browser' }),
    onMenuCommand: () => () => undefined,
    // The in-app menu bar reads the actions itself.
    setMenu: () => undefined,
    setDocumentState: ({ title, dirty }) => {
      document.title = `${dirty ? '• ' : ''}${title} — ${APP_NAME}`;
    },
  };
}
