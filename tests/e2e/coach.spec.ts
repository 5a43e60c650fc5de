/**
 * The coach on the same seed, read in Japanese (issue 13, item 5): a finished game opened from
 * its save, the debrief switched to Japanese; the coach's scores, where the games parted, its
 * reasons and each dilemma's own reflection questions come in Japanese and agree with the engine.
 */
import { expect, test } from '@playwright/test';
import { carelessPolicy, coachOnSameSeed, runGame, toSave } from '../../src/sim/index';
import { loadBuiltin } from '../scenarios/builtin';
import { SCENARIO_ID, SEED } from './game-plan';
import { collectPageErrors } from './helpers/app';
import { uploadSave } from './helpers/saves';
import { docScreenshot } from './helpers/screenshots';

test.use({ viewport: { width: 1280, height: 720 } });

test('the coach speaks Japanese: scores, where the games parted, its reasons, the questions', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  // A careless player, so that the games part early and the coach has much to say.
  const game = runGame(loadBuiltin(`${SCENARIO_ID}.json`), SEED, carelessPolicy);
  const coach = coachOnSameSeed(game);
  await page.goto('/');
  await uploadSave(page, 'careless.vpoe.json', toSave(game));
  await expect(page.locator('.game[data-play-phase="ended"]')).toBeVisible();
  await page.getByRole('button', { name: '日本語', exact: true }).click();

  const panel = page.getByTestId('coach');
  await expect(panel.getByRole('heading', { name: '同じシードでプレイしたコーチ' })).toBeVisible();
  const number = (v: number) =>
    new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 }).format(v);
  await expect(panel.getByTestId('coach-scores').getByRole('row').nth(1)).toContainText(
    `あなた${number(coach.player.score)}`,
  );
  await expect(panel.getByTestId('coach-scores').getByRole('row').nth(2)).toContainText(
    `コーチ${number(coach.reference.score)}`,
  );
  const gap = coach.scoreGap;
  await expect(panel.getByTestId('coach-gap')).toHaveText(
    gap === 0
      ? 'あなたとコーチのスコアは同じです。'
      : `あなたのスコアはコーチより${number(Math.abs(gap))}点${gap > 0 ? '高く' : '低く'}なりました。`,
  );
  expect(coach.partedAt).toBeDefined();
  await expect(panel.getByTestId('coach-parted')).toContainText(
    `2つのゲームが分かれたのは第${coach.partedAt!.quarter}四半期`,
  );
  // Each quarter of the coach's game with its written reason, in Japanese.
  const quarters = panel.getByTestId('coach-quarters').locator('> li');
  await expect(quarters).toHaveCount(coach.quarters.length);
  // Its first reason heads the quarter; the others show when the quarter is opened.
  const [first, second] = coach.quarters[0]!.reasons;
  expect(second, 'the coach gives more than one reason in quarter 1').toBeDefined();
  await expect(quarters.first().locator('summary')).toContainText(first!.text.ja);
  await expect(quarters.first().getByText(second!.text.ja)).toBeHidden();
  await panel.getByTestId('coach-quarters').locator('summary').first().click();
  await expect(quarters.first().getByText(second!.text.ja)).toBeVisible();
  // Each dilemma met with its own questions, in the player's language, and whether the coach
  // answered alike.
  const met = panel.getByTestId('coach-reflection').locator('> li');
  await expect(met).toHaveCount(coach.dilemmas.length);
  for (const [i, d] of coach.dilemmas.entries()) {
    await expect(met.nth(i).getByTestId('reflection-questions').locator('li')).toHaveText(
      d.questions.map((q) => q.ja),
    );
    await expect(met.nth(i).getByTestId('coach-alike')).toHaveText(
      d.same ? 'あなたとコーチは同じ選択肢を選びました。' : 'あなたとコーチの選択は分かれました。',
    );
  }
  await expect(panel).not.toContainText(/\b(the|and|quarter)\b/);
  await panel.scrollIntoViewIfNeeded();
  await docScreenshot(page, 'coach-ja.png');
  expect(errors).toEqual([]);
});
