/**
 * Which Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own download. With none of them, the run stops with instructions.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless Chromium in containers and CI (no sandbox user namespace, no GPU). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function playwrightsOwnChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function resolveChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
  ownChromium: () => string | null = playwrightsOwnChromium,
): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!exists(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (exists(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const own = ownChromium();
  if (own) return own;
  throw new Error(
    'No Chromium found for the browser tests. Install one with\n' +
      '  sudo apt-get update && sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
      'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium/Chrome binary.',
  );
}
