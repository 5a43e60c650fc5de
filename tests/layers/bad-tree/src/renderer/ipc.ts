// Forbidden: the renderer uses Electron (it has window.api).
export { ipcRenderer } from 'electron';
