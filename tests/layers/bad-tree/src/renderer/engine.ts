// Allowed: the renderer uses the engine's main door.
export { door } from '../sim/index';
