import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run screenshots`: the browser tests, writing the docs' screenshots to docs/screenshots
// (tests/e2e/helpers/screenshots.ts). `npm test` runs them without touching docs/.
export default defineConfig({ ...base, metadata: { ...base.metadata, docScreenshots: true } });
