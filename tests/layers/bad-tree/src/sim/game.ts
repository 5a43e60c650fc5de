/** Stands for a module inside the engine. */
export const inside = 'game';
