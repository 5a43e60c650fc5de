// Allowed: the command line uses both doors and Node.
export { door } from '../sim/index';
export { headlessDoor } from '../sim/headless';
export { writeFileSync } from 'node:fs';
