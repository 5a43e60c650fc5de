/**
 * Saved games in the browser host: save, reload, open and continue equals uninterrupted play;
 * replay with the arrow keys; branch at quarter 1 and compare; luck versus skill; broken files.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  actionsOf,
  answerEvent,
  continueGame,
  choiceDialogs,
  defaultDecisions,
  ENGINE_VERSION,
  gameChecksum,
  newGame,
  saveChecksum,
  submitDecisions,
  toSave,
  type Game,
} from '../../src/sim/index';
import { loadBuiltin } from '../scenarios/builtin';
import { collectPageErrors } from './helpers/app';
import { uploadSave } from './helpers/saves';
import {
  answerDialogs,
  dismissTourIfShown,
  editPlan,
  openPlanSections,
  startGame,
  startPlanning,
  endQuarter,
} from './game-driver';
import { applyEdits, optionIndex, SCENARIO_ID, SEED } from './game-plan';
import { docScreenshot } from './helpers/screenshots';

test.use({ viewport: { width: 1360, height: 900 } });

const scenario = () => loadBuiltin(`${SCENARIO_ID}.json`);

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** The scripted play of game-plan.ts, uninterrupted, in the engine: `quarters` quarters. */
function uninterrupted(quarters: number): Game {
  let game = newGame(scenario(), SEED, { playerName: 'Saver' });
  while (game.history.length < quarters) {
    game = must(submitDecisions(game, applyEdits(defaultDecisions(game), game.quarter)));
    let position = 0;
    while (game.phase === 'events') {
      const ev = game.pending[0]!;
      const option = ev.options[optionIndex(game.quarter, position, ev.options.length)]!;
      game = must(answerEvent(game, ev.id, option.id));
      position += 1;
    }
    game = continueGame(game);
  }
  return game;
}

/** Plays the current quarter through the UI with the script and continues to the next. */
async function playQuarter(page: Page, quarter: number) {
  await editPlan(page, quarter);
  await endQuarter(page);
  await expect(page.locator(`.game[data-resolved-quarters="${quarter}"]`)).toBeVisible();
  await answerDialogs(page, quarter);
  await page.getByTestId('continue').click();
  await expect(
    page.locator(`.game[data-quarter="${quarter + 1}"][data-phase="planning"]`),
  ).toBeVisible();
}

/** The browser host's stored saves (IndexedDB "saves": { fileRef, name, json, touchedAt }). */
function storedSaves(page: Page): Promise<{ fileRef: string; name: string; json: unknown }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('vpoe-simulator');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('saves').objectStore('saves').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      }),
  );
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

