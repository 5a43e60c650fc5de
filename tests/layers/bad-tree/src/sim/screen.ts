// Forbidden: the engine imports the renderer.
export { App } from '../renderer/App';
