import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  coachOnSameSeed,
  defaultDecisions,
  runGame,
  selectObjectives,
  selectOutcome,
  selectSituation,
  type Game,
  type PendingEvent,
  type Policy,
} from '../../src/sim/index';
import {
  answerDialogs,
  continueToNextQuarter,
  currentQuarter,
  dismissTourIfShown,
  editPlan,
  expectBriefing,
  openPlanSections,
  passBriefing,
  startGame,
  startPlanning,
  endQuarter,
} from './game-driver';
import { applyEdits, editsFor, optionIndex, SCENARIO_ID, SEED } from './game-plan';
import { loadBuiltin } from '../scenarios/builtin';
import { docScreenshot } from './helpers/screenshots';

test.use({ viewport: { width: 1280, height: 720 } });

/** The same play as the UI test, as an engine policy run headless in node. */
function expectedOutcome() {
  const answeredIn = new Map<number, number>();
  const policy: Policy = {
    name: 'e2e-script',
    decide: (game: Game) => applyEdits(defaultDecisions(game), game.quarter),
    choose: (game: Game, event: PendingEvent) => {
      const position = answeredIn.get(game.quarter) ?? 0;
      answeredIn.set(game.quarter, position + 1);
      return event.options[optionIndex(game.quarter, position, event.options.length)]!.id;
    },
  };
  const game = runGame(loadBuiltin(`${SCENARIO_ID}.json`), SEED, policy);
  return {
    ...selectOutcome(game),
    coach: coachOnSameSeed(game),
    objectives: selectObjectives(game),
    situation: selectSituation(game),
  };
}

/**
 * Scrolls each chart that is built on first sight into view until none is left waiting, waits
 * until every chart has drawn, then goes back to the top (for full-page screenshots and axe).
 */
