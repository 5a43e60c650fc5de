/**
 * A short live workshop as people play it: the facilitator's console, the projector and three
 * teams, each in its own browser context, against the workshop server that `npm run workshop`
 * starts (on 127.0.0.1). One team reloads mid-quarter, the server is restarted once; the debrief
 * pack's CSV has every team's quarters and its PDF has the teams' names and Japanese text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import {
  expect as baseExpect,
  test,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { deckFor } from '../../src/sim/index';
import { loadBuiltin } from '../scenarios/builtin';
import { collectPageErrors } from './helpers/app';
import { pdfText } from './helpers/pdf';
import { docScreenshot } from './helpers/screenshots';
import { quarterWithSmallRequests } from './helpers/small-requests-seed';
import {
  startWorkshopProcess,
  workshopTestPort,
  type WorkshopProcess,
} from './helpers/workshop-server';

// Five browser pages and a Node server share a busy 2-core machine: allow each step more time.
const expect = baseExpect.configure({ timeout: 15_000 });

const TEAMS = ['Aoi', 'Kaede', 'Sakura'] as const;
// A seed whose quarter 1 brings small requests under the starting plan (Aoi keeps it), so the
// teams' pages answer them in their own dialog (asked of the engine: it follows model changes).
const SMALL = quarterWithSmallRequests('series-b-saas');
const SEED = SMALL.seed;
const QUARTERS = 3;
// Several browsers, a server restart and three quarters on a busy 2-core machine.
const WORKSHOP_TEST_MS = 420_000;
// A page rejoins every 2 s after a lost connection; a restarted server takes a few seconds.
const REJOIN_MS = 60_000;
// The projector reveals one row every 1.2 s, from the last place up.
const REVEAL_MS = 20_000;

// A click waits at most this long (by default it waits until the test's timeout).
test.use({ actionTimeout: 30_000 });

let server: WorkshopProcess | null = null;
let sessionDir = '';
/** The browser contexts a test opened (Playwright closes only the ones it made itself). */
const contexts: BrowserContext[] = [];

test.beforeEach(() => {
  sessionDir = mkdtempSync(join(tmpdir(), 'vpoe-workshop-e2e-'));
});

test.afterEach(async () => {
  // The pages close before the server stops: a page left open would show "Connection lost" in a
  // failed test's last screenshots (the server stopped under it, not during the test), and would
  // go on rejoining into the next test's server.
  for (const context of contexts.splice(0)) await context.close();
  await server?.stop();
  server = null;
  rmSync(sessionDir, { recursive: true, force: true });
});

async function newContext(browser: Browser, options: { locale?: string } = {}) {
  const context = await browser.newContext(options);
  contexts.push(context);
  return context;
}

async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  const errors = collectPageErrors(page);
  await page.goto(url);
  return { page, errors };
}

const WAITING_NOTE = 'Answered. Wait for the facilitator to open the next quarter.';
const ANSWERED = 'answered';

/**
 * What the team's page asks now: the open dialog's title, which names the choice and how many
 * wait (this one included), or ANSWERED once the team waits for the next quarter; null between
 * the two. It reads the page without waiting for anything, so a dialog that closes meanwhile
 * cannot hold it up.
 */
async function asking(team: Page): Promise<string | null> {
  if (await team.getByText(WAITING_NOTE).isVisible()) return ANSWERED;
  const [title] = await team
    .getByRole('dialog')
    .getByRole('heading', { level: 2 })
    .allTextContents();
  return title ?? null;
}

/**
 * Answers every dilemma and request the team is shown after a close (first option each time;
 * the small requests' dialog takes the first option of each, then sends them together). Gives
 * back how many small requests were answered that way.
 */
