// Forbidden: the command line imports the renderer.
export { App } from '../renderer/App';
