import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLayerViolations } from '../../scripts/layers';

const ROOT = resolve(__dirname, '..', '..');

describe('layers (.dependency-cruiser.cjs)', () => {
  // Parsing the whole tree with the TypeScript compiler takes seconds, minutes on a busy machine.
  it('the source tree keeps every import to its layer', async () => {
    expect(await findLayerViolations(ROOT)).toEqual([]);
  }, 300_000);

  it('a tree that imports across each forbidden line fails, naming the rule of each import', async () => {
    const violations = await findLayerViolations(resolve(__dirname, 'bad-tree'));
    // The tree's allowed imports (marked "Allowed" in its files) appear nowhere here.
    expect(violations.map((v) => `${v.rule}: ${v.from} -> ${v.to}`)).toEqual([
      'engine-doors: bench/engine.ts -> src/sim/game.ts',
      'ui-libraries-only-in-the-renderer: src/cli/hook.ts -> ../../../node_modules/react/index.js',
      'cli-layer: src/cli/screen.ts -> src/renderer/App.ts',
      'engine-doors: src/main/rules.ts -> src/sim/game.ts',
      'main-layer: src/main/rules.ts -> src/sim/game.ts',
      'main-layer: src/main/window.ts -> src/renderer/App.ts',
      'preload-layer: src/preload/index.ts -> src/main/rules.ts',
      'renderer-layer: src/renderer/batch.ts -> src/sim/headless.ts',
      'electron-only-in-main-and-preload: src/renderer/ipc.ts -> ../../../node_modules/electron/index.js',
      'no-node-in-browser-code: src/renderer/paths.ts -> path',
      'server-layer: src/server/room.ts -> src/renderer/App.ts',
      'engine-doors: src/shared/contract.ts -> src/sim/game.ts',
      'shared-layer: src/shared/contract.ts -> src/sim/game.ts',
      'shared-names-engine-types-only: src/shared/contract.ts -> src/sim/game.ts',
      'shared-names-engine-types-only: src/shared/engine-code.ts -> src/sim/index.ts',
      'sim-is-pure: src/sim/files.ts -> fs',
      'sim-layer: src/sim/screen.ts -> src/renderer/App.ts',
    ]);
  });
});
