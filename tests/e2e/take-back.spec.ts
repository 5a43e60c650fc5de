import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  choiceDialogs,
  defaultDecisions,
  newGame,
  parseScenario,
  submitDecisions,
} from '../../src/sim/index';
import { collectPageErrors } from './helpers/app';
import { dismissTourIfShown, startGame, startPlanning } from './game-driver';
import { SCENARIO_ID } from './game-plan';

/** A seed whose first quarter, under the starting plan, asks at least two questions. */
function seedWithQuestions(): number {
  const parsed = parseScenario(
    JSON.parse(readFileSync(join(process.cwd(), 'scenarios', `${SCENARIO_ID}.json`), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`${SCENARIO_ID} does not parse`);
  return Array.from({ length: 200 }, (_, i) => i + 1).find((seed) => {
    const game = newGame(parsed.value, seed);
    const r = submitDecisions(game, defaultDecisions(game));
    // Two or more dialogs, each with options of its own (no small requests' dialog).
    const dialogs = r.ok ? choiceDialogs(r.value.pending) : [];
    return dialogs.length >= 2 && dialogs.every((d) => d.kind === 'single');
  })!;
}

test('a quarter ended too soon is taken back while its choices are open, with the plan as it was', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await startGame(page, SCENARIO_ID, seedWithQuestions(), 'Hasty');
  await dismissTourIfShown(page);
  await startPlanning(page);
  await page.getByRole('tab', { name: 'Plan' }).click();
  const cell = page
    .getByTestId('staff-talent-hiring')
    .locator('tbody tr')
    .first()
    .locator('input')
    .first();
  await cell.fill('2');
  await page.getByTestId('end-quarter').click();
  const confirm = page.getByTestId('end-quarter-confirm-button');
  const events = page.locator('.game[data-resolved-quarters="1"][data-phase="events"]');
  await expect(confirm.or(events)).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(events).toBeVisible();
  // One answer given, then the player takes the quarter back.
  const dialog = page.getByRole('dialog');
  await dialog.locator('.dialog-options button').first().click();
  await dialog.getByTestId('take-back').click();
  await expect(page.locator('.game[data-quarter="1"][data-phase="planning"]')).toBeVisible();
  await expect(page.locator('.game')).toHaveAttribute('data-resolved-quarters', '0');
  await page.getByRole('tab', { name: 'Plan' }).click();
  await expect(
    page.getByTestId('staff-talent-hiring').locator('tbody tr').first().locator('input').first(),
  ).toHaveValue('2');
  // Answered to the end, the quarter stands: the offer is gone with the last choice.
  await page.getByTestId('end-quarter').click();
  await expect(confirm.or(events)).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(events).toBeVisible();
  while ((await page.locator('.game').getAttribute('data-phase')) === 'events') {
    await expect(dialog.getByTestId('take-back')).toBeVisible();
    await dialog.locator('.dialog-options button').first().click();
  }
  await expect(page.getByTestId('take-back')).toHaveCount(0);
  expect(errors).toEqual([]);
});
