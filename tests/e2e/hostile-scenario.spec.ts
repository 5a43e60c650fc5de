/**
 * Issue 14 (hole 1): a scenario file with a huge staff count or money beyond any company's froze
 * the tab for more than 15 s (one loop a team) or played on with NaN. Opened in the real
 * renderer, it is refused at once with a message that names the field, and the app goes on
 * working: the built-in scenarios still start.
 */
import { expect, test, type Page } from '@playwright/test';
import { rawScenarioFile } from '../scenarios/builtin';
import { collectPageErrors } from './helpers/app';

type Edit = (raw: { org: { staff: { count: number }[] }; company: { cash: number } }) => void;

function hostileScenario(edit: Edit): string {
  const raw = rawScenarioFile('series-b-saas.json') as Parameters<Edit>[0] & { id: string };
  raw.id = 'hostile';
  edit(raw);
  return JSON.stringify(raw);
}

async function openScenarioFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open scenario file' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

for (const { what, field, edit } of [
  {
    what: 'a billion engineers in one line',
    field: /org\.staff\[0\]\.count/,
    edit: ((raw) => (raw.org.staff[0]!.count = 1e9)) as Edit,
  },
  {
    what: 'cash of 1e300',
    field: /company\.cash/,
    edit: ((raw) => (raw.company.cash = 1e300)) as Edit,
  },
]) {
  test(`a scenario file with ${what} is refused at once, naming the field; the app stays usable`, async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto('/');
    await expect(page.locator('.scenario-list > li').first()).toBeVisible();
    await openScenarioFile(page, 'hostile.json', hostileScenario(edit));
    // The refusal names the field, and no game starts.
    const refusal = page.getByRole('alert');
    await expect(refusal.getByRole('heading', { name: 'This game cannot start' })).toBeVisible();
    await expect(refusal).toContainText(field);
    await expect(page.getByTestId('quarter-label')).toHaveCount(0);
    // The page answers at once: back on the start screen, a built-in scenario still starts.
    await page.getByRole('button', { name: 'Back to the start screen' }).click();
    await page.locator('[data-scenario-id="series-b-saas"]').getByRole('button').first().click();
    await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}