/** Uploads a file through the save library's open button (SaveLibrary, data-testid open-file). */
async function uploadViaSavesPanel(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('open-file').click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('save, reload, open and continue gives the same game as playing on; replay, branch, compare, luck', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const errors = collectPageErrors(page);
  const savedName = `${SCENARIO_ID}-s${SEED}-q3.vpoe.json`;

  await test.step('play two quarters, save, reload, open from Recent, play a third', async () => {
    await startGame(page, SCENARIO_ID, SEED, 'Saver');
    await dismissTourIfShown(page);
    await playQuarter(page, 1);
    await expect(page.getByTestId('autosaved')).toHaveText('Autosaved after quarter 1');
    await page.screenshot({ path: test.info().outputPath('saves-game-header.png') });
    await playQuarter(page, 2);
    await page.getByTestId('save').click();
    await expect(page.getByTestId('saved')).toBeVisible();
    await page.reload();
    await page.getByRole('button', { name: savedName }).click();
    await expect(page.locator('.game[data-quarter="3"][data-phase="planning"]')).toBeVisible();
    await dismissTourIfShown(page);
    await playQuarter(page, 3);
    await page.getByTestId('save').click(); // back into the same save
    await expect(page.getByTestId('saved')).toBeVisible();
  });

  await test.step('the continued save is the uninterrupted game, to the last number', async () => {
    // The uninterrupted play runs in the same browser engine: V8 versions may differ in the last
    // bit of Math functions, so a browser game is compared with a browser game.
    const other = await browser.newContext();
    const straight = await other.newPage();
    await startGame(straight, SCENARIO_ID, SEED, 'Saver');
    await dismissTourIfShown(straight);
    for (const q of [1, 2, 3]) await playQuarter(straight, q);
    await straight.getByTestId('save').click();
    await expect(straight.getByTestId('saved')).toBeVisible();
    const [expected] = await storedSaves(straight);
    await other.close();
    const [resumed] = await storedSaves(page);
    expect((await storedSaves(page)).map((s) => s.name)).toEqual([savedName]);
    const pick = (save: unknown) => {
      const { actions, checksum, seed } = save as Record<string, unknown>;
      return { actions, checksum, seed };
    };
    expect(pick(resumed!.json)).toEqual(pick(expected!.json));
    // ...and the decisions are the script's, as the engine in node plays it.
    expect((resumed!.json as { actions: unknown }).actions).toEqual(
      toSave(uninterrupted(3)).actions,
    );
  });

  await test.step('replay steps through the quarters with the arrow keys', async () => {
    await page.getByTestId('analyse').click();
    const label = page.getByTestId('replay-quarter');
    await expect(label).toHaveText('Quarter 3 of 3 played');
    await expect(page.getByRole('heading', { level: 2, name: /Quarter 3/ }).first()).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(label).toHaveText('Quarter 2 of 3 played');
    await expect(page.getByTestId('report')).toContainText('2');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft'); // stays at the first quarter
    await expect(label).toHaveText('Quarter 1 of 3 played');
    await expect(page.getByTestId('replay-decisions')).toContainText('Debt paydown');
    await page.keyboard.press('ArrowRight');
    await expect(label).toHaveText('Quarter 2 of 3 played');
    // The report draws its driver charts only while they are in view: a viewport as tall as the
    // page shows them all for the shot.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1360, height });
    const blocks = page.locator('.report .driver-block');
    await expect(blocks.last().locator('.recharts-bar-rectangle').first()).toBeVisible();
    await docScreenshot(page, 'replay-en.png', { fullPage: true });
    await expectNoSeriousA11yViolations(page, 'replay');
    await page.setViewportSize({ width: 1360, height: 900 });
    await page.keyboard.press('ArrowLeft');
    await expect(label).toHaveText('Quarter 1 of 3 played');
  });

  await test.step('branch at quarter 1, play it differently, save it', async () => {
    await page.getByTestId('branch').click();
    await expect(page.locator('.game[data-quarter="1"][data-phase="planning"]')).toBeVisible();
    await dismissTourIfShown(page);
    await expect(page.getByTestId('branch-badge')).toHaveText(
      `Branch of seed ${SEED} from quarter 1`,
    );
    await openPlanSections(page);
    const features = page.locator('#allocation-features');
    await features.focus();
    for (let i = 0; i < 15; i++) await features.press('ArrowLeft');
    await endQuarter(page);
    await expect(page.locator('.game[data-resolved-quarters="1"]')).toBeVisible();
    await answerDialogs(page, 1);
    await page.getByTestId('continue').click();
    await page.getByTestId('save').click();
    await expect(page.getByTestId('saved')).toBeVisible();
  });

  await test.step('compare the branch with the original', async () => {
    await page.getByTestId('analyse').click();
    await page.getByTestId('analysis-tab-compare').click();
    await page
      .locator(`[data-save-name="${savedName}"]`)
      .getByRole('button', { name: 'Compare with this' })
      .click();
    await expect(page.getByTestId('fork-note')).toHaveText(
      'The branch forked from the other run at quarter 1.',
    );
    const q1 = page.getByTestId('decision-diff').locator('tr[data-quarter="1"]');
    await expect(q1.filter({ hasText: 'Features' })).toHaveCount(1);
    // The script hires two senior product engineers in Q1; the branch kept the default plan.
    await expect(q1.filter({ hasText: 'Hiring plan' })).toContainText(
      '2 × Senior, Product engineers',
    );
    await expect(page.locator('.compare-charts figure')).toHaveCount(8);
    await expect(page.getByTestId('decision-diff').locator('tr[data-quarter="2"]')).toHaveText(
      /Only B has played this quarter so far/,
    );
    await expect(page.locator('.compare-charts .recharts-line').first()).toBeVisible();
    await docScreenshot(page, 'compare-en.png', { fullPage: true });
    // With a chart's tooltip open (focus the chart, arrow to a quarter): its items are text and
    // must read against white (B's line is orange). CI once caught it when the pointer rested there.
    const firstChart = page.locator('.compare-charts figure').first();
    await firstChart.getByRole('application').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.recharts-tooltip-item').nth(1)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'compare');
  });

  await test.step('luck versus skill runs to the end with a few seeds, and can be cancelled', async () => {
    await page.getByTestId('analysis-tab-luck').click();
    await page.getByTestId('luck-seeds').fill('400');
    await page.getByTestId('luck-run').click();
    await expect(page.getByTestId('luck-progress')).toBeVisible();
    await page.getByTestId('luck-cancel').click();
    await expect(page.getByRole('status').filter({ hasText: 'Cancelled after' })).toBeVisible();
    await page.getByTestId('luck-seeds').fill('12');
    await page.getByTestId('luck-run').click();
    await expect(page.getByTestId('luck-results')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('luck-percentile')).toContainText('Under 12 other seeds');
    await expect(page.locator('.luck-table tbody tr')).toHaveCount(2);
    await docScreenshot(page, 'luck-en.png', { fullPage: true });
    await expectNoSeriousA11yViolations(page, 'luck');
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.getByTestId('luck-percentile')).toContainText(
      '別の12個のシードで同じプレイをすると',
    );
    await docScreenshot(page, 'luck-ja.png', { fullPage: true });
    await page.getByTestId('analysis-tab-compare').click();
    await expect(page.getByRole('heading', { name: '異なる意思決定' })).toBeVisible();
    await docScreenshot(page, 'compare-ja.png', { fullPage: true });
  });

  expect(errors).toEqual([]);
});

