/** Stands for the engine's main door. */
export const door = 'index';
