// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { GameScreen } from '../../../src/renderer/features/game/GameScreen';
import { launchOfRun } from '../../../src/renderer/features/saves/openSavedGame';
import { SessionLinksProvider } from '../../../src/renderer/features/saves/SessionLinks';
import { useSessionFiles } from '../../../src/renderer/features/saves/useSessionFiles';
import { DRAFT_AUTOSAVE_DELAY_MS, HostProvider, runBeforeQuit } from '../../../src/renderer/host';
import type { AutosaveRequest, HostApi } from '../../../src/shared/host-api';
import {
  defaultDecisions,
  loadSave,
  toSave,
  type Decisions,
  type Game,
} from '../../../src/sim/index';
import { createTestI18n } from '../testI18n';
import { freshGame, playTo } from './games';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A host that records every autosave it is asked to write. */
function recordingHost() {
  const autosaves: AutosaveRequest[] = [];
  const host = {
    appInfo: async () => ({ version: '0', locale: 'en', host: 'browser' }),
    writeAutosave: async (request: AutosaveRequest) => {
      autosaves.push(request);
      return {
        ok: true,
        value: {
          id: 'a',
          gameId: request.gameId,
          quarter: request.quarter,
          scenarioId: 's',
          savedAt: '',
        },
      };
    },
    onMenuCommand: () => () => undefined,
  } as unknown as HostApi;
  const drafts = () =>
    autosaves.map((a) => (a.save as { draft?: { decisions: Decisions } }).draft?.decisions ?? null);
  return { host, autosaves, drafts };
}

const game2 = playTo(freshGame(11), 2);
function withFeatures(features: number): Decisions {
  const d = structuredClone(defaultDecisions(game2));
  const shift = features - d.allocation.features;
  d.allocation.features = features;
  d.allocation.innovation -= shift;
  return d;
}

/** A game session's files with nothing shown: autosaving needs no header buttons. */
function SessionFilesOnly({ game, draft }: { game: Game; draft: Decisions | null }) {
  useSessionFiles(game, draft);
  return null;
}

describe('the unsubmitted plan is autosaved', () => {
  it('once, a second after the last edit; at once when the tab goes; never unchanged', async () => {
    vi.useFakeTimers();
    const { host, autosaves, drafts } = recordingHost();
    const i18n = await createTestI18n('en');
    const ui = (draft: Decisions | null) => (
      <I18nextProvider i18n={i18n}>
        <HostProvider host={host}>
          <SessionLinksProvider value={{ fileRef: null, onAnalyse: null }}>
            <SessionFilesOnly game={game2} draft={draft} />
          </SessionLinksProvider>
        </HostProvider>
      </I18nextProvider>
    );
    const view = render(ui(null));
    await act(async () => vi.advanceTimersByTime(3 * DRAFT_AUTOSAVE_DELAY_MS));
    expect(autosaves).toHaveLength(0); // the state the game opened in is already stored

    view.rerender(ui(withFeatures(50)));
    await act(async () => vi.advanceTimersByTime(DRAFT_AUTOSAVE_DELAY_MS / 2));
    view.rerender(ui(withFeatures(45)));
    await act(async () => vi.advanceTimersByTime(DRAFT_AUTOSAVE_DELAY_MS - 1));
    expect(autosaves).toHaveLength(0);
    await act(async () => vi.advanceTimersByTime(1));
    expect(drafts()).toEqual([withFeatures(45)]);
    expect(autosaves[0]!.quarter).toBe(2);
    expect((autosaves[0]!.save as { checksum: string }).checksum).toBe(toSave(game2).checksum);

    // The tab is hidden or closed right after an edit: written without waiting.
    view.rerender(ui(withFeatures(40)));
    await act(async () => runBeforeQuit());
    expect(drafts()).toEqual([withFeatures(45), withFeatures(40)]);
    await act(async () => vi.advanceTimersByTime(3 * DRAFT_AUTOSAVE_DELAY_MS));
    expect(autosaves).toHaveLength(2);

    // Leaving the game screen within the second keeps the edit too.
    view.rerender(ui(withFeatures(35)));
    view.unmount();
    expect(drafts().at(-1)).toEqual(withFeatures(35));
  });
});

