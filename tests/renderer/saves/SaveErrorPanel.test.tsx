// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { HostApi, HostResult, OpenedGame } from '../../../src/shared/host-api';
import {
  actionsOf,
  ENGINE_VERSION,
  gameChecksum,
  loadSave,
  saveChecksum,
  toSave,
  type LoadSaveError,
  type SaveError,
} from '../../../src/sim/index';
import { SaveErrorPanel } from '../../../src/renderer/features/saves/SaveErrorPanel';
import {
  gameFromOpened,
  launchOfRun,
  offersModelChange,
  openSavedGame,
  type OpenProblem,
} from '../../../src/renderer/features/saves/openSavedGame';
import { createTestI18n } from '../testI18n';
import { loadScenario } from '../../sim/helpers';
import { freshGame, playTo, scenario } from './games';

afterEach(cleanup);

const game = playTo(freshGame(5), 2);
const good = JSON.parse(JSON.stringify(toSave(game))) as Record<string, unknown>;

/** The game as engine 1.0.0 saved it: its numbers differed in the last bits, so the checksum. */
function olderEngineSave(): Record<string, unknown> {
  const older = structuredClone(game);
  older.history[0]!.metrics.cash *= 1 + Number.EPSILON;
  return {
    ...structuredClone(good),
    engineVersion: '1.0.0',
    checksum: saveChecksum(actionsOf(game), gameChecksum(older)),
  };
}

function engineError(json: unknown, against = scenario): LoadSaveError {
  const r = loadSave(json, against);
  if (r.ok) throw new Error('expected the engine to refuse this save');
  return r.error;
}

async function show(
  problem: OpenProblem,
  language: 'en' | 'ja' = 'en',
  onOpenUnderCurrentModel?: () => void,
) {
  const i18n = await createTestI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <SaveErrorPanel problem={problem} onOpenUnderCurrentModel={onOpenUnderCurrentModel} />
    </I18nextProvider>,
  );
  return screen.getByRole('alert');
}

const broken: [string, () => unknown, SaveError['kind'], string, string][] = [
  [
    'cut-off JSON',
    () => JSON.stringify(good).slice(0, 200),
    'truncated',
    'The save file is cut off (incomplete).',
    'セーブファイルが途中で切れています（不完全です）。',
  ],
  [
    'a newer save format',
    () => ({ ...good, schemaVersion: 99 }),
    'newer-version',
    'The save was written by a newer version of the app.',
    '新しいバージョンのアプリで保存されたファイルです。',
  ],
  [
    'a wrong type',
    () => ({ ...good, seed: 'seven' }),
    'corrupt',
    'The save file is damaged.',
    'セーブファイルが壊れています。',
  ],
  [
    'an unknown action',
    () => ({ ...good, actions: [{ type: 'teleport' }] }),
    'corrupt',
    'The save file is damaged.',
    'セーブファイルが壊れています。',
  ],
  [
    'another program’s JSON',
    () => ({ format: 'spreadsheet', rows: [] }),
    'foreign',
    'This is not a save of a game this app can open.',
    'このアプリで開けるゲームのセーブではありません。',
  ],
  [
    'an edited result',
    () => ({ ...good, checksum: 'ffffffffffffffff' }),
    'diverged',
    'Replaying the save does not give the saved game.',
    'セーブを再生しても、保存時と同じゲームになりません。',
  ],
];