test('broken save files are refused with the right message and nothing is stored', async ({
  page,
}) => {
  // A save with no quarter played: no float arithmetic of the engine in node is compared.
  const good = JSON.stringify(toSave(newGame(scenario(), SEED)));
  await page.goto('/');
  await page.getByTestId('open-analysis').click();
  // A good save first: it is stored, opens, and must come out of the rest unchanged.
  await uploadViaSavesPanel(page, 'good.vpoe.json', good);
  await expect(page.getByTestId('replay-empty')).toBeVisible();
  await page.getByTestId('open-another').click();
  const before = await storedSaves(page);
  expect(before.map((s) => s.name)).toEqual(['good.vpoe.json']);

  await uploadViaSavesPanel(page, 'cut.vpoe.json', good.slice(0, Math.floor(good.length / 2)));
  const alert = page.getByRole('alert');
  await expect(alert.locator('strong')).toHaveText('The save file is cut off (incomplete).');
  await expect(alert).toContainText('cut.vpoe.json is not valid JSON (the file looks cut off)');
  await expect(alert).toContainText('Nothing was changed');

  await uploadViaSavesPanel(
    page,
    'future.vpoe.json',
    JSON.stringify({ ...JSON.parse(good), schemaVersion: 7 }),
  );
  await expect(alert.locator('strong')).toHaveText(
    'The save was written by a newer version of the app.',
  );
  await expect(alert).toContainText('save format 7');

  await uploadViaSavesPanel(
    page,
    'edited.vpoe.json',
    JSON.stringify({ ...JSON.parse(good), seed: -5 }),
  );
  await expect(alert.locator('strong')).toHaveText(
    'Replaying the save does not give the saved game.',
  );

  await uploadViaSavesPanel(page, 'notes.json', JSON.stringify({ format: 'spreadsheet' }));
  await expect(alert.locator('strong')).toHaveText('This file is not a VPoE Simulator save.');

  await page.getByRole('button', { name: '日本語' }).click();
  await uploadViaSavesPanel(page, 'cut.vpoe.json', good.slice(0, 100));
  await expect(alert.locator('strong')).toHaveText(
    'セーブファイルが途中で切れています（不完全です）。',
  );
  await expect(page.getByTestId('replay-empty')).toHaveCount(0);

  // The good save is untouched; files the host cannot read are not stored at all.
  const after = await storedSaves(page);
  expect(after.find((s) => s.name === 'good.vpoe.json')).toEqual(before[0]);
  expect(after.map((s) => s.name)).not.toContain('cut.vpoe.json');
  expect(after.map((s) => s.name)).not.toContain('notes.json');
});

