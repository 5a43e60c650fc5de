// Allowed: the workshop server uses the doors and the shared contracts.
export { door } from '../sim/index';
export { headlessDoor } from '../sim/headless';
export type { Door } from '../shared/types';
