// Forbidden: the workshop server imports the renderer.
export { App } from '../renderer/App';
