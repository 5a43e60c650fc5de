/**
 * Screenshots of the app for the docs. `npm run screenshots` (playwright.screenshots.config.ts)
 * writes them to docs/screenshots; in `npm test` the same shots go to the test's own folder
 * under test-results/, so running the tests never rewrites a tracked file.
 */
import { test, type Page } from '@playwright/test';

export const DOC_SCREENSHOTS_DIR = 'docs/screenshots';

/** Whether this run writes the docs' screenshots (set by playwright.screenshots.config.ts). */
export function writesDocScreenshots(): boolean {
  return test.info().config.metadata.docScreenshots === true;
}

/** Takes the screenshot `name` (e.g. "plan-en.png") of the page as it is now. */
export async function docScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  const path = writesDocScreenshots()
    ? `${DOC_SCREENSHOTS_DIR}/${name}`
    : test.info().outputPath(name);
  await page.screenshot({ ...options, path });
}
