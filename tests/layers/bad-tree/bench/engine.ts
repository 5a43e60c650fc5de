// Forbidden: a benchmark reaches inside the engine.
export { inside } from '../src/sim/game';