test('the start screen’s Open names a refused save the same way', async ({ page }) => {
  const good = JSON.stringify(toSave(newGame(scenario(), SEED)));
  await page.goto('/');
  const open = (name: string, text: string) => uploadSave(page, name, text);
  await open('cut.vpoe.json', good.slice(0, 120));
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('The file is damaged: it is not valid JSON.');
  await expect(banner).toContainText('cut.vpoe.json is not valid JSON (the file looks cut off)');
  await banner.getByRole('button', { name: 'Dismiss' }).click();

  await open('future.vpoe.json', JSON.stringify({ ...JSON.parse(good), schemaVersion: 3 }));
  const panel = page.getByRole('alert');
  await expect(panel.locator('strong')).toHaveText(
    'The save was written by a newer version of the app.',
  );
  await expect(panel).toContainText('future.vpoe.json: The save was written by a newer version');
  await expect(panel).toContainText('Nothing was changed');
});

test('a version-0 save of the first release opens from the start screen and plays on', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  // The scripted game's first two quarters, as the first release wrote them (no format field,
  // answers keyed by event id, no checksum).
  const played = uninterrupted(2);
  const v0 = {
    version: 0,
    scenarioId: SCENARIO_ID,
    seed: SEED,
    player: 'Pioneer',
    quarters: played.log.map((entry) => ({
      decisions: entry.decisions,
      answers: Object.fromEntries(entry.choices.map((c) => [c.eventId, c.optionId])),
    })),
  };
  await page.goto('/');
  await uploadSave(page, 'first-release.json', v0);
  // A version-0 save has no position: it resumes at the report of its last quarter.
  await expect(page.locator('.game[data-quarter="2"][data-phase="review"]')).toBeVisible();
  await expect(page.locator('.game-header .status')).toContainText('Pioneer');
  await dismissTourIfShown(page);
  await page.getByTestId('continue').click();
  await expect(page.locator('.game[data-quarter="3"][data-phase="planning"]')).toBeVisible();
  await playQuarter(page, 3);
  await page.getByTestId('save').click();
  await expect(page.getByTestId('saved')).toBeVisible();
  // "Save" writes the current format, with the first release's quarters and the new one.
  const [stored] = await storedSaves(page);
  const save = stored!.json as { format: string; actions: { type: string }[]; playerName: string };
  expect(save).toMatchObject({ format: 'vpoe-save', playerName: 'Pioneer' });
  expect(save.actions.filter((a) => a.type === 'submit')).toHaveLength(3);
  const before = toSave(played).actions;
  expect(save.actions.slice(0, before.length)).toEqual(before);
  expect(errors).toEqual([]);
});

type StoredAutosave = { gameId: string; quarter: number; sequence: number; json: unknown };

