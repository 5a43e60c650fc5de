import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two groups of unit tests. The engine's tests, and the CLI's and the layer check's that drive
// it, test pure functions over plain data: nothing they load keeps state from one file to the
// next, so each worker loads those modules once for all its files (isolate: false) instead of
// once per file, which was most of the unit stage's time. Everything else (main with a mocked
// Electron, the renderer with a DOM, i18n and IndexedDB per file) gets fresh modules and a
// fresh environment for every file.
const ENGINE_SIDE = [
  'tests/sim/**',
  'tests/scenarios/**',
  'tests/cli/**',
  'tests/layers/**',
  'tests/fuzz/**',
];
const NOT_UNIT = ['tests/e2e/**', 'node_modules/**'];

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          include: ENGINE_SIDE.map((dir) => `${dir}/*.test.ts`),
          exclude: NOT_UNIT,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: [...NOT_UNIT, ...ENGINE_SIDE],
        },
      },
    ],
  },
});
