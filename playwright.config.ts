import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './tests/e2e/helpers/chromium';

// The browser tests drive the built renderer (`npm run test:browser` builds first) through the
// same server as `npm run web`, on its own port so a running workshop server is not disturbed.
// E2E_PORT moves it, e.g. when several checkouts run their tests on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    locale: 'en-US',
    viewport: { width: 1360, height: 860 },
    launchOptions: { executablePath: resolveChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node scripts/serve-web.mjs',
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
