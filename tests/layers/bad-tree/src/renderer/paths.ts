// Forbidden: the renderer has no Node.
export { join } from 'node:path';
