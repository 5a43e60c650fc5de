/** Stands for the renderer's root. */
export const App = 'app';
