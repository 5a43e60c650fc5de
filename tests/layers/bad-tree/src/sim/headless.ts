/** Stands for the engine's headless door. */
export const headlessDoor = 'headless';