async function answerDilemmas(team: Page): Promise<number> {
  const dialog = team.getByRole('dialog');
  let smallAnswered = 0;
  for (let i = 0; i < 10; i++) {
    await expect.poll(() => asking(team)).not.toBeNull();
    const asked = await asking(team);
    if (asked === ANSWERED) return smallAnswered;
    const small = dialog.locator('.small-request');
    if ((await small.count()) > 0) {
      const n = await small.count();
      for (let r = 0; r < n; r++) await small.nth(r).getByRole('radio').first().check();
      await dialog.getByTestId('answer-small-requests').click();
      smallAnswered += n;
    } else await dialog.locator('[data-testid^="option-"]').first().click();
    // The answer is taken when the page asks something else: the title changes (one choice
    // fewer waits) or the dialog closes. Not the dialog's text: the radios checked above change
    // it before anything is sent, and a check on it went on while the answer was still on its
    // way, to find the dialog gone under its next step (a 30 s wait for a dialog, engine 1.18.0).
    await expect.poll(() => asking(team)).not.toBe(asked);
  }
  throw new Error('more than 10 dilemmas after one quarter');
}

async function submitPlan(team: Page): Promise<void> {
  await team.getByTestId('end-quarter').click();
  await expect(team.getByTestId('plan-state')).toHaveText(/^Plan submitted/);
}