async function openSaved(game: Game, json: unknown, language: 'en' | 'ja' = 'en') {
  const { host } = recordingHost();
  // Loaded once by the engine, as openSavedGame does before the game screen opens.
  const r = loadSave(json, game.scenario, { acceptModelChange: false });
  if (!r.ok) throw new Error(r.error.message.en);
  const loaded = r.value;
  render(
    <I18nextProvider i18n={await createTestI18n(language)}>
      <HostProvider host={host}>
        <SessionLinksProvider value={{ fileRef: null, onAnalyse: null }}>
          <GameScreen
            launch={launchOfRun({
              game: loaded.game,
              draft: loaded.draft,
              warnings: loaded.warnings,
              modelChange: null,
              opened: { fileRef: null, name: 'autosave', json, autosaveGameId: 'g1' },
            })}
            onExit={() => undefined}
          />
        </SessionLinksProvider>
      </HostProvider>
    </I18nextProvider>,
  );
  fireEvent.click(await screen.findByTestId('start-planning'));
}

const featuresShare = () => document.getElementById('allocation-features') as HTMLInputElement;

describe('a game resumed in planning', () => {
  it('starts from the unsubmitted plan, says so, and can go back to last quarter’s plan', async () => {
    const draft = withFeatures(40);
    await openSaved(game2, toSave(game2, { draft }));
    expect(screen.getByTestId('restored-plan').textContent).toContain(
      'Your unsubmitted plan was restored.',
    );
    expect(Number(featuresShare().value)).toBe(40);
    fireEvent.click(screen.getByTestId('reset-plan'));
    expect(screen.queryByTestId('restored-plan')).toBeNull();
    expect(Number(featuresShare().value)).toBe(defaultDecisions(game2).allocation.features);
  });

  it('restores a plan the engine refuses, with the engine’s reasons', async () => {
    const draft = structuredClone(defaultDecisions(game2));
    draft.talent.hiring = [{ role: 'product', level: 'junior', count: 999 }];
    await openSaved(game2, toSave(game2, { draft }), 'ja');
    expect(screen.getByTestId('restored-plan').textContent).toContain(
      '未提出の計画を復元しました。',
    );
    expect(screen.getByTestId('reset-plan').textContent).toBe('前四半期の計画に戻す');
    expect(screen.getByTestId('decision-problems')).toBeTruthy();
    expect((screen.getByTestId('end-quarter') as HTMLButtonElement).disabled).toBe(true);
  });

  it('a damaged draft is left out with a notice; the game and its default plan open', async () => {
    const save = { ...toSave(game2), draft: { quarter: game2.quarter, decisions: { org: 1 } } };
    await openSaved(game2, save);
    const notice = screen.getByTestId('load-notices').textContent ?? '';
    expect(notice).toContain('The unsubmitted plan in the save was not restored');
    expect(notice).toContain('draft.decisions.org');
    expect(screen.queryByTestId('restored-plan')).toBeNull();
    expect(screen.getByTestId('end-quarter')).toBeTruthy();
  });

  it('keeps the plan being edited when the player looks at another view and comes back', async () => {
    await openSaved(game2, toSave(game2));
    expect(screen.queryByTestId('restored-plan')).toBeNull();
    fireEvent.change(featuresShare(), { target: { value: '30' } });
    expect(Number(featuresShare().value)).toBe(30);
    fireEvent.click(screen.getByRole('tab', { name: 'Dashboard' }));
    expect(document.getElementById('allocation-features')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Plan' }));
    expect(Number(featuresShare().value)).toBe(30);
  });
});
