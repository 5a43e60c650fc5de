// Forbidden: the engine reads files.
export { readFileSync } from 'node:fs';
