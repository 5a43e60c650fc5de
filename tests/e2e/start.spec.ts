import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtInScenarioTitles, collectPageErrors } from './helpers/app';
import { freshSave, seedAutosave, uploadSave } from './helpers/saves';
import { docScreenshot } from './helpers/screenshots';

const scenarios = builtInScenarioTitles();

test('the start screen lists every built-in scenario with its description', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'VPoE Simulator' })).toBeVisible();
  const cards = page.locator('.scenario-list > li');
  await expect(cards).toHaveCount(scenarios.length);
  for (const scenario of scenarios) {
    const card = page.locator(`[data-scenario-id="${scenario.id}"]`);
    await expect(card.getByRole('heading', { name: scenario.en })).toBeVisible();
    await expect(card.locator('.scenario-description')).not.toBeEmpty();
    await expect(card.getByRole('button', { name: 'Start new game' })).toBeEnabled();
  }
  await docScreenshot(page, 'start-en.png', { fullPage: true });
  expect(errors).toEqual([]);
});

test('switching to Japanese changes the texts and is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('VPoE Simulator');
  await page.getByRole('button', { name: '日本語' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('VPoE シミュレーター');
  await expect(page.getByRole('heading', { name: 'シナリオを選ぶ' })).toBeVisible();
  for (const scenario of scenarios) {
    await expect(page.getByRole('heading', { name: scenario.ja })).toBeVisible();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('button', { name: '日本語' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await docScreenshot(page, 'start-ja.png', { fullPage: true });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('VPoE シミュレーター');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('VPoE Simulator');
});

test.describe('with a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });
  test('the default language follows the browser locale', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('VPoE シミュレーター');
  });
});

test('opening a file that is not a save is refused with the reason', async ({ page }) => {
  await page.goto('/');
  await uploadSave(page, 'notes.json', { format: 'spreadsheet', rows: [] });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This file is not a VPoE Simulator save.');
  await expect(alert).toContainText('notes.json: field "format" must be "vpoe-save"');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});

test('starting a scenario opens its new-game setup, and back returns to the list', async ({
  page,
}) => {
  const [first] = scenarios;
  if (!first) throw new Error('no built-in scenario');
  await page.goto('/');
  await page
    .locator(`[data-scenario-id="${first.id}"]`)
    .getByRole('button', { name: 'Start new game' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: first.en })).toBeVisible();
  await page.getByRole('button', { name: 'Back to scenarios' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toBeVisible();
});

test('an uploaded save opens the game and is then offered under Recent', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  await uploadSave(page, 'my-run.vpoe.json', freshSave());
  await expect(
    page.getByRole('heading', { level: 1, name: 'Series B SaaS scale-up' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toHaveCount(0);
  // The running game (its view tabs), not the new-game setup.
  await expect(page.getByRole('tablist')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('button', { name: 'my-run.vpoe.json' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the last autosave is offered for resuming', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Choose a scenario' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Resume last game' })).toHaveCount(0);
  await seedAutosave(page, {
    gameId: 'e2e-game',
    quarter: 0,
    scenarioId: 'series-b-saas',
    json: freshSave(),
  });
  await page.reload();
  const resume = page.getByRole('region', { name: 'Resume last game' });
  await expect(resume).toContainText('Series B SaaS scale-up, after quarter 0');
  await resume.getByRole('button', { name: 'Resume' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Series B SaaS scale-up' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the start screen has no serious accessibility violations in either language', async ({
  page,
}) => {
  await page.goto('/');
  for (const language of ['English', '日本語']) {
    await page.getByRole('button', { name: language }).click();
    await expect(page.locator('.scenario-list > li').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }
});

test('scenarios are listed gentlest first', async ({ page }) => {
  await page.goto('/');
  const expected = [...scenarios]
    .sort((a, b) => a.difficulty - b.difficulty || a.fileName.localeCompare(b.fileName))
    .map((s) => s.id);
  // The list arrives from the host after the first render: wait for it instead of reading once.
  await expect(page.locator('.scenario-list > li')).toHaveCount(expected.length);
  const ids = await page
    .locator('.scenario-list > li')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-scenario-id')));
  expect(ids).toEqual(expected);
});