/** The browser host's autosaves (IndexedDB "autosaves"), oldest first. */
function storedAutosaves(page: Page): Promise<StoredAutosave[]> {
  return page.evaluate(
    () =>
      new Promise<StoredAutosave[]>((resolve, reject) => {
        const request = indexedDB.open('vpoe-simulator');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('autosaves').objectStore('autosaves').getAll();
          all.onsuccess = () =>
            resolve((all.result as StoredAutosave[]).sort((a, b) => a.sequence - b.sequence));
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

test('an answer given just before the tab reloads is there when the game resumes', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  // A seed whose first quarter asks at least two questions under the starting plan.
  const questionsOf = (seed: number) => {
    const game = newGame(scenario(), seed);
    // Dialogs, each with options of its own (the small requests' dialog is not one of them here).
    const dialogs = choiceDialogs(must(submitDecisions(game, defaultDecisions(game))).pending);
    return dialogs.every((d) => d.kind === 'single') ? dialogs.length : 0;
  };
  const seed = Array.from({ length: 200 }, (_, i) => i + 1).find((s) => questionsOf(s) >= 2)!;
  const questions = questionsOf(seed);
  await startGame(page, SCENARIO_ID, seed, 'Closer');
  await dismissTourIfShown(page);
  await startPlanning(page);
  await endQuarter(page);
  await expect(
    page.locator('.game[data-resolved-quarters="1"][data-phase="events"]'),
  ).toBeVisible();
  const dialog = page.getByRole('dialog');
  const waiting = (n: number) =>
    n === 1 ? 'the last choice this quarter' : `${n} choices waiting`;
  await expect(dialog).toContainText(waiting(questions));
  const answered = (await dialog.locator('h2').textContent()) ?? '';
  await dialog.locator('.dialog-options button').first().click();
  await expect(dialog).toContainText(waiting(questions - 1));
  // Reload at once: no waiting for the autosave to be on disk.
  await page.reload();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.locator('.game[data-quarter="1"][data-phase="events"]')).toBeVisible();
  await expect(dialog).toContainText(waiting(questions - 1));
  await expect(dialog.locator('h2')).not.toHaveText(answered);
  const autosaves = await storedAutosaves(page);
  const latest = autosaves.at(-1)!.json as { actions: { type: string }[] };
  expect(latest.actions.filter((a) => a.type === 'answer')).toHaveLength(1);
  // Answering the next goes on autosaving into the same set, one autosave per step.
  await dialog.locator('.dialog-options button').first().click();
  await expect.poll(async () => (await storedAutosaves(page)).length).toBe(autosaves.length + 1);
  expect(new Set((await storedAutosaves(page)).map((a) => a.gameId)).size).toBe(1);
  expect(errors).toEqual([]);
});

test('a save of an older engine is refused, and opens under the current model when chosen', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const played = uninterrupted(2);
  // As engine 1.0.0 wrote it: the same log, numbers different in the last bits, so the checksum.
  const older = structuredClone(played);
  older.history[0]!.metrics.cash *= 1 + Number.EPSILON;
  const olderChecksum = saveChecksum(actionsOf(played), gameChecksum(older));
  const oldSave = { ...toSave(played), engineVersion: '1.0.0', checksum: olderChecksum };
  const edited = { ...toSave(played), checksum: olderChecksum };
  const open = (name: string, json: unknown) => uploadSave(page, name, json);
  await page.goto('/');
  // An edited file of this engine version: refused, no way around it.
  await open('edited.vpoe.json', edited);
  const panel = page.getByRole('alert');
  await expect(panel.locator('strong')).toHaveText(
    'Replaying the save does not give the saved game.',
  );
  await expect(panel).toContainText('the file was edited');
  await expect(page.getByTestId('open-under-current-model')).toHaveCount(0);

  await open('from-1.0.0.vpoe.json', oldSave);
  await expect(panel).toContainText('saved with model version 1.0.0');
  await expect(page.getByTestId('model-change-explained')).toContainText(
    "your decisions and choices are replayed with this version's model",
  );
  await docScreenshot(page, 'saves-model-change-en.png');
  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.getByTestId('open-under-current-model')).toHaveText('現在のモデルで開く');
  await docScreenshot(page, 'saves-model-change-ja.png');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByTestId('open-under-current-model').click();
  await expect(page.locator('.game[data-quarter="3"]')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Saved again, it is this engine's save; the uploaded original is kept as it was.
  await page.getByTestId('save').click();
  await expect(page.getByTestId('saved')).toBeVisible();
  const stored = await storedSaves(page);
  const original = stored.find((s) => s.name === 'from-1.0.0.vpoe.json');
  expect(original?.json).toEqual(JSON.parse(JSON.stringify(oldSave)));
  const resaved = stored.find(
    (s) => s.name !== 'from-1.0.0.vpoe.json' && s.name !== 'edited.vpoe.json',
  );
  expect(resaved?.json).toMatchObject({
    engineVersion: ENGINE_VERSION,
    checksum: toSave(played).checksum,
    actions: JSON.parse(JSON.stringify(actionsOf(played))),
  });
  expect(errors).toEqual([]);
});

test('a game resumed from its autosave keeps autosaving into the same set', async ({ page }) => {
  await startGame(page, SCENARIO_ID, SEED, 'Resumer');
  await dismissTourIfShown(page);
  await playQuarter(page, 1);
  await expect(page.getByTestId('autosaved')).toHaveText('Autosaved after quarter 1');
  await page.reload();
  await page.getByRole('button', { name: 'Resume' }).click();
  // The autosave is written when the quarter resolves, so the game resumes at its questions
  // (or straight at the next plan when the quarter asked none).
  await expect(page.locator('.game[data-quarter]')).toBeVisible();
  await dismissTourIfShown(page);
  await answerDialogs(page, 1);
  if ((await page.locator('.game').getAttribute('data-quarter')) === '1') {
    await page.getByTestId('continue').click();
  }
  await expect(page.locator('.game[data-quarter="2"][data-phase="planning"]')).toBeVisible();
  await playQuarter(page, 2);
  await expect(page.getByTestId('autosaved')).toHaveText('Autosaved after quarter 2');
  const autosaves = await page.evaluate(
    () =>
      new Promise<{ gameId: string; quarter: number }[]>((resolve, reject) => {
        const request = indexedDB.open('vpoe-simulator');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('autosaves').objectStore('autosaves').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      }),
  );
  expect(new Set(autosaves.map((a) => a.gameId)).size).toBe(1);
  // One autosave per step (the plan being edited, the quarter resolved, each answer, the report
  // continued): of quarter 1's plan (nothing resolved yet), then after quarters 1 and 2.
  const quarters = new Set(autosaves.map((a) => a.quarter));
  expect(quarters.has(1) && quarters.has(2)).toBe(true);
  expect([...quarters].every((q) => q >= 0 && q <= 2)).toBe(true);
});

test('a plan being edited is kept through a reload and submits to the same game', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const start = newGame(scenario(), SEED, { playerName: 'Planner' });
  const edited = applyEdits(defaultDecisions(start), 1);
  await startGame(page, SCENARIO_ID, SEED, 'Planner');
  await dismissTourIfShown(page);
  // A slider moved and a hiring count changed, nothing submitted.
  await editPlan(page, 1);
  const hires = page
    .getByTestId('staff-talent-hiring')
    .locator('tbody tr')
    .nth(0)
    .locator('input')
    .nth(1);
  await expect(hires).toHaveValue('2');
  // The plan is autosaved a second after the last edit.
  await expect
    .poll(
      async () =>
        ((await storedAutosaves(page)).at(-1)?.json as { draft?: unknown } | undefined)?.draft,
    )
    .toEqual({ quarter: 1, decisions: edited });
  await page.reload();
  await page.getByRole('button', { name: 'Resume' }).click();
  await dismissTourIfShown(page);
  await startPlanning(page);
  await expect(page.getByTestId('restored-plan')).toContainText(
    'Your unsubmitted plan was restored.',
  );
  await expect(page.locator('#allocation-debtPaydown')).toHaveValue('20');
  await expect(hires).toHaveValue('2');
  await expect(page.getByTestId('decision-problems')).toHaveCount(0);

  // Submitting it gives the same game as submitting without the reload.
  await endQuarter(page);
  await expect(page.locator('.game[data-resolved-quarters="1"]')).toBeVisible();
  await answerDialogs(page, 1);
  await page.getByTestId('continue').click();
  await expect(page.locator('.game[data-quarter="2"]')).toBeVisible();
  const expected = toSave(uninterrupted(1));
  await expect
    .poll(async () => {
      const latest = (await storedAutosaves(page)).at(-1)?.json as
        { actions: unknown; checksum: string; draft?: unknown } | undefined;
      return latest && { actions: latest.actions, checksum: latest.checksum, draft: latest.draft };
    })
    .toEqual({ actions: expected.actions, checksum: expected.checksum, draft: undefined });
  // The restored game kept autosaving into its own set.
  expect(new Set((await storedAutosaves(page)).map((a) => a.gameId)).size).toBe(1);
  expect(errors).toEqual([]);
});

