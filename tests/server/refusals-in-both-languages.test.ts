/**
 * The workshop's refusals are codes the pages put into words (src/shared/workshop-refusals.ts,
 * src/renderer/features/workshop/refusalText.ts): every code has its text in English and
 * Japanese, and a Japanese team reads the room's real refusals in Japanese.
 */
import i18next, { type TFunction } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ColyseusSDK } from '@colyseus/sdk';
import { defaultDecisions, newGame } from '../../src/sim/index';
import { WORKSHOP_ROOM } from '../../src/shared/workshop';
import { REFUSAL_CODES, type Refusal, type RefusalCode } from '../../src/shared/workshop-refusals';
import { startWorkshopServer, type RunningWorkshop } from '../../src/server/server';
import { WorkshopConnection, ask } from '../../src/renderer/features/workshop/connection';
import { refusalText } from '../../src/renderer/features/workshop/refusalText';
import en from '../../src/renderer/features/workshop/locales/en.json';
import ja from '../../src/renderer/features/workshop/locales/ja.json';
import { freePort, joinTeam, loadScenario } from './helpers';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** One refusal of every code, with parameters a reader would see. */
const SAMPLES: { [C in RefusalCode]: Extract<Refusal, { code: C }> } = {
  'join-options-invalid': { code: 'join-options-invalid' },
  'join-code-wrong': { code: 'join-code-wrong' },
  'facilitator-code-wrong': { code: 'facilitator-code-wrong' },
  'team-token-unknown': { code: 'team-token-unknown' },
  'team-name-needed': { code: 'team-name-needed' },
  'role-not-allowed': { code: 'role-not-allowed', roles: ['facilitator', 'team'] },
  'team-removed': { code: 'team-removed' },
  paused: { code: 'paused' },
  'message-invalid': { code: 'message-invalid', type: 'submit', path: 'decisions.allocation' },
  'workshop-ended': { code: 'workshop-ended' },
  'settings-after-start': { code: 'settings-after-start' },
  'settings-quarters': { code: 'settings-quarters', max: 12 },
  'settings-timer': { code: 'settings-timer', max: 120 },
  'settings-weights-negative': { code: 'settings-weights-negative' },
  'settings-weights-zero': { code: 'settings-weights-zero' },
  'join-too-late': { code: 'join-too-late' },
  'room-full': { code: 'room-full', max: 40 },
  'team-name-empty': { code: 'team-name-empty' },
  'team-name-too-long': { code: 'team-name-too-long', max: 40 },
  'team-name-taken': { code: 'team-name-taken', name: 'Blue' },
  'team-unknown': { code: 'team-unknown', teamId: 't9' },
  'quarter-not-open': { code: 'quarter-not-open', quarter: 2 },
  'quarter-already-open': { code: 'quarter-already-open', quarter: 2 },
  'no-quarter-open': { code: 'no-quarter-open' },
  'no-team-yet': { code: 'no-team-yet' },
  'last-quarter': { code: 'last-quarter', quarter: 4 },
  'team-game-ended': { code: 'team-game-ended' },
  'answer-after-close': { code: 'answer-after-close' },
  'forecast-while-open': { code: 'forecast-while-open' },
  'forecast-invalid': { code: 'forecast-invalid', paths: ['forecast.figures.cash'] },
  'forecast-quarter': { code: 'forecast-quarter', open: 1, given: 2 },
  'inject-before-start': { code: 'inject-before-start' },
  'game-refused': {
    code: 'game-refused',
    team: 'Blue',
    reasons: [{ path: 'allocation', reason: { en: 'must add up to 100', ja: '合計を100に' } }],
  },
  'undo-not-a-close': { code: 'undo-not-a-close' },
  'draft-not-open': { code: 'draft-not-open' },
  'debrief-not-ready': { code: 'debrief-not-ready' },
  'seat-replaced': { code: 'seat-replaced' },
  'connection-closed': { code: 'connection-closed', closeCode: 4002 },
  'not-connected': { code: 'not-connected' },
  'server-fault': { code: 'server-fault', detail: 'boom' },
};

const translators: Record<'en' | 'ja', TFunction> = {} as never;