describe('SaveErrorPanel', () => {
  it.each(broken)('names %s as %s in English and Japanese', async (_, make, kind, en, ja) => {
    const error = engineError(make());
    expect(error.kind).toBe(kind);
    const alert = await show({ source: 'save', name: 'broken.vpoe.json', error });
    expect(alert.querySelector('strong')?.textContent).toBe(en);
    expect(alert.textContent).toContain(`broken.vpoe.json: ${error.message.en}`);
    expect(alert.textContent).toContain('the file is left exactly as it was');
    cleanup();
    const alertJa = await show({ source: 'save', name: 'broken.vpoe.json', error }, 'ja');
    expect(alertJa.querySelector('strong')?.textContent).toBe(ja);
    expect(alertJa.textContent).toContain(error.message.ja);
  });

  it('names a save of a changed scenario', async () => {
    const changed = loadScenario((raw) => {
      raw.company.cash += 1_000_000;
    });
    const error = engineError(good, changed);
    expect(error.kind).toBe('scenario-mismatch');
    const problem: OpenProblem = { source: 'save', name: 'old.vpoe.json', error };
    expect(offersModelChange(problem)).toBe(true);
    let chosen = 0;
    const alert = await show(problem, 'en', () => (chosen += 1));
    expect(alert.querySelector('strong')?.textContent).toBe(
      'The scenario has changed since this game was saved.',
    );
    expect(screen.getByTestId('model-change-explained').textContent).toContain(
      'The scenario of this game has been revised since this game was saved.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open under the current model' }));
    expect(chosen).toBe(1);
  });

  it('offers to open a save of an older engine under the current model, explaining it', async () => {
    const error = engineError(olderEngineSave());
    const problem: OpenProblem = { source: 'save', name: 'old.vpoe.json', error };
    expect(offersModelChange(problem)).toBe(true);
    let chosen = 0;
    const alert = await show(problem, 'en', () => (chosen += 1));
    expect(alert.querySelector('strong')?.textContent).toBe(
      'Replaying the save does not give the saved game.',
    );
    expect(screen.getByTestId('model-change-explained').textContent).toBe(
      `It was saved with version 1.0.0 of the simulation model; this app runs version ${ENGINE_VERSION}. You can open it under the current model: your decisions and choices are replayed with this version's model, so the numbers may differ from when it was saved. The file stays as it is; saving the re-opened game asks where to save it.`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open under the current model' }));
    expect(chosen).toBe(1);
    cleanup();
    await show(problem, 'ja', () => undefined);
    expect(screen.getByRole('button', { name: '現在のモデルで開く' })).toBeTruthy();
    expect(screen.getByTestId('model-change-explained').textContent).toContain(
      'バージョン1.0.0で保存されました',
    );
  });

  it('offers no such choice for an edited save of this engine version', async () => {
    const error = engineError({ ...good, checksum: 'ffffffffffffffff' });
    const problem: OpenProblem = { source: 'save', name: 'edited.vpoe.json', error };
    expect(offersModelChange(problem)).toBe(false);
    await show(problem, 'en', () => undefined);
    expect(screen.queryByTestId('open-under-current-model')).toBeNull();
    expect(screen.queryByTestId('model-change-explained')).toBeNull();
  });

  it('calls a host read of cut-off JSON truncated, keeping the host’s detail', async () => {
    const alert = await show({
      source: 'host',
      error: {
        code: 'invalid-json',
        detail:
          'q3.vpoe.json is not valid JSON (the file looks cut off): Unexpected end of JSON input',
      },
    });
    expect(alert.querySelector('strong')?.textContent).toBe(
      'The save file is cut off (incomplete).',
    );
    expect(alert.textContent).toContain('q3.vpoe.json is not valid JSON');
  });
});

describe('openSavedGame', () => {
  const opened = (json: unknown): Promise<HostResult<OpenedGame>> =>
    Promise.resolve({ ok: true, value: { fileRef: 'ref-1', name: 'a.vpoe.json', json } });
  const hostWith = (scenarios: Record<string, unknown>) =>
    ({
      scenariosWithId: async (id: string) => ({
        ok: true,
        value: id in scenarios ? [{ summary: {}, json: scenarios[id] }] : [],
      }),
    }) as unknown as HostApi;

  it('replays a good save into the same game', async () => {
    const r = await openSavedGame(hostWith({ [scenario.id]: scenario }), opened(good));
    expect(r.ok && r.value.game.history).toEqual(game.history);
  });

  it('opens an older engine’s save under the current model only when asked, as a new file', async () => {
    const host = hostWith({ [scenario.id]: scenario });
    const value = { fileRef: 'ref-1', name: 'a.vpoe.json', json: olderEngineSave() };
    const refused = await gameFromOpened(host, value);
    expect(refused.ok ? null : refused.problem).toMatchObject({
      source: 'save',
      error: { kind: 'diverged', modelChange: { savedBy: '1.0.0', current: ENGINE_VERSION } },
    });
    const accepted = await gameFromOpened(host, value, { acceptModelChange: true });
    if (!accepted.ok) throw new Error('expected the game');
    expect(accepted.value.game.history).toEqual(game.history);
    const launch = launchOfRun(accepted.value);
    if (launch.kind !== 'saved') throw new Error('expected a saved launch');
    // The original file is left alone: "Save" asks where; the launched game saves as this engine's.
    expect(launch.fileRef).toBeNull();
    expect(launch.game).toBe(accepted.value.game);
    const next = toSave(launch.game);
    expect(next).toMatchObject({ engineVersion: ENGINE_VERSION, checksum: toSave(game).checksum });
    expect(loadSave(next, scenario).ok).toBe(true);
    // A save that opens as it is keeps its file.
    const plain = await gameFromOpened(host, { ...value, json: good });
    if (!plain.ok) throw new Error('expected the game');
    expect(launchOfRun(plain.value)).toMatchObject({ kind: 'saved', fileRef: 'ref-1' });
  });

  it('reports a scenario that is not available', async () => {
    const r = await openSavedGame(hostWith({}), opened(good));
    expect(r.ok ? null : r.problem).toEqual({
      source: 'scenario-missing',
      name: 'a.vpoe.json',
      scenarioId: scenario.id,
    });
  });

  it('passes host failures through and stays silent on a cancelled dialog', async () => {
    const host = hostWith({});
    const cancelled = await openSavedGame(
      host,
      Promise.resolve({ ok: false, error: { code: 'cancelled', detail: '' } }),
    );
    expect(cancelled).toEqual({ ok: false, problem: null });
    const tooLarge = await openSavedGame(
      host,
      Promise.resolve({ ok: false, error: { code: 'too-large', detail: 'x is big' } }),
    );
    expect(tooLarge.ok ? null : tooLarge.problem?.source).toBe('host');
  });
});
