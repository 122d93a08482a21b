/**
 * Preload of the sandboxed window: bundled as CommonJS, and imports nothing
 * from Node or npm at run time, only 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { exposeBridge } from './bridge';

exposeBridge(contextBridge, ipcRenderer);
