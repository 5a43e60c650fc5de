import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// electron-builder's own loader and schema check: the same validation `npm run dist` starts with,
// without downloading Electron.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util/out/DebugLogger';

const root = join(__dirname, '..', '..');

describe('electron-builder configuration', () => {
  it('passes electron-builder schema validation', async () => {
    const config = await getConfig(root, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds installers for Linux, macOS and Windows and ships the scenarios', async () => {
    const config = await getConfig(root, null, null);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.extraResources).toContainEqual(
      expect.objectContaining({ from: 'scenarios', to: 'scenarios' }),
    );
  });

  it('turns off the fuses that would widen the packaged app (file:// privileges, Node modes)', async () => {
    const config = await getConfig(root, null, null);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
