import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two groups of unit tests. Most test files keep no state in the modules they load from one file
// to the next (the engine and the CLI are pure functions over plain data; renderer tests render
// into a fresh DOM per file and set their language themselves; server tests start and stop their
// own rooms), so each worker loads those modules once for all its files (isolate: false) instead
// of once per file: importing React, i18next, Colyseus and the engine again for every file was
// most of the unit stage's time. The files that replace a module with vi.mock (the main process
// with a mocked Electron) would leak their mocks into the files after them, so they get fresh
// modules for every file.
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
