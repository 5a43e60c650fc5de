import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Groups of unit tests. Most test files leave nothing behind in the packages they load (the
// engine and the CLI are pure functions over plain data; renderer tests unmount what they render
// after each test (cleanup) and set their language themselves; server tests start and stop their
// own rooms), so they share each worker (isolate: false): the packages a worker imported (React, i18next,
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
// The files that render into a DOM (their first line names the environment) share workers and one
// happy-dom of their own: set up per file, the DOM cost a tenth of the unit stage (12.8 of 48.6 s
// of environment time, 2026-12-03), and a worker that alternates environments is recycled.
const IN_A_DOM = fs
  .globSync(UNIT, { exclude: NOT_UNIT })
  .filter((file) => fs.readFileSync(file, 'utf8').includes('@vitest-environment happy-dom'));

// One worker per core. Vitest's default keeps a core for its main process (cores - 1), which on a
// 2-core machine means one worker, while the main process sits mostly idle and many files wait on
// processes, sockets and the disk: two workers on 2 cores ran the unit stage in 38.6 s against
// 50.0 s for one, back to back on the same loaded machine (2026-12-03).
const WORKERS = availableParallelism();

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    testTimeout: 60_000,
    maxWorkers: WORKERS,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared-modules',
          include: UNIT,
          exclude: [...NOT_UNIT, ...REPLACES_MODULES, ...IN_A_DOM],
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'shared-dom',
          include: IN_A_DOM,
          exclude: NOT_UNIT,
          environment: 'happy-dom',
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
