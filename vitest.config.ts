import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two groups of unit tests. Most test files leave nothing behind in the packages they load (the
// engine and the CLI are pure functions over plain data; renderer tests render into a fresh DOM
// per file and set their language themselves; server tests start and stop their own rooms), so
// they share each worker (isolate: false): the packages a worker imported (React, i18next,
// Colyseus, ...) stay loaded for the files after it, while the project's own modules are still
// evaluated afresh per file. Importing those packages again for every file was most of the unit
// stage's time. The files that replace a module with vi.mock (the main process with a mocked
// Electron, whose entry point acts when imported) get fresh workers, and run after the others
// (sequence.groupOrder): interleaving the two groups recycled the shared workers per file.
const REPLACES_MODULES = [
  'tests/main/main-process.test.ts',
  'tests/main/menu.test.ts',
  'tests/main/single-instance.test.ts',
];
const UNIT = ['tests/**/*.test.ts', 'tests/**/*.test.tsx'];
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
          name: 'shared-modules',
          include: UNIT,
          exclude: [...NOT_UNIT, ...REPLACES_MODULES],
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'fresh-modules',
          include: REPLACES_MODULES,
          exclude: NOT_UNIT,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
