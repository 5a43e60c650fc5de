/**
 * The game at the sizes it is played on (issue 13, item 7): a projector (1024x768), a laptop
 * (1280x720) and a desktop (1920x1080), in English and Japanese. The page never scrolls
 * sideways, End quarter and the projection stay in view while the plan scrolls, a skip link
 * reaches End quarter within a few Tab presses, the header wraps, and the first-quarter tour
 * points at each part it describes without covering it, keeps the keyboard and closes on Escape.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { balancedPolicy, runGame, toSave } from '../../src/sim/index';
import { loadBuiltin } from '../scenarios/builtin';
import { endQuarter, passBriefing } from './game-driver';
import { SCENARIO_ID, SEED } from './game-plan';
import { uploadSave } from './helpers/saves';

const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const LANGUAGES = [
  { id: 'en', button: 'English', next: 'Next', endQuarter: 'End quarter' },
  { id: 'ja', button: '日本語', next: '次へ', endQuarter: '四半期を終了' },
] as const;
type Language = (typeof LANGUAGES)[number];

/** Whether the page can scroll sideways (it never should). */
async function expectNoHorizontalOverflow(page: Page, where: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${where}: page width ${scrollWidth} in a ${clientWidth} px window`).toBe(
    clientWidth,
  );
}

/** The element's box lies inside the window. */
async function expectInView(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  expect(box, `${what} is on the page`).not.toBeNull();
  expect(box!.y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what} bottom`).toBeLessThanOrEqual(size.height);
  expect(box!.x + box!.width, `${what} right`).toBeLessThanOrEqual(size.width);
}

/** The area two boxes share, in square pixels. */
function overlap(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

async function newGameIn(page: Page, language: Language) {
  await page.goto('/');
  await page.getByRole('button', { name: language.button, exact: true }).click();
  await page.locator(`[data-scenario-id="${SCENARIO_ID}"]`).getByRole('button').click();
  await page.getByTestId('seed-input').fill(String(SEED));
  await page.getByTestId('start-game').click();
  await expect(page.locator('.game[data-play-phase="briefing"]')).toBeVisible();
}

/**
 * The quarter's first choice: its take-back offer sits apart from the answers, its button on one
 * line and its hint in a column of its own (it ran on under the button in Japanese).
 */
async function checkChoiceDialog(page: Page, where: string) {
  await endQuarter(page);
  await expect(page.locator('.game[data-phase="events"]')).toBeVisible();
  const dialog = page.getByRole('dialog');
  await expectNoHorizontalOverflow(page, `${where}, a choice`);
  const takeBack = dialog.getByTestId('take-back');
  await takeBack.scrollIntoViewIfNeeded();
  const layout = await takeBack.evaluate((button) => {
    const lineTops = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return [...range.getClientRects()].map((r) => ({ top: Math.round(r.top), left: r.left }));
    };
    const hint = [...button.parentElement!.childNodes].filter((n) => n !== button);
    const hintLines = hint
      .flatMap(lineTops)
      .filter((r, i, all) => all.findIndex((o) => o.top === r.top) === i);
    const above = button
      .closest('[role="dialog"]')!
      .querySelectorAll('.dialog-options button, .small-request');
    const last = above[above.length - 1]?.getBoundingClientRect();
    return {
      buttonLines: new Set(lineTops(button).map((r) => r.top)).size,
      hintLefts: new Set(hintLines.map((r) => Math.round(r.left))).size,
      gapAbove: last ? button.getBoundingClientRect().top - last.bottom : Infinity,
    };
  });
  expect(layout.buttonLines, `${where}: Take back on one line`).toBe(1);
  expect(layout.hintLefts, `${where}: the take-back hint's lines start at one edge`).toBe(1);
  expect(layout.gapAbove, `${where}: Take back apart from the answers`).toBeGreaterThanOrEqual(12);
  await page.screenshot({ path: test.info().outputPath(`choice-${where}.png`) });
}

