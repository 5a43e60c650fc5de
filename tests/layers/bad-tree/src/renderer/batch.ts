// Forbidden: the headless door is for Node-side drivers.
export { headlessDoor } from '../sim/headless';
