/**
 * The layers of the code and what each may import (ARCHITECTURE.md draws them). Checked by
 * tests/layers/layers.test.ts on every `npm test`; `npm run layers` lists the violations.
 * Tests (tests/) may import anything: they check the inside of every layer.
 *
 * Each layer rule is an allow-list: a layer imports from src/ only what its `pathNot` names.
 */

// The engine's two doors: index.ts (the game, saves, machine, selectors) and headless.ts (the
// game loop alone, for batch workers that must load fast). Everything else in src/sim is inside.
// json-limits.ts (the size limits of a JSON document, checked before any schema) has no imports
// and is shared with the hosts and the CLI, which check a file before the engine sees it.
const SIM_DOORS = '^src/sim/(index|headless|json-limits)[.]ts$';
const JSON_LIMITS = '^src/sim/json-limits[.]ts$';
const SIM_INDEX = '^src/sim/index[.]ts$';
const UI_LIBRARIES =
  '(^|/)node_modules/(react|react-dom|react-i18next|i18next|@xstate/react|recharts|@tanstack)/';
const ELECTRON = '(^|/)node_modules/electron/';

/** One layer's allow-list of src/ folders. */
function layer(name, folder, allowed, comment) {
  return {
    name: `${name}-layer`,
    comment,
    severity: 'error',
    from: { path: `^src/${folder}/` },
    to: { path: '^src/', pathNot: allowed },
  };
}

module.exports = {
  forbidden: [
    layer(
      'sim',
      'sim',
      ['^src/sim/'],
      'The engine imports only itself: the same code runs in the renderer, the CLI, batch workers and the workshop server (ADR 0001).',
    ),
    layer(
      'shared',
      'shared',
      ['^src/shared/', SIM_INDEX, JSON_LIMITS],
      'src/shared holds the contracts that cross a process boundary (host API, workshop messages); it may name the engine’s types from its door, nothing else.',
    ),
    layer(
      'main',
      'main',
      ['^src/main/', '^src/shared/', SIM_INDEX],
      'Electron main does windows, menus, dialogs and files; it reaches the renderer only through the host API in src/shared.',
    ),
    layer(
      'preload',
      'preload',
      ['^src/preload/', '^src/shared/'],
      'The preload exposes the host API contract (src/shared) and nothing else.',
    ),
    layer(
      'cli',
      'cli',
      ['^src/cli/', '^src/shared/', SIM_DOORS],
      'The command line drives the engine through its doors; it has no UI and no Electron.',
    ),
    layer(
      'renderer',
      'renderer',
      ['^src/renderer/', '^src/shared/', SIM_INDEX],
      'The renderer reaches the engine through src/sim/index.ts and the host through src/shared (window.api).',
    ),
    layer(
      'server',
      'server',
      ['^src/server/', '^src/shared/', SIM_DOORS],
      'The workshop server drives the engine through its doors and talks to browsers through src/shared; never the renderer or main.',
    ),
    {
      name: 'engine-doors',
      comment:
        'Outside src/sim (tests aside), the engine is reached only through src/sim/index.ts or src/sim/headless.ts.',
      severity: 'error',
      from: { pathNot: ['^src/sim/', '^tests/'] },
      to: { path: '^src/sim/', pathNot: SIM_DOORS },
    },
    {
      name: 'shared-names-engine-types-only',
      comment:
        'src/shared is bundled into main, preload and the renderer: it may name the engine’s types, never run its code.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/sim/', pathNot: JSON_LIMITS, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'sim-is-pure',
      comment:
        'The engine replays exactly anywhere: no Node APIs; of the libraries only the state machine, the schema, the PRNG and exact math; of the data files only the base deck (scenarios/deck).',
      severity: 'error',
      from: { path: '^src/sim/' },
      to: {
        pathNot: [
          '^src/',
          '^scenarios/deck/[^/]+[.]json$',
          '(^|/)node_modules/(xstate|zod|pure-rand|@stdlib)/',
        ],
      },
    },
    {
      name: 'no-node-in-browser-code',
      comment:
        'The renderer, the preload (sandboxed) and src/shared run without Node: no Node built-in modules.',
      severity: 'error',
      from: { path: '^src/(renderer|preload|shared)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'electron-only-in-main-and-preload',
      comment: 'Only main and the preload run inside Electron.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(main|preload)/' },
      to: { path: ELECTRON },
    },
    {
      name: 'ui-libraries-only-in-the-renderer',
      comment:
        'React, i18n and chart libraries belong to the renderer; a hook elsewhere is a layer leak.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/renderer/' },
      to: { path: UI_LIBRARIES },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
