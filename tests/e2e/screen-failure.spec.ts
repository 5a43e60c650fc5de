/**
 * Issue 14 (hole 3): a screen that throws while it renders never blanks the page. A test-only
 * hook (src/renderer/app/renderFault.ts) makes one screen fail; the player keeps the game and can
 * download its last autosave, which opens as a game.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download } from '@playwright/test';
import { loadSave } from '../../src/sim/index';
import { loadBuiltin } from '../scenarios/builtin';
import { collectPageErrors } from './helpers/app';
import { freshSave, seedAutosave } from './helpers/saves';
import { answerDialogs, dismissTourIfShown, editPlan, endQuarter, startGame } from './game-driver';
import { SCENARIO_ID, SEED } from './game-plan';

const scenario = () => loadBuiltin(`${SCENARIO_ID}.json`);

/** The downloaded file, opened by the engine as the start screen would. */
async function openDownloaded(download: Download) {
  expect(download.suggestedFilename()).toMatch(/-autosave\.vpoe\.json$/);
  const text = readFileSync(await download.path(), 'utf8');
  const loaded = loadSave(JSON.parse(text) as unknown, scenario());
  if (!loaded.ok) throw new Error(`the downloaded autosave does not open: ${text.slice(0, 200)}`);
  return loaded.value;
}

/** Only the injected fault may show up as a page error (React reports it on the console). */
function onlyInjected(errors: string[]) {
  expect(errors.filter((e) => !e.includes('Render fault injected by a test'))).toEqual([]);
}

test('a view that fails to render keeps the game, offers its last autosave and comes back', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await startGame(page, SCENARIO_ID, SEED, 'Boundary');
  await dismissTourIfShown(page);
  await editPlan(page, 1);
  await endQuarter(page);
  await answerDialogs(page, 1);
  await page.getByTestId('continue').click();
  await expect(page.locator('.game[data-quarter="2"][data-play-phase="briefing"]')).toBeVisible();

  await page.evaluate(() => {
    window.__vpoeRenderFault = 'view:dashboard';
  });
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  const failure = page.getByTestId('screen-failure');
  await expect(failure).toHaveAttribute('data-screen', 'view:dashboard');
  await expect(failure.getByRole('heading')).toHaveText('This screen could not be shown');
  await expect(failure).toContainText('Your game is still open');
  // The session is still there around the failed view.
  await expect(page.getByTestId('quarter-label')).toHaveText('Quarter 2 of 12');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
  await page.screenshot({ path: test.info().outputPath('view-failed.png'), fullPage: true });

  const downloading = page.waitForEvent('download');
  await failure.getByTestId('download-autosave').click();
  const game = await openDownloaded(await downloading);
  expect(game.history).toHaveLength(1);
  await expect(page.getByTestId('autosave-downloaded')).toContainText('-autosave.vpoe.json');

  // Another view shows at once; the failed one shows again once its fault is gone.
  await page.getByRole('tab', { name: 'Briefing' }).click();
  await expect(page.getByTestId('briefing')).toHaveAttribute('data-quarter', '2');
  await page.evaluate(() => {
    delete window.__vpoeRenderFault;
  });
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page.getByTestId('screen-failure')).toHaveCount(0);
  onlyInjected(errors);
});

test('a game screen that fails to render never blanks the page: download, back to start', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  await seedAutosave(page, {
    gameId: 'crashing-game',
    quarter: 0,
    scenarioId: SCENARIO_ID,
    json: freshSave(`${SCENARIO_ID}.json`, SEED),
  });
  await page.addInitScript(() => {
    window.__vpoeRenderFault = 'game';
  });
  await page.reload();
  await page.getByRole('button', { name: 'Resume' }).click();
  const failure = page.getByTestId('screen-failure');
  await expect(failure).toHaveAttribute('data-screen', 'game');
  await expect(failure).toContainText('Nothing is lost: your game was autosaved');
  await page.screenshot({ path: test.info().outputPath('game-failed.png'), fullPage: true });

  const downloading = page.waitForEvent('download');
  await failure.getByTestId('download-autosave').click();
  const game = await openDownloaded(await downloading);
  expect(game.seed).toBe(SEED);

  await page.evaluate(() => {
    delete window.__vpoeRenderFault;
  });
  await failure.getByTestId('failure-back-to-start').click();
  await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toBeVisible();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.locator('.game[data-quarter="1"]')).toBeVisible();
  onlyInjected(errors);
});