test('a plan being edited is still there after replay and analysis, continue playing', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const start = newGame(scenario(), SEED, { playerName: 'Analyst' });
  const edited = applyEdits(defaultDecisions(start), 1);
  await startGame(page, SCENARIO_ID, SEED, 'Analyst');
  await dismissTourIfShown(page);
  await editPlan(page, 1);
  await page.getByTestId('analyse').click();
  await expect(page.getByTestId('analysis')).toBeVisible();
  await page.getByTestId('continue-playing').click();
  await dismissTourIfShown(page);
  await startPlanning(page);
  await expect(page.getByTestId('restored-plan')).toContainText(
    'Your unsubmitted plan was restored.',
  );
  await expect(page.locator('#allocation-debtPaydown')).toHaveValue('20');
  // The continued game autosaves the same plan into the set it wrote before.
  await expect
    .poll(
      async () =>
        ((await storedAutosaves(page)).at(-1)?.json as { draft?: unknown } | undefined)?.draft,
    )
    .toEqual({ quarter: 1, decisions: edited });
  expect(new Set((await storedAutosaves(page)).map((a) => a.gameId)).size).toBe(1);
  expect(errors).toEqual([]);
});

/** How far apart (px) the vertical centres of these elements are: under 8 means one row. */
async function rowSpread(page: Page, selector: string): Promise<number> {
  const centres = await page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return r.top + r.height / 2;
    }),
  );
  expect(centres.length).toBeGreaterThan(1);
  return Math.max(...centres) - Math.min(...centres);
}

