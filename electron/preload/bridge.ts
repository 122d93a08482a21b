/**
 * Builds `window.mapwright` from the IPC contract: one invoke wrapper per
 * bridge method and a menu-command subscription. Nothing else (no
 * ipcRenderer, no event objects) reaches the page.
 */
import { BRIDGE_CHANNELS, BRIDGE_KEY, type MapwrightBridge } from '../../shared/ipc/bridge';
import {
  MENU_COMMAND_CHANNEL,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResult,
} from '../../shared/ipc/contract';
import { isCommandId } from '../../shared/ipc/menu-commands';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** The parts of Electron's ipcRenderer the bridge uses. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

/** The part of Electron's contextBridge used to publish the API. */
export interface MainWorld {
  exposeInMainWorld(key: string, api: MapwrightBridge): void;
}

export function createBridge(ipc: BridgeIpc): MapwrightBridge {
  // The result types are the main process's promise (see shared/ipc/contract.ts); main is trusted, the page is not.
  const invoker =
    <C extends InvokeChannel>(channel: C) =>
    (...args: InvokeArgs<C>) =>
      ipc.invoke(channel, ...args).catch((error: unknown) => {
        throw new Error(plainMessage(error));
      }) as Promise<InvokeResult<C>>;

  return {
    openFile: invoker(BRIDGE_CHANNELS.openFile),
    saveFile: invoker(BRIDGE_CHANNELS.saveFile),
    appInfo: invoker(BRIDGE_CHANNELS.appInfo),
    setDocumentState: invoker(BRIDGE_CHANNELS.setDocumentState),
    setMenu: invoker(BRIDGE_CHANNELS.setMenu),
    onMenuCommand(listener) {
      // Main sends only ids of the menu the renderer set; anything else is dropped here too.
      const relay: IpcListener = (_event, command) => {
        if (isCommandId(command)) listener(command);
      };
      ipc.on(MENU_COMMAND_CHANNEL, relay);
      return () => {
        ipc.removeListener(MENU_COMMAND_CHANNEL, relay);
      };
    },
  };
}

export function exposeBridge(world: MainWorld, ipc: BridgeIpc): void {
  world.exposeInMainWorld(BRIDGE_KEY, createBridge(ipc));
}

/**
 * Electron wraps errors from the main process as
 * "Error invoking remote method 'file:open': FileProblem: <message>"; the
 * renderer gets just <message>, ready to show to the user.
 */
export function plainMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text
    .replace(/^Error invoking remote method '[^']*': /, '')
    .replace(/^[A-Za-z]*(Error|Refusal|Problem): /, '');
}
