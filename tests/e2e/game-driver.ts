/**
 * Driving a game through the UI in the browser tests: start a scenario, read the quarter's
 * briefing, plan, answer, continue. Every quarter opens on its briefing (the game machine's
 * 'briefing' phase, `.game[data-play-phase="briefing"]`; the game's own data-phase is 'planning'
 * meanwhile); editPlan passes it on the way to the plan.
 */
import { expect, type Page } from '@playwright/test';
import { editsFor, optionIndex } from './game-plan';

/** From the start screen to the first quarter's briefing of a new game with this seed. */
export async function startGame(page: Page, scenarioId: string, seed: number, playerName: string) {
  await page.goto('/');
  await page.locator(`[data-scenario-id="${scenarioId}"]`).getByRole('button').click();
  await page.getByTestId('seed-input').fill(String(seed));
  await page.getByRole('textbox', { name: /name/i }).fill(playerName);
  await page.getByTestId('start-game').click();
  await expectBriefing(page, 1);
}

/** The briefing of this quarter is on screen, its "Start planning" button focused. */
export async function expectBriefing(page: Page, quarter: number) {
  await expect(
    page.locator(`.game[data-quarter="${quarter}"][data-play-phase="briefing"]`),
  ).toBeVisible();
  await expect(page.getByTestId('briefing')).toHaveAttribute('data-quarter', String(quarter));
}

/**
 * Leaves the quarter's briefing for its plan as a keyboard user does: Enter on the focused
 * "Start planning". Fails when the quarter is not in its briefing.
 */
export async function passBriefing(page: Page, quarter: number) {
  await expectBriefing(page, quarter);
  await expect(page.getByTestId('start-planning')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.game[data-play-phase="planning"]')).toBeVisible();
  await expect(page.getByTestId('end-quarter')).toBeVisible();
}

/**
 * From the briefing to the plan with a click, or nothing when planning has already started;
 * every section of the plan open (the plan opens folded, and remembers what the player opened).
 */
export async function startPlanning(page: Page) {
  const game = page.locator('.game');
  await expect(game).toHaveAttribute('data-play-phase', /^(briefing|planning)$/);
  if ((await game.getAttribute('data-play-phase')) === 'briefing')
    await page.getByTestId('start-planning').click();
  await expect(game).toHaveAttribute('data-play-phase', 'planning');
  await openPlanSections(page);
}

/** Opens every section of the plan on screen (the Plan tab), as "Open all sections" does. */
export async function openPlanSections(page: Page) {
  await page.getByRole('tab', { name: /^(Plan|計画)$/ }).click();
  if ((await page.locator('details.responsibility:not([open])').count()) > 0)
    await page.getByTestId('open-all-sections').click();
  await expect(page.locator('details.responsibility:not([open])')).toHaveCount(0);
}

/** From the quarterly review to the next quarter's briefing (or the debrief after the last). */
export async function continueToNextQuarter(page: Page) {
  const game = page.locator('.game');
  const quarter = Number(await game.getAttribute('data-quarter'));
  await page.getByTestId('continue').click();
  await expect(game).toHaveAttribute('data-play-phase', /^(briefing|ended)$/);
  if ((await game.getAttribute('data-play-phase')) === 'briefing')
    await expectBriefing(page, quarter + 1);
}

export async function dismissTourIfShown(page: Page) {
  const skip = page.getByTestId('tour-skip');
  if (await skip.isVisible()) await skip.click();
}

export async function currentQuarter(page: Page): Promise<number> {
  return Number(await page.locator('.game').getAttribute('data-quarter'));
}

/** Makes the scripted edits of this quarter in the plan (passing its briefing first if open). */
export async function editPlan(page: Page, quarter: number) {
  await startPlanning(page);
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

/**
 * Ends the quarter as a player does: End quarter, then "End the quarter" when the game asks to
 * confirm (a plan that changed nothing or leaves a warning open). Waits until it is resolved.
 */
export async function endQuarter(page: Page) {
  const quarter = await currentQuarter(page);
  await page.getByTestId('end-quarter').click();
  const confirm = page.getByTestId('end-quarter-confirm-button');
  const resolved = page.locator(`.game[data-resolved-quarters="${quarter}"]`);
  await expect(confirm.or(resolved)).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(resolved).toBeVisible();
}

/**
 * Answers every choice of this quarter with the scripted option, dialog by dialog (the small
 * requests' dialog takes one answer a request, then sends them together); returns how many.
 */
export async function answerDialogs(page: Page, quarter: number): Promise<number> {
  let answered = 0;
  const game = page.locator('.game');
  while ((await game.getAttribute('data-phase')) === 'events') {
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const before = await dialog.getAttribute('aria-labelledby');
    const title = await dialog.locator('h2').textContent();
    const requests = dialog.locator('.small-request');
    if ((await requests.count()) > 0) {
      for (let i = 0, n = await requests.count(); i < n; i++) {
        const radios = requests.nth(i).getByRole('radio');
        await radios.nth(optionIndex(quarter, answered, await radios.count())).check();
        answered += 1;
      }
      await dialog.getByTestId('answer-small-requests').click();
    } else {
      const options = dialog.locator('.dialog-options button');
      await options.nth(optionIndex(quarter, answered, await options.count())).click();
      answered += 1;
    }
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
