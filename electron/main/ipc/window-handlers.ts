/** app:info and window:set-document-state. */
import type { AppInfo, DesktopPlatform, DocumentState } from '../../../shared/ipc/contract';

export interface AppFacts {
  name: string;
  version: string;
  platform: string;
  versions: { electron?: string; chrome?: string; node?: string };
}

export function appInfo({ name, version, platform, versions }: AppFacts): AppInfo {
  return {
    name,
    version,
    platform: desktopPlatform(platform),
    versions: { electron: versions.electron ?? '', chrome: versions.chrome ?? '', node: versions.node ?? '' },
  };
}

function desktopPlatform(platform: string): DesktopPlatform {
  return platform === 'darwin' || platform === 'win32' || platform === 'linux' ? platform : 'other';
}

/** The parts of Electron's BrowserWindow this module uses. */
export interface TitledWindow {
  setTitle(title: string): void;
  setDocumentEdited(edited: boolean): void;
}

export const APP_NAME = 'Mapwright';

/** "Model — Mapwright"; unsaved changes add "• " in front, except on macOS, which shows its own edited dot. */
export function windowTitle({ title, dirty }: DocumentState, platform: string): string {
  const name = title.trim();
  const base = name === '' ? APP_NAME : `${name} — ${APP_NAME}`;
  return dirty && platform !== 'darwin' ? `• ${base}` : base;
}

export function applyDocumentState(window: TitledWindow, state: DocumentState, platform: string): undefined {
  window.setTitle(windowTitle(state, platform));
  // Only macOS draws it (the dot in the close button); elsewhere it is a no-op.
  if (platform === 'darwin') window.setDocumentEdited(state.dirty);
  return undefined;
}
