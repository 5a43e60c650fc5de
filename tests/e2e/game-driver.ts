/** Driving a game through the UI in the browser tests: start a scenario, plan, answer, continue. */
import { expect, type Page } from '@playwright/test';
import { editsFor, optionIndex } from './game-plan';

/** From the start screen to the first planning screen of a new game with this seed. */
export async function startGame(page: Page, scenarioId: string, seed: number, playerName: string) {
  await page.goto('/');
  await page.locator(`[data-scenario-id="${scenarioId}"]`).getByRole('button').click();
  await page.getByTestId('seed-input').fill(String(seed));
  await page.getByRole('textbox', { name: /name/i }).fill(playerName);
  await page.getByTestId('start-game').click();
  await expect(page.locator('.game[data-phase="planning"]')).toBeVisible();
}

export async function dismissTourIfShown(page: Page) {
  const skip = page.getByTestId('tour-skip');
  if (await skip.isVisible()) await skip.click();
}

export async function currentQuarter(page: Page): Promise<number> {
  return Number(await page.locator('.game').getAttribute('data-quarter'));
}

/** Makes the scripted edits of this quarter in the plan. */
export async function editPlan(page: Page, quarter: number) {
  await page.getByRole('tab', { name: /Plan|計画/ }).click();
  for (const edit of editsFor(quarter)) {
    if (edit.kind === 'allocation') {
      // Arrow keys, as a keyboard user would (and a React-controlled range ignores a bare value set).
      const slider = page.locator(`#allocation-${edit.share}`);
      const current = Number(await slider.inputValue());
      await slider.focus();
      const key = current < edit.percent ? 'ArrowRight' : 'ArrowLeft';
      for (let i = 0; i < Math.abs(edit.percent - current); i++) await slider.press(key);
      await expect(slider).toHaveValue(String(edit.percent));
      await expect(page.getByTestId('allocation-total')).toHaveText(/100/);
    } else {
      const cell = page
        .getByTestId('staff-talent-hiring')
        .locator('tbody tr')
        .nth(['product', 'platform', 'security', 'data'].indexOf(edit.role))
        .locator('input')
        .nth(['junior', 'senior', 'staff', 'manager'].indexOf(edit.level));
      await cell.fill(String(edit.count));
    }
  }
}

/** Answers every dialog of this quarter with the scripted option; returns how many. */
export async function answerDialogs(page: Page, quarter: number): Promise<number> {
  let answered = 0;
  const game = page.locator('.game');
  while ((await game.getAttribute('data-phase')) === 'events') {
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const options = dialog.locator('.dialog-options button');
    const count = await options.count();
    const before = await dialog.getAttribute('aria-labelledby');
    const title = await dialog.locator('h2').textContent();
    await options.nth(optionIndex(quarter, answered, count)).click();
    answered += 1;
    // Wait until this dialog is gone (the next one, if any, has another title or id).
    await expect
      .poll(async () => {
        if ((await game.getAttribute('data-phase')) !== 'events') return true;
        const next = page.getByRole('dialog');
        return (
          (await next.locator('h2').textContent()) !== title ||
          (await next.getAttribute('aria-labelledby')) !== before
        );
      })
      .toBe(true);
  }
  return answered;
}