/** Walks the tour's steps: each marks what it describes, beside it and not on top of it. */
async function checkTour(page: Page, language: Language) {
  const tour = page.getByTestId('tour');
  await expect(tour).toBeVisible();
  // The keyboard moves into the tour and stays there.
  await expect(tour.getByRole('button', { name: language.next })).toBeFocused();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await tour.evaluate((box) => box.contains(document.activeElement))).toBe(true);
  }
  await tour.getByRole('button', { name: language.next }).focus();
  const steps = 7;
  for (let n = 1; n <= steps; n++) {
    const step = await tour.getAttribute('data-step');
    if (step !== 'welcome') {
      const target = page.locator(`[data-tour-target="${step}"]`);
      await expect(target, `step ${n} (${step}) marks what it describes`).toHaveCount(1);
      const visible = await target.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const top = Math.max(r.top, 0);
        const left = Math.max(r.left, 0);
        const bottom = Math.min(r.bottom, window.innerHeight);
        const right = Math.min(r.right, window.innerWidth);
        return { x: left, y: top, width: right - left, height: bottom - top };
      });
      expect(visible.width * visible.height, `step ${step}: its target is in view`).toBeGreaterThan(
        0,
      );
      await page.screenshot({ path: test.info().outputPath(`tour-${n}-${step}.png`) });
      const box = (await tour.boundingBox())!;
      expect(overlap(box, visible), `step ${step}: the tour covers what it describes`).toBe(0);
    }
    if (n < steps) await page.keyboard.press('Enter'); // Next, focused
  }
  // Escape closes it from any step.
  await page.keyboard.press('Shift+Tab'); // Back
  await page.keyboard.press('Enter');
  await expect(tour).toHaveAttribute('data-step', 'submit');
  await page.keyboard.press('Escape');
  await expect(tour).toHaveCount(0);
  await expect(page.locator('[data-tour-target]')).toHaveCount(0);
}

/** Focus where a page load leaves it (nothing focused), then Tab until End quarter is reached. */
async function tabsToEndQuarter(page: Page): Promise<number> {
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  for (let presses = 1; presses <= 10; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === 'end-quarter') return presses;
    if (focused === 'skip-to-end-quarter') {
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('end-quarter')).toBeFocused();
      return presses;
    }
  }
  return Infinity;
}

for (const viewport of VIEWPORTS) {
  for (const language of LANGUAGES) {
    const name = `${viewport.width}x${viewport.height} ${language.id}`;
    test.describe(name, () => {
      test.use({ viewport });

      test(`${name}: the tour, the plan, End quarter in reach`, async ({ page }) => {
        await newGameIn(page, language);
        await expectNoHorizontalOverflow(page, 'briefing');
        await checkTour(page, language);
        await page.getByRole('tab', { name: language.id === 'en' ? 'Plan' : '計画' }).click();
        await expect(page.locator('.game[data-play-phase="planning"]')).toBeVisible();
        await page.evaluate(() => window.scrollTo(0, 0));

        // The plan opens with its sections closed: all of it, and End quarter, on one screen.
        const endQuarter = page.getByTestId('end-quarter');
        await expect(page.locator('details.responsibility[open]')).toHaveCount(0);
        await expectInView(page, endQuarter, 'End quarter');
        await expectInView(
          page,
          page.getByRole('heading', { level: 2, name: /.+/ }).first(),
          'title',
        );
        await expectNoHorizontalOverflow(page, 'plan, sections closed');
        await page.screenshot({ path: test.info().outputPath(`plan-closed-${name}.png`) });

        // Every section open: the page is long, and End quarter and the projection stay in view.
        await page.getByTestId('open-all-sections').click();
        await expect(page.locator('details.responsibility:not([open])')).toHaveCount(0);
        await expectNoHorizontalOverflow(page, 'plan, sections open');
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await expectInView(page, endQuarter, 'End quarter at the bottom of the plan');
        const projectionTitle = page.locator('#projection-title');
        await expectInView(page, projectionTitle, 'projection at the bottom of the plan');
        await page.screenshot({ path: test.info().outputPath(`plan-open-bottom-${name}.png`) });

        // From a page with nothing focused, End quarter within 10 Tab presses.
        const presses = await tabsToEndQuarter(page);
        expect(presses, 'Tab presses to End quarter').toBeLessThanOrEqual(10);
        await expectInView(page, endQuarter, 'End quarter once focused');
        await expect(endQuarter).toHaveText(language.endQuarter);

        await page
          .getByRole('tab', { name: language.id === 'en' ? 'Dashboard' : 'ダッシュボード' })
          .click();
        await expect(page.getByTestId('dashboard')).toBeVisible();
        await expectNoHorizontalOverflow(page, 'dashboard');
        await page.getByRole('tab', { name: language.id === 'en' ? 'Plan' : '計画' }).click();
        await checkChoiceDialog(page, name);
      });
    });
  }
}

