/** Routes menu actions to the window the user is working in. */
import { MENU_COMMAND_CHANNEL } from '../../shared/ipc/contract';
import type { MenuActions } from './menu-template';

/** The parts of Electron's BrowserWindow this module uses. */
export interface CommandTarget {
  isDestroyed(): boolean;
  webContents: {
    send(channel: typeof MENU_COMMAND_CHANNEL, command: string): void;
    cut(): void;
    copy(): void;
    paste(): void;
  };
}

/**
 * `target` returns the focused window, else the main window; with none
 * open (macOS keeps the app running) the action is dropped. `known` says
 * whether the last menu the renderer set has the command: only those are
 * sent, so the menu can never make the renderer run anything it did not offer.
 */
export function menuActions(
  target: () => CommandTarget | null,
  known: (command: string) => boolean,
): MenuActions {
  const live = () => {
    const window = target();
    return window && !window.isDestroyed() ? window : null;
  };
  return {
    command: (command) => {
      if (known(command)) live()?.webContents.send(MENU_COMMAND_CHANNEL, command);
    },
    cut: () => live()?.webContents.cut(),
    copy: () => live()?.webContents.copy(),
    paste: () => live()?.webContents.paste(),
  };
}