async function revealWholePage(page: Page) {
  // Only those on show: the other tabs' placeholders are hidden and never come into view.
  const waiting = page.locator('[data-when-visible="waiting"]').filter({ visible: true });
  // Each pass shows at least one more: the loop ends within the number of placeholders.
  for (let left = await waiting.count(); left > 0; left = await waiting.count()) {
    await waiting.first().scrollIntoViewIfNeeded();
    await expect.poll(() => waiting.count()).toBeLessThan(left);
  }
  await expect(
    page.locator('.recharts-responsive-container:not(:has(svg))').filter({ visible: true }),
  ).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function expectNoSeriousA11yViolations(page: Page, screen: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

test('a whole game played through the UI ends with the engine’s own result for the same play', async ({
  page,
}) => {
  test.setTimeout(360_000);
  await startGame(page, SCENARIO_ID, SEED, 'Team E2E');
  await expect(page.getByTestId('tour')).toBeVisible();
  await docScreenshot(page, 'game-tour-en.png');
  await dismissTourIfShown(page);

  let shotDialog = false;
  let shotReport = false;
  let shotBriefing = false;
  for (;;) {
    const phase = await page.locator('.game').getAttribute('data-phase');
    if (phase === 'ended') break;
    const quarter = await currentQuarter(page);
    expect(phase).toBe('planning');
    // Every quarter opens on its briefing, before the plan.
    await expectBriefing(page, quarter);
    if (quarter === 1) {
      await expect(page.getByRole('heading', { name: 'What winning means' })).toBeVisible();
      // The board's objectives are tracked from the first briefing.
      await expect(page.locator('[data-objective="double-delivery"]')).toContainText(
        'Double delivery',
      );
      await expect(page.locator('[data-objective="double-delivery"]')).toHaveAttribute(
        'data-state',
        'on-track',
      );
      await docScreenshot(page, 'briefing-first-en.png');
      await expectNoSeriousA11yViolations(page, 'briefing, quarter 1');
      // Metric names explain themselves here too.
      await page.getByTestId('briefing-runwayQuarters').locator('.glossary-term').focus();
      await expect(page.getByRole('tooltip').filter({ hasText: 'cash lasts' })).toBeVisible();
      await page.getByTestId('start-planning').focus();
    }
    if (!shotBriefing && quarter >= 3 && (await page.locator('.briefing-commitments').count())) {
      await revealWholePage(page);
      await docScreenshot(page, 'briefing-en.png', { fullPage: true });
      await expectNoSeriousA11yViolations(page, 'briefing');
      await page.getByTestId('start-planning').focus();
      shotBriefing = true;
    }
    await passBriefing(page, quarter);
    if (quarter === 1) {
      await expect(page.getByTestId('projection')).toBeVisible();
      await docScreenshot(page, 'plan-en.png');
      await expectNoSeriousA11yViolations(page, 'plan');
    }
    await editPlan(page, quarter);
    await endQuarter(page);
    await expect(page.locator(`.game[data-resolved-quarters="${quarter}"]`)).toBeVisible();
    if (!shotDialog && (await page.locator('.game').getAttribute('data-phase')) === 'events') {
      await docScreenshot(page, 'dialog-en.png');
      await expectNoSeriousA11yViolations(page, 'dialog');
      shotDialog = true;
    }
    await answerDialogs(page, quarter);
    await expect(page.getByTestId('report')).toBeVisible();
    // The docs' report is of a quarter whose plan changed: it shows the changes with their effects.
    if (!shotReport && quarter >= 2 && editsFor(quarter).length > 0) {
      await expect(page.getByTestId('plan-changes')).toContainText('Expected effect this quarter');
      await revealWholePage(page);
      await docScreenshot(page, 'report-en.png', { fullPage: true });
      await expectNoSeriousA11yViolations(page, 'report');
      await page.getByRole('tab', { name: 'Dashboard' }).click();
      await expect(page.getByTestId('dashboard')).toBeVisible();
      await revealWholePage(page);
      await docScreenshot(page, 'dashboard-en.png', { fullPage: true });
      await expectNoSeriousA11yViolations(page, 'dashboard');
      // Every metric explains itself: keyboard focus shows the glossary entry.
      await page.getByTestId('kpi-burnMultiple').locator('.glossary-term').focus();
      await expect(page.getByRole('tooltip').filter({ hasText: 'David Sacks' })).toBeVisible();
      await docScreenshot(page, 'glossary-tooltip-en.png');
      await page.getByRole('tab', { name: 'Report' }).click();
      shotReport = true;
    }
    await continueToNextQuarter(page);
  }
  expect(shotBriefing).toBe(true);

  await expect(page.getByTestId('debrief')).toBeVisible();
  await revealWholePage(page);
  await docScreenshot(page, 'debrief-en.png', { fullPage: true });
  await expectNoSeriousA11yViolations(page, 'debrief');

  const expected = expectedOutcome();
  const score = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(expected.score);
  await expect(page.getByTestId('final-score')).toHaveText(score);
  await expect(page.getByTestId('final-grade')).toHaveText(expected.grade);
  // The seed's starting situation beside the result: why two teams' starts differed.
  await expect(page.getByTestId('debrief').getByTestId('situation-tag')).toHaveText(
    `Starting situation: ${expected.situation?.title.en}`,
  );

  // The board's objectives judged as the engine judges them; every turning point names its
  // decisions once the analysis is in.
  for (const o of expected.objectives)
    await expect(page.getByTestId('debrief').locator(`[data-objective="${o.id}"]`)).toHaveAttribute(
      'data-state',
      o.state,
    );
  await expect(page.getByTestId('turning-decisions').first()).not.toContainText('Working out');
  await expect(page.getByTestId('turning-decisions')).toHaveCount(expected.turningPoints.length);

  // The coach on the same seed: the reference's score beside the player's, where they parted,
  // its reasons, and each dilemma met with its own questions.
  const coach = page.getByTestId('coach');
  const reference = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(
    expected.coach.reference.score,
  );
  await expect(coach.getByTestId('coach-scores').getByRole('row').nth(2)).toContainText(
    `Coach${reference}`,
  );
  const gap = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(
    Math.abs(expected.coach.scoreGap),
  );
  await expect(coach.getByTestId('coach-gap')).toContainText(gap);
  const parted = expected.coach.partedAt;
  if (parted)
    await expect(coach.getByTestId('coach-parted')).toContainText(
      `Where the games parted: quarter ${parted.quarter}`,
    );
  await expect(coach.getByTestId('coach-quarters').locator('> li')).toHaveCount(
    expected.coach.quarters.length,
  );
  const met = coach.getByTestId('coach-reflection').locator('> li');
  await expect(met).toHaveCount(expected.coach.dilemmas.length);
  expect(expected.coach.dilemmas.length).toBeGreaterThan(0);
  // Each dilemma's own questions, as the engine gives them.
  for (const [i, d] of expected.coach.dilemmas.entries())
    await expect(met.nth(i).getByTestId('reflection-questions').locator('li')).toHaveText(
      d.questions.map((q) => q.en),
    );
  await coach.getByTestId('coach-quarters').locator('summary').first().click();
  await coach.scrollIntoViewIfNeeded();
  await docScreenshot(page, 'coach-en.png');
  await expectNoSeriousA11yViolations(page, 'coach');
});

test('the game speaks Japanese: new-game setup, plan and dashboard', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '日本語' }).click();
  await page.locator(`[data-scenario-id="${SCENARIO_ID}"]`).getByRole('button').click();
  await expect(page.getByRole('heading', { name: 'このシナリオでの勝利条件' })).toBeVisible();
  await docScreenshot(page, 'newgame-ja.png', { fullPage: true });
  await page.getByTestId('seed-input').fill(String(SEED));
  await page.getByTestId('start-game').click();
  await expect(page.getByText('最初の四半期ガイド')).toBeVisible();
  await page.getByTestId('tour-skip').click();
  await expect(
    page.getByRole('heading', { name: '第1四半期のブリーフィング（全12四半期）' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'このシナリオでの勝利条件' })).toBeVisible();
  // Closing the tour hands the keyboard back to "Start planning".
  await passBriefing(page, 1);
  // The plan opens folded, one line per responsibility.
  await expect(page.getByText('ロードマップと技術的負債')).toBeVisible();
  await docScreenshot(page, 'plan-ja.png');
  await openPlanSections(page);
  await expect(page.getByRole('heading', { name: '開発キャパシティの配分' })).toHaveCount(0);
  await expect(page.getByText('開発キャパシティの配分').first()).toBeVisible();
  await page.getByRole('tab', { name: 'ダッシュボード' }).click();
  await expect(page.getByRole('heading', { name: 'デリバリー（DORA）' })).toBeVisible();
  await revealWholePage(page);
  await docScreenshot(page, 'dashboard-ja.png', { fullPage: true });
  // One quarter in Japanese, with two senior product engineers hired: the dialogs and the
  // report, which shows the plan's change and its effects, follow the language.
  await page.getByRole('tab', { name: '計画' }).click();
  await page
    .getByTestId('staff-talent-hiring')
    .locator('tbody tr')
    .first()
    .locator('input')
    .nth(1)
    .fill('2');
  await endQuarter(page);
  await answerDialogs(page, 1);
  await expect(page.getByRole('heading', { name: '第1四半期レポート' })).toBeVisible();
  await expect(page.getByTestId('plan-changes')).toContainText('採用計画');
  await revealWholePage(page);
  await docScreenshot(page, 'report-ja.png', { fullPage: true });
  await page.getByRole('tab', { name: 'ダッシュボード' }).click();
  await page.getByRole('button', { name: '用語集' }).click();
  await page.getByRole('searchbox', { name: '用語を検索' }).fill('エラーバジェット');
  await expect(page.getByRole('dialog', { name: '用語集' })).toContainText('1 − SLO');
  await docScreenshot(page, 'glossary-ja.png');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // The next quarter opens on its briefing, in Japanese.
  await page.locator('#tab-report').click();
  await continueToNextQuarter(page);
  await expect(page.getByRole('heading', { name: 'ステークホルダーの信頼' })).toBeVisible();
  await revealWholePage(page);
  await docScreenshot(page, 'briefing-ja.png', { fullPage: true });
  await expectNoSeriousA11yViolations(page, 'briefing (ja)');
  // The tour, once dismissed, stays dismissed.
  await page.reload();
  await page.locator(`[data-scenario-id="${SCENARIO_ID}"]`).getByRole('button').click();
  await page.getByTestId('start-game').click();
  await expect(page.locator('.game[data-phase="planning"]')).toBeVisible();
  await expect(page.getByTestId('tour')).toHaveCount(0);
});