test('the game and analysis headers fit at 1280 px in English and Japanese', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await startGame(page, SCENARIO_ID, SEED, 'Team E2E');
  await dismissTourIfShown(page);
  await playQuarter(page, 1);
  await expect(page.getByTestId('autosaved')).toBeVisible();
  const header = page.locator('.game-header');
  for (const language of ['English', '日本語']) {
    await header.getByRole('button', { name: language }).click();
    await expect(header.getByRole('button', { name: language })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // The tools move as one row under the title and status; none wraps on its own.
    expect(await rowSpread(page, '.game-header .header-tools button:visible')).toBeLessThan(8);
    const leave = (await header
      .getByRole('button', { name: /Leave game|ゲームを終える/ })
      .boundingBox())!;
    expect(leave.x + leave.width).toBeLessThanOrEqual(1280);
    expect((await header.boundingBox())!.height).toBeLessThan(130);
  }
  await header.getByRole('button', { name: 'English' }).click();
  await page.getByTestId('analyse').click();
  await expect(page.getByTestId('analysis')).toBeVisible();
  for (const width of [1280, 1360]) {
    await page.setViewportSize({ width, height: 720 });
    for (const language of ['English', '日本語']) {
      await header.getByRole('button', { name: language }).click();
      // One row: the title, the open game and every button.
      expect(
        await rowSpread(page, '.analysis .game-header > h1, .analysis .game-header button'),
      ).toBeLessThan(8);
    }
  }
});

test('a plan edit made just before the tab reloads is there when the game resumes', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await startGame(page, SCENARIO_ID, SEED, 'Quick');
  await dismissTourIfShown(page);
  await startPlanning(page);
  const slider = page.locator('#allocation-reliability');
  const before = Number(await slider.inputValue());
  await slider.focus();
  for (let i = 0; i < 3; i++) await slider.press('ArrowRight');
  await expect(slider).toHaveValue(String(before + 3));
  // Reload at once: the page's last autosave (pagehide) keeps the edit, no waiting for the timer.
  await page.reload();
  await page.getByRole('button', { name: 'Resume' }).click();
  await dismissTourIfShown(page);
  await startPlanning(page);
  await expect(page.getByTestId('restored-plan')).toBeVisible();
  await expect(slider).toHaveValue(String(before + 3));
  // Back to the starting plan on request.
  await page.getByTestId('reset-plan').click();
  await expect(page.getByTestId('restored-plan')).toHaveCount(0);
  await expect(slider).toHaveValue(String(before));
  expect(errors).toEqual([]);
});
