// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../../src/renderer/app/App';
import { GameFileControls } from '../../../src/renderer/features/saves/GameFileControls';
import { useSessionFiles } from '../../../src/renderer/features/saves/useSessionFiles';
import {
  SessionLinksProvider,
  type AnalysedGame,
} from '../../../src/renderer/features/saves/SessionLinks';
import { HostProvider } from '../../../src/renderer/host';
import type { HostApi, MenuCommand } from '../../../src/shared/host-api';
import { defaultDecisions, type Decisions, type Game } from '../../../src/sim/index';
import { createTestI18n } from '../testI18n';
import { freshGame } from './games';

afterEach(cleanup);

/** A host whose menu the test clicks; lists are empty, nothing is stored. */
function menuHost() {
  const listeners = new Set<(command: MenuCommand) => void>();
  const host = {
    appInfo: async () => ({ version: '0', locale: 'en', host: 'electron' }),
    getSettings: async () => ({ language: 'en' }),
    setLanguage: async () => undefined,
    listScenarios: async () => ({ scenarios: [], problems: [] }),
    listAutosaves: async () => ({ ok: true, value: [] }),
    recentFiles: async () => ({ ok: true, value: [] }),
    writeAutosave: async () => ({ ok: false, error: { code: 'io', detail: 'not in this test' } }),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as HostApi;
  const menu = (command: MenuCommand) => act(() => listeners.forEach((l) => l(command)));
  return { host, menu };
}

/** The header's file controls over the session's files, as GameSession wires them. */
function Controls({ game, draft }: { game: Game; draft: Decisions | null }) {
  const session = useSessionFiles(game, draft);
  return <GameFileControls game={game} draft={draft} session={session} />;
}

describe('the desktop menu’s "Replays and analysis"', () => {
  it('opens the replay and analysis screen from the start screen', async () => {
    const { host, menu } = menuHost();
    render(
      <I18nextProvider i18n={await createTestI18n('en')}>
        <HostProvider host={host}>
          <App />
        </HostProvider>
      </I18nextProvider>,
    );
    await screen.findByRole('heading', { name: 'Choose a scenario' });
    await menu({ type: 'replays' });
    // The analysis screen is a lazy chunk (with the engine): importing it takes a moment here.
    expect(await screen.findByTestId('analysis', {}, { timeout: 15_000 })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Replays and analysis' })).toBeTruthy();
  });

  it('opens it on the running game while a game shows', async () => {
    const { host, menu } = menuHost();
    const game = freshGame(9);
    const analysed: AnalysedGame[] = [];
    const draft = { ...defaultDecisions(game), riskMitigations: [] };
    const sessionOpen = { current: false };
    render(
      <I18nextProvider i18n={await createTestI18n('en')}>
        <HostProvider host={host}>
          <SessionLinksProvider
            value={{
              fileRef: null,
              sessionOpen,
              onAnalyse: (run) => analysed.push(run),
            }}
          >
            <Controls game={game} draft={draft} />
          </SessionLinksProvider>
        </HostProvider>
      </I18nextProvider>,
    );
    // The shell leaves the command to the session while it shows.
    expect(sessionOpen.current).toBe(true);
    await menu({ type: 'replays' });
    // With the plan being edited and the autosave set, so "Continue playing" picks both up.
    expect(analysed).toHaveLength(1);
    expect(analysed[0]).toMatchObject({ game, name: `${game.scenario.id}-s9-q1.vpoe.json`, draft });
    expect(analysed[0]?.autosaveGameId).toMatch(/\S/);
    cleanup();
    expect(sessionOpen.current).toBe(false);
  });
});
