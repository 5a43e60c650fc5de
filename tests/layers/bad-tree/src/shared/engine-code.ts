// Forbidden: shared runs the engine's code (a type from its door is fine).
export { door } from '../sim/index';