beforeAll(async () => {
  for (const language of ['en', 'ja'] as const) {
    const instance = i18next.createInstance();
    await instance.init({
      lng: language,
      fallbackLng: false,
      resources: { en: { workshop: en }, ja: { workshop: ja } },
      defaultNS: 'workshop',
      interpolation: { escapeValue: false },
    });
    translators[language] = instance.getFixedT(language, 'workshop');
  }
});

const say = (language: 'en' | 'ja', refusal: Refusal) =>
  refusalText(translators[language], language, refusal);

describe('workshop refusals in both languages', () => {
  it.each(REFUSAL_CODES)(
    '%s has its text in English and Japanese, every parameter filled',
    (code) => {
      const sample = SAMPLES[code];
      for (const language of ['en', 'ja'] as const) {
        const text = say(language, sample);
        expect(text, `${language} ${code}`).not.toContain('refusal.');
        expect(text, `${language} ${code}`).not.toMatch(/{{|\$t\(/);
        for (const value of Object.values(sample))
          if (typeof value === 'number' || (typeof value === 'string' && value !== code))
            expect(text).toContain(String(value));
      }
      expect(say('ja', sample)).toMatch(JAPANESE);
      expect(say('en', sample)).not.toMatch(JAPANESE);
    },
  );

  it("shows the engine's own reason in the reader's language, and names the roles in it", () => {
    const engine = SAMPLES['game-refused'];
    expect(say('en', engine)).toContain('allocation: must add up to 100');
    expect(say('ja', engine)).toContain('allocation: 合計を100に');
    expect(say('en', SAMPLES['role-not-allowed'])).toBe(
      'Only the facilitator or a team can do this.',
    );
    expect(say('ja', SAMPLES['role-not-allowed'])).toContain('ファシリテーターまたはチーム');
  });
});

describe("a Japanese team reads the room's refusals in Japanese", () => {
  let running: RunningWorkshop;
  afterEach(async () => {
    await running.close();
  });

  it('a wrong join code, a taken name, a malformed and an impossible plan', async () => {
    const scenario = loadScenario();
    const port = await freePort();
    running = await startWorkshopServer({
      scenario,
      seed: 3,
      port,
      host: '127.0.0.1',
      sessionFile: null,
      staticDir: null,
    });
    const page = new WorkshopConnection({
      endpoint: `ws://127.0.0.1:${port}`,
      handlers: () => ({}),
      credentials: { kept: () => null, keep: () => undefined, forget: () => undefined },
    });
    expect(await page.join({ role: 'team', joinCode: 'WRONG9', teamName: '青' })).toBe(false);
    expect(say('ja', page.get().error!)).toBe(ja.refusal['join-code-wrong']);

    const sdk = new ColyseusSDK(`ws://127.0.0.1:${port}`);
    const blue = await joinTeam(sdk, running.joinCode, '青チーム');
    expect(
      await page.join({ role: 'team', joinCode: running.joinCode, teamName: '青チーム' }),
    ).toBe(false);
    expect(say('ja', page.get().error!)).toBe(
      '「青チーム」というチームはすでに参加しています。別の名前にしてください。',
    );

    const host = await sdk.join(WORKSHOP_ROOM, {
      role: 'facilitator',
      facilitatorCode: running.facilitatorCode,
    });
    await host.request('open', {});
    const malformed = await ask(blue.room, 'submit', { decisions: { allocation: 'all' } });
    expect(malformed?.code).toBe('message-invalid');
    expect(say('ja', malformed!)).toMatch(/^この要求を読み取れませんでした（submit: decisions/);

    const impossible = defaultDecisions(newGame(scenario, 3));
    impossible.allocation.features += 30;
    const refused = await ask(blue.room, 'submit', { decisions: impossible });
    expect(refused?.code).toBe('game-refused');
    const reasons = (refused as Extract<Refusal, { code: 'game-refused' }>).reasons;
    const text = say('ja', refused!);
    expect(text.startsWith('受け付けられませんでした: ')).toBe(true);
    for (const r of reasons) expect(text).toContain(r.reason.ja);
    expect(say('en', refused!)).toContain(reasons[0]!.reason.en);

    const asTeam = await ask(blue.room, 'close', {});
    expect(say('ja', asTeam!)).toBe('この操作はファシリテーターだけが行えます。');
    page.leave();
  });
});
