// Forbidden: main imports the renderer.
export { App } from '../renderer/App';
