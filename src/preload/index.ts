// The only bridge between the sandboxed page and the main process: one object, `window.api`.
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './api';

contextBridge.exposeInMainWorld('api', createPreloadApi(ipcRenderer));
