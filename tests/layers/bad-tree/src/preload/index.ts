// Forbidden: the preload imports main.
export { inside } from '../main/rules';
