// Allowed: shared names a type from the engine's door.
export type { Door } from './door-type';
