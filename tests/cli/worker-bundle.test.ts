import { describe, expect, it } from 'vitest';
import { bundleWorker } from '../../src/cli/batch';

describe('batch worker bundle', () => {
  it('holds the game loop without zod, xstate or the save format (worker start-up time)', async () => {
    const code = await bundleWorker();
    // esbuild marks each bundled module with its path: the check sees what is inside.
    expect(code).toMatch(/\/\/ src\/sim\/step\.ts/);
    expect(code).toMatch(/\/\/ node_modules\/@stdlib\//);
    expect(code).not.toMatch(/\/\/ node_modules\/zod\//);
    expect(code).not.toMatch(/\/\/ node_modules\/xstate\//);
    expect(code).not.toMatch(/\/\/ src\/sim\/(save|machine|scenario\/schema)\.ts/);
    expect(code.length).toBeLessThan(500_000);
  }, 30_000);
});