test('a plan the engine refuses shows its reason and cannot be submitted', async ({ page }) => {
  await startGame(page, SCENARIO_ID, SEED, '');
  await dismissTourIfShown(page);
  await startPlanning(page);
  const hiring = page
    .getByTestId('staff-talent-hiring')
    .locator('tbody tr')
    .first()
    .locator('input')
    .first();
  await hiring.fill('500');
  await expect(page.getByTestId('decision-problems')).toBeVisible();
  await expect(page.getByTestId('end-quarter')).toBeDisabled();
  await docScreenshot(page, 'plan-refused-en.png');
  await hiring.fill('0');
  await expect(page.getByTestId('decision-problems')).toHaveCount(0);
  await expect(page.getByTestId('end-quarter')).toBeEnabled();
});

test('the briefing opens the quarter; the Plan tab starts planning; the briefing stays readable', async ({
  page,
}) => {
  await startGame(page, SCENARIO_ID, SEED, '');
  await dismissTourIfShown(page);
  await expect(page.getByTestId('start-planning')).toBeFocused();
  await expect(page.getByTestId('end-quarter')).toHaveCount(0);
  // A keyboard user sees the focus ring (projector-legible outline) on the button.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('start-planning')).toBeFocused();
  const outline = await page
    .getByTestId('start-planning')
    .evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  await page.getByRole('tab', { name: 'Plan' }).click();
  await expect(page.locator('.game[data-play-phase="planning"]')).toBeVisible();
  await expect(page.getByTestId('end-quarter')).toBeVisible();
  await page.getByRole('tab', { name: 'Briefing' }).click();
  await expect(page.getByTestId('briefing')).toBeVisible();
  await expect(page.getByTestId('start-planning')).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to the plan' }).click();
  await expect(page.getByTestId('end-quarter')).toBeVisible();
});

test('the first-quarter tour shows the briefing, then leads into the plan', async ({ page }) => {
  await startGame(page, SCENARIO_ID, SEED, '');
  const tour = page.getByTestId('tour');
  await expect(tour).toContainText('Step 1 of 7');
  await tour.getByRole('button', { name: 'Next' }).click();
  await expect(tour).toContainText('Each quarter opens with a briefing');
  await expect(page.getByTestId('briefing')).toBeVisible();
  await tour.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await tour.getByRole('button', { name: 'Next' }).click();
  // The plan step starts planning: the quarter has left its briefing.
  await expect(page.locator('.game[data-play-phase="planning"]')).toBeVisible();
  await expect(page.getByTestId('end-quarter')).toBeVisible();
  await tour.getByRole('button', { name: 'Back' }).click();
  await tour.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByTestId('briefing')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back to the plan' })).toBeVisible();
  await tour.getByTestId('tour-skip').click();
  await expect(tour).toHaveCount(0);
});
