/**
 * Issue 13, item 6: the quarter's small requests are answered together in one dialog, each with
 * what it asks and the trust at stake, in English and Japanese.
 */
import { expect, test, type Page } from '@playwright/test';
import { selectRequestStakes } from '../../src/sim/index';
import { collectPageErrors } from './helpers/app';
import { docScreenshot } from './helpers/screenshots';
import { quarterWithSmallRequests } from './helpers/small-requests-seed';
import { dismissTourIfShown, endQuarter, startGame, startPlanning } from './game-driver';
import { SCENARIO_ID } from './game-plan';

test.use({ viewport: { width: 1280, height: 900 } });

const found = quarterWithSmallRequests(SCENARIO_ID);

/**
 * Ends quarter 1 with the starting plan (in Japanese when asked) and answers the dialogs before
 * the small requests'.
 */
async function reachSmallRequests(page: Page, japanese = false) {
  await startGame(page, SCENARIO_ID, found.seed, 'Peer');
  if (japanese) await page.getByRole('button', { name: '日本語' }).click();
  await dismissTourIfShown(page);
  await startPlanning(page);
  await endQuarter(page);
  const dialog = page.getByRole('dialog');
  while ((await dialog.locator('.small-request').count()) === 0) {
    const title = await dialog.locator('h2').textContent();
    await dialog.locator('.dialog-options button').first().click();
    await expect(dialog.locator('h2')).not.toHaveText(title ?? '');
  }
  return dialog;
}

const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v)}`;

test('small requests come together in one dialog, each with its stakes and its own answer', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const dialog = await reachSmallRequests(page);
  const n = found.small.length;
  await expect(dialog.locator('h2')).toContainText(`${n} small requests this quarter`);
  const rows = dialog.locator('.small-request');
  await expect(rows).toHaveCount(n);
  for (const [i, event] of found.small.entries()) {
    const row = rows.nth(i);
    await expect(row.locator('h3')).toContainText(event.title.en);
    const stakes = selectRequestStakes(found.game, event)!;
    await expect(row.getByTestId('request-stakes')).toContainText(
      `at the end of quarter ${stakes.dueQuarter}`,
    );
    await expect(row.getByTestId('request-stakes')).toContainText(
      `accept ${signed(stakes.trust.accept)} or decline ${signed(stakes.trust.decline)} now; ` +
        `if accepted, met ${signed(stakes.trust.met)} or missed ${signed(stakes.trust.missed)}`,
    );
  }
  const send = dialog.getByTestId('answer-small-requests');
  await expect(send).toBeDisabled();
  await expect(send).toHaveText(`Send the ${n} answers`);
  // The first accepted, the others declined; nothing is sent until every one has an answer.
  for (let i = 0; i < n; i++)
    await rows
      .nth(i)
      .getByRole('radio', { name: i === 0 ? 'Accept as a commitment' : 'Decline' })
      .check();
  await expect(send).toBeEnabled();
  await expect(dialog).toContainText('Every request has an answer.');
  await dialog.evaluate((d) => d.scrollTo(0, 0));
  await docScreenshot(page, 'small-requests-en.png');
  await send.click();
  // All answered at once: the dialog is gone and the quarter's report lists every answer.
  await expect(page.locator('.small-request')).toHaveCount(0);
  const game = page.locator('.game');
  while ((await game.getAttribute('data-phase')) === 'events')
    await page.getByRole('dialog').locator('.dialog-options button').first().click();
  await expect(page.getByTestId('report')).toBeVisible();
  await expect(game).toHaveAttribute('data-phase', 'review');
  for (const event of found.small)
    await expect(page.getByTestId('report')).toContainText(event.title.en);
  expect(errors).toEqual([]);
});

test('the small requests dialog speaks Japanese', async ({ page }) => {
  const errors = collectPageErrors(page);
  const dialog = await reachSmallRequests(page, true);
  const n = found.small.length;
  await expect(dialog.locator('h2')).toContainText(`今四半期の小さな依頼（${n}件）`);
  const rows = dialog.locator('.small-request');
  for (const [i, event] of found.small.entries()) {
    await expect(rows.nth(i).locator('h3')).toContainText(event.title.ja);
    const stakes = selectRequestStakes(found.game, event)!;
    await expect(rows.nth(i).getByTestId('request-stakes')).toContainText(
      `第${stakes.dueQuarter}四半期の終わり`,
    );
  }
  await expect(dialog.getByTestId('answer-small-requests')).toHaveText(`${n}件の回答を送る`);
  await expect(dialog).toContainText(`あと${n}件、回答が必要です。`);
  for (let i = 0; i < n; i++) await rows.nth(i).getByRole('radio', { name: '断る' }).check();
  await dialog.evaluate((d) => d.scrollTo(0, 0));
  await docScreenshot(page, 'small-requests-ja.png');
  await dialog.getByTestId('answer-small-requests').click();
  await expect(page.locator('.small-request')).toHaveCount(0);
  expect(errors).toEqual([]);
});