test('a short workshop: three teams, a reload mid-quarter and a server restart, to the debrief pack', async ({
  browser,
}) => {
  test.setTimeout(WORKSHOP_TEST_MS);
  const port = workshopTestPort();
  const sessionFile = join(sessionDir, 'session.json');
  server = await startWorkshopProcess({ port, seed: SEED, sessionFile });
  const { origin, joinCode, facilitatorCode } = server;

  const facilitator = await openPage(browser, `${origin}/workshop.html#facilitator`);
  const f = facilitator.page;
  await f.getByLabel('Facilitator code').fill(facilitatorCode);
  await f.getByRole('button', { name: 'Enter' }).click();
  await expect(f.getByTestId('join-code')).toHaveText(joinCode);
  await f.getByLabel(/^Quarters to play/).fill(String(QUARTERS));
  await f.getByLabel(/^Round timer/).fill('0');
  await f.getByRole('button', { name: 'Save settings' }).click();
  await expect(f.getByTestId('round-status')).toContainText('Waiting to start');

  const projector = await openPage(browser, `${origin}/workshop.html?code=${joinCode}#projector`);
  const p = projector.page;
  // The projector shows how to join: the address, its QR code and the join code.
  const joinUrl = `${origin}/workshop.html?code=${joinCode}`;
  await expect(p.getByTestId('join-panel')).toContainText(joinUrl);
  await expect(p.getByTestId('join-code')).toHaveText(joinCode);
  await expect(p.getByRole('img', { name: 'QR code of the join address' })).toBeVisible();
  await expect(f.getByRole('img', { name: 'QR code of the join address' })).toBeVisible();

  const teams: { name: string; page: Page; errors: string[] }[] = [];
  for (const name of TEAMS) {
    const opened = await openPage(browser, `${origin}/workshop.html?code=${joinCode}`);
    await opened.page.getByLabel('Team name').fill(name);
    await opened.page.getByRole('button', { name: 'Join' }).click();
    await expect(opened.page.getByTestId('team-name')).toHaveText(name);
    await expect(f.getByTestId(`team-row-${name}`)).toBeVisible();
    teams.push({ name, ...opened });
  }
  await expect(p.getByRole('list', { name: 'Teams' }).getByRole('listitem')).toHaveCount(3);
  await docScreenshot(f, 'workshop-facilitator-lobby.png', { fullPage: true });
  await docScreenshot(p, 'workshop-projector-lobby.png');
  const [aoi, kaede, sakura] = teams.map((t) => t.page) as [Page, Page, Page];

  // Quarter 1: Sakura changes the plan, reloads before submitting and finds it as it was.
  await f.getByRole('button', { name: 'Open quarter 1' }).click();
  for (const team of teams)
    await expect(team.page.getByTestId('plan-state')).toHaveText(/^Not submitted yet/);
  // Aoi forecasts the quarter before it resolves (cash, incidents, attrition, features, a reason).
  await aoi.getByTestId('forecast-incidents').fill('3');
  await aoi.getByTestId('forecast-reason').fill('we ship faster, so more incidents');
  await aoi.getByTestId('forecast-record').click();
  await expect(aoi.getByTestId('forecast-state')).toHaveText(/^Forecast recorded/);
  await expect(f.getByTestId('team-row-Aoi').getByRole('cell').nth(3)).toHaveText('✓');
  await submitPlan(aoi);
  // The team's plan opens folded like the solo plan (issue 13, item 7), and opens on request.
  for (const team of [kaede, sakura]) {
    await expect(team.locator('details.responsibility').first()).toBeVisible();
    await expect(team.locator('details.responsibility[open]')).toHaveCount(0);
    await team.getByTestId('open-all-sections').click();
    await expect(team.locator('details.responsibility:not([open])')).toHaveCount(0);
  }
  await kaede.locator('#lever-budget-rightsizing').check();
  await submitPlan(kaede);
  const rightsizing = sakura.locator('#lever-budget-rightsizing');
  await expect(rightsizing).not.toBeChecked();
  await rightsizing.check();
  await expect(sakura.getByTestId('draft-kept')).toBeVisible();
  await docScreenshot(sakura, 'workshop-team-plan.png');
  await sakura.reload();
  await expect(sakura.getByTestId('team-name')).toHaveText('Sakura');
  await expect(sakura.locator('#lever-budget-rightsizing')).toBeChecked();
  // The sections the team opened stay open (remembered in this browser).
  await expect(sakura.locator('details.responsibility:not([open])')).toHaveCount(0);
  await expect(sakura.getByTestId('plan-state')).toHaveText(/^Not submitted yet/);
  await submitPlan(sakura);
  for (const name of TEAMS)
    await expect(f.getByTestId(`team-row-${name}`).getByRole('cell').nth(2)).toHaveText('✓');

  await f.getByRole('button', { name: 'Close quarter 1' }).click();
  await expect(p.getByRole('heading', { name: 'Quarter 1: results' })).toBeVisible();
  await expect(p.locator('.workshop-leaderboard .shown-rank')).toHaveCount(3, {
    timeout: REVEAL_MS,
  });
  // The reveal scores Aoi's forecast (the engine's score, 0-100), with its reason.
  const scored = aoi.getByTestId('forecast-result-1');
  await expect(scored).toContainText(/Your forecast for quarter 1: \d+ \/ 100/);
  await expect(scored).toContainText('we ship faster, so more incidents');
  // The projector shows the same score at the reveal, and who made no forecast.
  const aoiScore = /: (\d+) \/ 100/.exec((await scored.textContent()) ?? '')?.[1];
  const forecasts = p.getByTestId('projector-forecasts');
  await expect(forecasts.getByRole('row', { name: /Aoi/ })).toContainText(`${aoiScore} / 100`);
  await expect(forecasts.getByRole('row', { name: /Kaede/ })).toContainText('No forecast');
  await docScreenshot(aoi, 'workshop-team-forecast-reveal.png', { fullPage: true });
  for (const team of teams) {
    await expect(team.page.getByTestId('team-score')).toBeVisible();
    const small = await answerDilemmas(team.page);
    if (team.page === aoi) expect(small).toBe(SMALL.small.length);
  }

  // The server stops and starts again on its session file; every page rejoins on its own.
  await server.stop();
  await expect(f.getByTestId('reconnecting')).toBeVisible();
  server = await startWorkshopProcess({ port, seed: SEED, sessionFile });
  expect(server.joinCode).toBe(joinCode);
  for (const team of teams)
    await expect(team.page.getByTestId('team-name')).toHaveText(team.name, { timeout: REJOIN_MS });
  await expect(f.getByTestId('round-status')).toContainText('Quarter 1 of 3: results', {
    timeout: REJOIN_MS,
  });
  for (const name of TEAMS)
    await expect(f.getByTestId(`team-row-${name}`).getByRole('cell').nth(1)).toHaveText('●');
  await expect(p.locator('.workshop-leaderboard .shown-rank')).toHaveCount(3, {
    timeout: REJOIN_MS + REVEAL_MS,
  });

  // Quarter 2: Kaede does not submit in time and is given last quarter's plan.
  await f.getByRole('button', { name: 'Open quarter 2' }).click();
  await expect(kaede.locator('#lever-budget-rightsizing')).toBeChecked();
  await submitPlan(aoi);
  await submitPlan(sakura);
  await f.getByRole('button', { name: 'Close quarter 2' }).click();
  await expect(kaede.getByText('Your plan was not submitted in time')).toBeVisible();
  for (const team of teams) await answerDilemmas(team.page);

  // Quarter 3, the last: then the session ends and the pages show the debrief.
  await f.getByRole('button', { name: 'Open quarter 3' }).click();
  for (const team of teams) await submitPlan(team.page);
  await f.getByRole('button', { name: 'Close quarter 3' }).click();
  await expect(p.getByRole('heading', { name: 'Quarter 3: results' })).toBeVisible();
  for (const team of teams) await answerDilemmas(team.page);
  await expect(f.getByRole('button', { name: /^Open quarter/ })).toHaveCount(0);
  await f.getByRole('button', { name: 'End the session' }).click();
  for (const page of [f, p, ...teams.map((t) => t.page)])
    await expect(page.getByTestId('round-status')).toContainText('The workshop has ended');
  await expect(p.locator('.workshop-leaderboard .shown-rank')).toHaveCount(3, {
    timeout: REVEAL_MS,
  });
  for (const name of TEAMS) await expect(p.getByTestId('leaderboard')).toContainText(name);
  // Across the game: Aoi forecast once (quarter 1), the others never.
  await expect(
    p.getByTestId('projector-forecasts').getByRole('row', { name: /Aoi/ }),
  ).toContainText('1 forecast, mean score');
  await docScreenshot(p, 'workshop-projector-end.png', { fullPage: true });

  // The debrief pack: the facilitator's has the room's report and every team's, and the CSV.
  const pack = f.getByTestId('debrief-pack');
  await expect(pack.getByTestId('room-report')).toBeVisible();
  // Each team's calibration over the game: Aoi forecast once, the others never.
  const calibration = pack.getByTestId('calibration');
  await expect(calibration.getByRole('row', { name: /Aoi/ })).toContainText(
    '1 forecast, mean score',
  );
  await expect(calibration.getByRole('row', { name: /Kaede/ })).toContainText(
    'No forecast was recorded.',
  );
  await expect(pack.getByTestId('team-report-Aoi').getByTestId('forecast-result-1')).toBeVisible();
  for (const name of TEAMS) {
    await expect(pack.getByTestId(`team-report-${name}`)).toBeVisible();
    await expect(pack.getByTestId(`reflection-${name}`)).toBeVisible();
  }
  // Each dilemma the room met is discussed with the card's own questions, written once in the
  // deck: the room's report asks them, and each sheet of a team that met the card prints them.
  const deck = deckFor(loadBuiltin('series-b-saas.json'));
  const discussed = pack.getByTestId('room-report').locator('.debrief-dilemma');
  expect(await discussed.count()).toBeGreaterThan(0);
  for (const section of await discussed.all()) {
    const title = await section.locator('h4').innerText();
    const card = deck.dilemmas.find((c) => c.title.en === title);
    expect(card?.reflection, title).toBeDefined();
    await expect(section.getByTestId('reflection-questions').locator('li')).toHaveText(
      card!.reflection!.map((q) => q.en),
    );
    await expect(
      pack.getByTestId(`reflection-dilemma-${card!.id}`).first().locator('p').first(),
    ).toHaveText(card!.reflection![0]!.ja);
  }
  const download = f.waitForEvent('download');
  await pack.getByRole('button', { name: 'Download the CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(rows.errors).toEqual([]);
  expect(rows.data.map((r) => `${r.team} Q${r.quarter} ${r.plan}`)).toEqual(
    TEAMS.flatMap((name) =>
      [1, 2, 3].map(
        (q) => `${name} Q${q} ${name === 'Kaede' && q === 2 ? 'default' : 'submitted'}`,
      ),
    ),
  );
  expect(
    rows.data.find((r) => r.team === 'Sakura' && r.quarter === '1')?.['plan.budget.rightsizing'],
  ).toBe('true');

  // Printed in Japanese (the browser's print to PDF): only the pack, with every team's name.
  await f.getByRole('button', { name: '日本語' }).click();
  await expect(pack.getByRole('heading', { name: '振り返りパック' })).toBeVisible();
  const pdf = await f.pdf({ format: 'A4', printBackground: true });
  const text = await pdfText(pdf);
  for (const name of TEAMS) expect(text).toContain(`チームレポート: ${name}`);
  expect(text).toContain('振り返りシート / Reflection sheet');
  expect(text).toContain('職場で自分ならどうするか');
  expect(text).toContain('予測と結果');
  expect(text).not.toContain('ファシリテーター画面');
  await f.emulateMedia({ media: 'print' });
  await docScreenshot(f, 'workshop-debrief-print.png', { fullPage: true });
  await f.emulateMedia({ media: 'screen' });

  // A team's pack has its own report and sheet only.
  await expect(aoi.getByTestId('team-report-Aoi')).toBeVisible();
  await expect(aoi.getByTestId('reflection-Aoi')).toBeVisible();
  await expect(aoi.getByTestId('team-report-Kaede')).toHaveCount(0);
  await docScreenshot(aoi, 'workshop-team-end.png', { fullPage: true });

  // The restart drops every connection: the browsers log that, nothing else.
  const lostConnection = /WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/;
  for (const { errors } of [facilitator, projector, ...teams])
    expect(errors.filter((e) => !lostConnection.test(e))).toEqual([]);
});

test("a Japanese team reads the room's refusals in Japanese, and in English when it switches", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  server = await startWorkshopProcess({
    port: workshopTestPort(),
    seed: 3,
    sessionFile: join(sessionDir, 'session.json'),
  });
  const { origin, joinCode } = server;
  const open = async () => {
    const context = await newContext(browser, { locale: 'ja-JP' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${origin}/workshop.html`);
    return { page, errors };
  };
  const first = await open();
  await first.page.getByLabel('チーム名').fill('青チーム');
  await first.page.getByLabel('参加コード').fill('WRONG9');
  await first.page.getByRole('button', { name: '参加する' }).click();
  const alert = first.page.getByRole('alert');
  await expect(alert).toHaveText(
    '参加コードが違います。プロジェクターに表示されたコードを確認してください。',
  );
  // The page keeps the refusal, not its words: switching the language rewords it.
  await first.page.getByRole('button', { name: 'English' }).click();
  await expect(alert).toHaveText(
    "That join code is not this workshop's. Check the code on the projector.",
  );
  await first.page.getByRole('button', { name: '日本語' }).click();
  await first.page.getByLabel('参加コード').fill(joinCode);
  await first.page.getByRole('button', { name: '参加する' }).click();
  await expect(first.page.getByTestId('team-name')).toHaveText('青チーム');

  const second = await open();
  await second.page.getByLabel('チーム名').fill('青チーム');
  await second.page.getByLabel('参加コード').fill(joinCode);
  await second.page.getByRole('button', { name: '参加する' }).click();
  await expect(second.page.getByRole('alert')).toHaveText(
    '「青チーム」というチームはすでに参加しています。別の名前にしてください。',
  );
  // A refused join is an HTTP error the browser logs; nothing else went wrong.
  for (const { errors } of [first, second])
    expect(errors.filter((e) => !/status of 40[39]/.test(e))).toEqual([]);
});
