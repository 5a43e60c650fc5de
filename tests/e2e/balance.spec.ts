/**
 * The Balance lab in the analysis area: a built-in scenario and the player's own scenario file,
 * run by the engine in a Web Worker with progress, and a report with charts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEFAULT_LAB_SETTINGS } from '../../src/sim/analysis/balance/lab';
import { MIN_POPULATION } from '../../src/sim/analysis/balance/search';
import { rawScenarioFile } from '../scenarios/builtin';
import { collectPageErrors } from './helpers/app';
import { freshSave, uploadSave } from './helpers/saves';

test.use({ viewport: { width: 1360, height: 900 } });

test('the balance lab runs on a built-in scenario and on an opened scenario file', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = collectPageErrors(page);
  await page.goto('/');
  await page.getByTestId('open-analysis').click();
  await page.getByTestId('open-balance-lab').click();
  await expect(page.getByTestId('balance-lab')).toBeVisible();
  await expect(page.getByTestId('balance-run')).toBeDisabled();

  await test.step('a built-in scenario: progress while the worker plays, then the report', async () => {
    await page.getByTestId('balance-scenario').selectOption('fintech-regulated');
    await expect(page.getByTestId('balance-chosen')).toContainText('FinTech');
    await page.getByTestId('balance-seeds').fill('6');
    // Enough for the two recipes and the kept plans (docs/balance/plans, which grows with every
    // full search) on the search's seeds, one generation after them and 60 games of answer polish.
    const kept = JSON.parse(readFileSync('docs/balance/plans/fintech-regulated.json', 'utf8')).plans
      .length as number;
    const budget = (2 + kept + MIN_POPULATION) * DEFAULT_LAB_SETTINGS.searchSeeds + 60;
    await page.getByTestId('balance-budget').fill(String(budget));
    await page.getByTestId('balance-run').click();
    await expect(page.getByTestId('balance-progress')).toBeVisible();
    await expect(page.getByTestId('balance-results')).toBeVisible({ timeout: 180_000 });
    const targets = page.getByTestId('balance-targets');
    await expect(targets).toContainText('strongest fixed plan');
    await expect(page.getByTestId('balance-policies')).toContainText('best-fixed-plan');
    await expect(page.getByTestId('balance-policies')).toContainText('random');
    // The search started from the plans earlier full searches found for this scenario.
    await expect(page.getByTestId('balance-kept-plans')).toContainText(
      /\d+ plans? kept from earlier searches joined the candidates/,
    );
    // Its generations refined the best of those kept plans.
    await expect(page.getByTestId('balance-search-start')).toContainText(
      /The generations refined “fintech-regulated (trial )?engine .+”, the best candidate at the start/,
    );
    // Then it tried its best plan's answers one card at a time (the 60 games for the polish).
    await expect(page.getByTestId('balance-polish')).toContainText(
      /leading plans on 20 seeds\) were (improved|tried) one card at a time/,
    );
    // Every kept plan is played on the hold-out seeds too, and the fixed-plan target is judged
    // against the strongest of them all, named with where it came from.
    await expect(page.getByTestId('balance-policies')).toContainText('(kept plan)');
    const adversary = page.getByTestId('balance-adversary');
    await expect(adversary).toContainText(
      /judged against the strongest of the \d+ fixed plans played on the hold-out seeds/,
    );
    await expect(targets).toContainText(/margin −?\d+\.\d, against /);
    // The hold-out seeds start in the scenario's situations: the reference against the strongest
    // plan in each (seed 1 starts as described).
    await expect(page.getByTestId('balance-situations')).toContainText('The company as described');
    await expect(page.locator('.balance-results .recharts-surface').first()).toBeVisible();
    await page.screenshot({ path: 'test-results/balance-lab-en.png', fullPage: true });
    await page
      .getByTestId('balance-results')
      .screenshot({ path: 'test-results/balance-lab-adversary-en.png' });
    // The same in Japanese: the kept plans' kind and the adversary's sentence.
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(adversary).toContainText('固定計画の目標は');
    await expect(adversary).toContainText('保存済みの計画「');
    await expect(page.getByTestId('balance-policies')).toContainText('(保存済みの計画)');
    await expect(page.getByTestId('balance-situations')).toContainText('説明どおりの会社');
    await page
      .getByTestId('balance-results')
      .screenshot({ path: 'test-results/balance-lab-adversary-ja.png' });
    await page.getByRole('button', { name: 'English' }).click();
  });

  await test.step('the player’s own scenario file, with an error for a broken one', async () => {
    const own = rawScenarioFile('series-b-saas.json') as {
      id: string;
      title: { en: string; ja: string };
      horizonQuarters: number;
      objectives?: { byQuarter: number }[];
    };
    own.id = 'my-own-series-b';
    own.title = { en: 'My own Series B', ja: '自作のシリーズB' };
    own.horizonQuarters = 4;
    // A shorter game judges its objectives by its own last quarter.
    for (const objective of own.objectives ?? []) objective.byQuarter = 4;
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('balance-open-file').click();
    await (
      await chooser
    ).setFiles({
      name: 'my-own.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(own)),
    });
    await expect(page.getByTestId('balance-chosen')).toContainText('My own Series B');
    await page.getByTestId('balance-seeds').fill('4');
    await page.getByTestId('balance-budget').fill('40');
    await page.getByTestId('balance-run').click();
    await expect(page.getByTestId('balance-results')).toBeVisible({ timeout: 180_000 });
    await expect(page.getByTestId('balance-targets')).toBeVisible();
    // No plans are kept for the player's own scenario: the adversary is the search's best or
    // max-everything.
    await expect(page.getByTestId('balance-kept-plans')).toHaveCount(0);
    await expect(page.getByTestId('balance-search-start')).toContainText(
      'Half the generations explored from the reference’s opening',
    );
    await expect(page.getByTestId('balance-policies')).not.toContainText('(kept plan)');
    await expect(page.getByTestId('balance-adversary')).toContainText(
      /found by this search|the search’s choice|the recipe/,
    );
  });

  expect(errors).toEqual([]);
});

test('with a game open, the balance lab is a tab that offers the game’s scenario', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = collectPageErrors(page);
  await page.goto('/');
  await uploadSave(page, 'lab-game.json', freshSave('series-b-saas.json', 7));
  await page.getByTestId('analyse').click();
  await expect(page.getByTestId('analysis')).toBeVisible();
  // The header keeps its one row: the lab is a tab beside the game's analyses, not a button.
  await expect(page.getByTestId('open-balance-lab')).toHaveCount(0);
  await page.getByTestId('analysis-tab-balance').click();
  await expect(page.getByTestId('analysis-tab-balance')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('balance-chosen')).toContainText('Series B');
  await page.getByTestId('balance-seeds').fill('4');
  await page.getByTestId('balance-budget').fill('40');
  // What knowing a seed is worth: each of the 4 seeds searched alone (40 games each).
  await page.getByTestId('balance-section-foresight').check();
  // What reading each event is worth: its options forced on the 4 seeds' draws.
  await page.getByTestId('balance-section-options').check();
  // ...and each lever held at each value, beside the reference setting it as it reads the game.
  await page.getByTestId('balance-section-sensitivity').check();
  await page.getByTestId('balance-run').click();
  await expect(page.getByTestId('balance-results')).toBeVisible({ timeout: 180_000 });
  await expect(page.getByTestId('balance-policies')).toContainText('best-fixed-plan');
  const foresight = page.getByTestId('balance-foresight');
  await expect(foresight.locator('tbody tr')).toHaveCount(4);
  await expect(foresight).toContainText('(40 games)');
  await expect(foresight).toContainText(
    /Knowing the seed was worth [+−±]\d+(\.\d)? over the strongest fixed plan on these seeds/,
  );
  await foresight.screenshot({ path: 'test-results/balance-lab-foresight-en.png' });
  const reading = page.getByTestId('balance-reading');
  await expect(reading).toContainText(
    /the reference’s answers are worth [+−±]\d+(\.\d\d?)? points a game against each event’s best single answer/,
  );
  await expect(page.getByTestId('balance-options').locator('thead')).toContainText('Bound');
  await page
    .getByTestId('balance-options')
    .screenshot({ path: 'test-results/balance-lab-options-en.png' });
  await expect(page.getByTestId('balance-sensitivity').locator('figcaption').first()).toContainText(
    /reading [+−±]\d+(\.\d\d?)?$/,
  );
  await page
    .getByTestId('balance-sensitivity')
    .screenshot({ path: 'test-results/balance-lab-sensitivity-en.png' });
  // ...and again on the first seeds that start in each starting situation.
  const byLever = page.getByTestId('balance-situation-levers');
  await expect(byLever.locator('thead th')).toHaveCount(6);
  await expect(byLever.locator('thead')).toContainText('A smaller round (4 seeds)');
  await expect(byLever).toContainText(/\d+ of \d+ levers \(greyed\) have no such situation/);
  await byLever.screenshot({ path: 'test-results/balance-lab-situation-levers-en.png' });
  await page.screenshot({ path: 'test-results/balance-lab-game-tab.png', fullPage: true });
  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.getByTestId('analysis-tab-balance')).toHaveText('バランスラボ');
  await expect(page.getByTestId('balance-adversary')).toContainText('固定計画の目標は');
  await expect(foresight).toContainText('シードを知ることは最も強い固定計画に対して');
  await foresight.screenshot({ path: 'test-results/balance-lab-foresight-ja.png' });
  await expect(reading).toContainText('イベントの読み');
  await expect(page.getByTestId('balance-options').locator('thead')).toContainText('上限');
  await expect(byLever.locator('thead')).toContainText('小さめの調達（4シード）');
  await page.screenshot({ path: 'test-results/balance-lab-game-tab-ja.png', fullPage: true });
  expect(errors).toEqual([]);
});
