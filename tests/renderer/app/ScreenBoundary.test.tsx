// @vitest-environment happy-dom
/**
 * Issue 14 (hole 3): a screen that throws while it renders never blanks the page. Inside a game
 * the session stays (header, Save, the other views); around a whole screen the player can
 * download the last autosave and go back to the start screen.
 */
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../../src/renderer/app/App';
import { ScreenBoundary } from '../../../src/renderer/app/ScreenBoundary';
import { GameSession } from '../../../src/renderer/features/game/GameSession';
import { SessionLinksProvider } from '../../../src/renderer/features/saves/SessionLinks';
import { HostProvider } from '../../../src/renderer/host';
import { openBrowserDb } from '../../../src/renderer/host/browser-db';
import { createBrowserHost } from '../../../src/renderer/host/browser-host';
import type { HostApi } from '../../../src/shared/host-api';
import { toSave } from '../../../src/sim/index';
import { unwrap } from '../../host-result';
import { createTestI18n } from '../testI18n';
import { freshGame, playTo, scenario } from '../saves/games';

const game2 = playTo(freshGame(5), 2);
let dbCount = 0;

/** The real browser host over a fresh IndexedDB; downloads are recorded. */
function browserHost() {
  const downloads: { name: string; content: string }[] = [];
  const storage = new Map<string, string>();
  let clock = Date.parse('2026-12-02T08:00:00Z');
  const db = openBrowserDb(`boundary-${++dbCount}`);
  const host = createBrowserHost({
    db: () => db,
    storage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    },
    pickFile: async () => null,
    download: (name, _kind, content) => void downloads.push({ name, content }),
    locale: 'en-GB',
    now: () => new Date((clock += 1000)),
    scenarios: [{ fileName: `${scenario.id}.json`, json: scenario }],
  });
  return { host, downloads };
}

async function ui(host: HostApi, children: React.ReactNode) {
  return render(
    <I18nextProvider i18n={await createTestI18n('en')}>
      <HostProvider host={host}>{children}</HostProvider>
    </I18nextProvider>,
  );
}

function Broken(): null {
  throw new Error('a bug in this screen');
}

beforeEach(() => {
  // React reports every caught render error on the console; the tests look at the page instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  delete window.__vpoeRenderFault;
  vi.restoreAllMocks();
});

describe('a view of a running game that fails to render', () => {
  it('keeps the game: header and other views work, and the failed view shows again when fixed', async () => {
    const { host } = browserHost();
    // The game resumes at quarter 3's briefing.
    window.__vpoeRenderFault = 'view:briefing';
    await ui(
      host,
      <SessionLinksProvider value={{ fileRef: null, onAnalyse: null }}>
        <GameSession init={{ kind: 'loaded', game: game2 }} onExit={() => undefined} />
      </SessionLinksProvider>,
    );
    const failure = await screen.findByTestId('screen-failure');
    expect(failure.dataset.screen).toBe('view:briefing');
    expect(failure.textContent).toContain('Your game is still open');
    expect(failure.textContent).toContain('Render fault injected by a test into "view:briefing"');
    // The session around it stays: the header with Save, and the other views.
    expect(screen.getByTestId('quarter-label').textContent).toContain('Quarter 3');
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Dashboard' }));
    expect(screen.queryByTestId('screen-failure')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Dashboard' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    // Back on the briefing once the fault is gone: it shows, with the game where it was.
    delete window.__vpoeRenderFault;
    fireEvent.click(screen.getByRole('tab', { name: 'Briefing' }));
    expect(screen.queryByTestId('screen-failure')).toBeNull();
    expect(document.getElementById('start-planning')).toBeTruthy();
    expect(document.querySelector('.game')?.getAttribute('data-quarter')).toBe('3');
  });

  it('offers the last autosave of the game as a download', async () => {
    const { host, downloads } = browserHost();
    unwrap(await host.writeAutosave({ gameId: 'other', quarter: 1, save: toSave(freshGame(1)) }));
    unwrap(await host.writeAutosave({ gameId: 'mine', quarter: 2, save: toSave(game2) }));
    await ui(
      host,
      <ScreenBoundary name="view:report" gameKept gameId="mine">
        <Broken />
      </ScreenBoundary>,
    );
    await act(async () => fireEvent.click(await screen.findByTestId('download-autosave')));
    expect((await screen.findByTestId('autosave-downloaded')).textContent).toContain(
      `${scenario.id}-q2-autosave.vpoe.json`,
    );
    expect(downloads).toHaveLength(1);
    expect(JSON.parse(downloads[0]!.content)).toEqual(JSON.parse(JSON.stringify(toSave(game2))));
  });

  it("inside a game session, takes the session's own autosaves, never another tab's newer one", async () => {
    const { host, downloads } = browserHost();
    unwrap(await host.writeAutosave({ gameId: 'mine', quarter: 2, save: toSave(game2) }));
    unwrap(
      await host.writeAutosave({ gameId: 'other-tab', quarter: 1, save: toSave(freshGame(1)) }),
    );
    await ui(
      host,
      <SessionLinksProvider value={{ fileRef: null, onAnalyse: null, autosaveGameId: 'mine' }}>
        <ScreenBoundary name="view:report" gameKept>
          <Broken />
        </ScreenBoundary>
      </SessionLinksProvider>,
    );
    await act(async () => fireEvent.click(await screen.findByTestId('download-autosave')));
    await screen.findByTestId('autosave-downloaded');
    expect(JSON.parse(downloads[0]!.content)).toEqual(JSON.parse(JSON.stringify(toSave(game2))));
  });

  it('a new game with no autosave yet is not given the newest autosave of another game', async () => {
    const { host, downloads } = browserHost();
    unwrap(await host.writeAutosave({ gameId: 'other-tab', quarter: 4, save: toSave(game2) }));
    await ui(
      host,
      <ScreenBoundary name="game" gameId="new-game">
        <Broken />
      </ScreenBoundary>,
    );
    await act(async () => fireEvent.click(await screen.findByTestId('download-autosave')));
    expect(await screen.findByText(/No autosave of this game has been written yet/)).toBeTruthy();
    expect(downloads).toHaveLength(0);
  });

  it('says so when there is no autosave yet, and keeps its buttons', async () => {
    const { host, downloads } = browserHost();
    await ui(
      host,
      <ScreenBoundary name="view:briefing" gameKept>
        <Broken />
      </ScreenBoundary>,
    );
    await act(async () => fireEvent.click(await screen.findByTestId('download-autosave')));
    expect(await screen.findByText('No autosave has been written yet.')).toBeTruthy();
    expect(downloads).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('a whole screen that fails to render', () => {
  it('shows the failure instead of a blank page, and goes back to the start screen', async () => {
    const { host } = browserHost();
    const back = vi.fn();
    await ui(
      host,
      <ScreenBoundary name="game" onBackToStart={back}>
        <Broken />
      </ScreenBoundary>,
    );
    const failure = await screen.findByTestId('screen-failure');
    expect(failure.textContent).toContain('Nothing is lost: your game was autosaved');
    expect(failure.textContent).toContain('a bug in this screen');
    fireEvent.click(screen.getByTestId('failure-back-to-start'));
    expect(back).toHaveBeenCalledOnce();
  });

  it('the app shell wraps its screens: the start screen shows again after "Try again"', async () => {
    const { host } = browserHost();
    window.__vpoeRenderFault = 'start';
    await ui(host, <App />);
    expect((await screen.findByTestId('screen-failure')).dataset.screen).toBe('start');
    delete window.__vpoeRenderFault;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Choose a scenario' })).toBeTruthy();
  });
});