test.describe('a narrow window (800 px)', () => {
  test.use({ viewport: { width: 800, height: 600 } });
  for (const language of LANGUAGES) {
    test(`${language.id}: the header wraps and End quarter stays at hand`, async ({ page }) => {
      await newGameIn(page, language);
      await page.getByTestId('tour-skip').click();
      await passBriefing(page, 1);
      await expectNoHorizontalOverflow(page, 'plan at 800 px');
      for (const button of await page.locator('.game-header button').all())
        await expectInView(page, button, `header button "${await button.textContent()}"`);
      await page.getByTestId('open-all-sections').click();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await expectInView(page, page.getByTestId('end-quarter'), 'End quarter mid-plan');
      await page.screenshot({ path: test.info().outputPath(`plan-800-${language.id}.png`) });
    });
  }
});

test.describe('the debrief at 1280x720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  for (const language of LANGUAGES) {
    test(`${language.id}: every table keeps all its columns`, async ({ page }) => {
      const ended = runGame(loadBuiltin(`${SCENARIO_ID}.json`), SEED, balancedPolicy);
      await page.goto('/');
      await uploadSave(page, 'ended.vpoe.json', toSave(ended));
      await expect(page.locator('.game[data-play-phase="ended"]')).toBeVisible();
      await page.getByRole('button', { name: language.button, exact: true }).click();
      await expect(page.getByTestId('coach-scores')).toBeVisible({ timeout: 30_000 });
      await page.screenshot({
        path: test.info().outputPath(`debrief-${language.id}.png`),
        fullPage: true,
      });
      await expectNoHorizontalOverflow(page, 'debrief');
      // Each table fits its box, or sits in a box that scrolls sideways: no column is cut off.
      const cut = await page.locator('.game table').evaluateAll((tables) =>
        tables.flatMap((table, i) => {
          let box: HTMLElement | null = table.parentElement;
          while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
          if (!box) return [];
          const scrolls = ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
          const tableRight = table.getBoundingClientRect().right;
          const boxRight = box.getBoundingClientRect().right;
          return tableRight > boxRight + 1 && !scrolls
            ? [`table ${i}: ${tableRight} > ${boxRight}`]
            : [];
        }),
      );
      expect(cut).toEqual([]);
      const wide = await page
        .locator('.game table')
        .evaluateAll(
          (tables) =>
            tables.filter((t) => t.getBoundingClientRect().right > window.innerWidth).length,
        );
      expect(wide, 'tables wider than the window').toBe(0);
      // The quarter-by-quarter table's scroll box is for narrower windows: at 1280 px all its
      // columns show without scrolling (its last column was cut off by 13 px in English).
      const history = page.getByTestId('history-table').locator('.table-scroll');
      const { scrollWidth, clientWidth } = await history.evaluate((box) => ({
        scrollWidth: box.scrollWidth,
        clientWidth: box.clientWidth,
      }));
      expect(scrollWidth, 'the history table scrolls sideways').toBeLessThanOrEqual(clientWidth);
    });
  }
});
