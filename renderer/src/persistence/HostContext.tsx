/** The model host for components: the save state in the status bar, the File dialogs, the start screen. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { HostState, ModelHost } from './modelHost';
import type { SaveStatus } from './autosave';

export const HostContext = createContext<ModelHost | null>(null);

/** The host, or null outside one (tests that render the workbench alone). */
export function useModelHost(): ModelHost | null {
  return useContext(HostContext);
}

const NO_HOST: HostState = {
  phase: 'open',
  blocked: false,
  library: null,
  open: null,
  storageProblem: null,
  overlay: null,
  notice: null,
};
const noHostStore = {
  getState: () => NO_HOST,
  getInitialState: () => NO_HOST,
  setState: () => undefined,
  subscribe: () => () => undefined,
};

export function useHostState<T>(selector: (state: HostState) => T): T {
  const host = useModelHost();
  return useStore(host?.store ?? noHostStore, selector);
}

const SAVED: SaveStatus = { state: 'saved' };
const NO_SAVER = {
  getState: () => SAVED,
  getInitialState: () => SAVED,
  setState: () => undefined,
  subscribe: () => () => undefined,
};

/** The open model's save status; null when nothing saves it (storage unavailable, or no host). */
export function useSaveStatus(): SaveStatus | null {
  const saver = useHostState((state) => state.open?.autosaver ?? null);
  const status = useStore(saver?.status ?? NO_SAVER);
  return saver ? status : null;
}
