/**
 * The app shell: which screen is showing, and the menu commands that change it. Screens own
 * their content; this file only composes them.
 */
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostError, HostResult, OpenedGame } from '../../shared/host-api';
import type { OpenProblem } from '../features/saves/openSavedGame';
import { SaveErrorPanel } from '../features/saves/SaveErrorPanel';
import { SessionLinksProvider } from '../features/saves/SessionLinks';
import { StartScreen } from '../features/start/StartScreen';
import { newGameId, runBeforeQuit, useHost, useMenuCommand } from '../host';
import { useLanguage } from '../i18n/useLanguage';
import { ErrorBanner } from './ErrorBanner';
import { ScreenBoundary } from './ScreenBoundary';
import type { GameLaunch, Screen } from './screens';

// The game screen (and with it the engine) is a separate chunk: the start screen shows at once.
const GameScreen = lazy(() => import('../features/game/GameScreen'));
const AnalysisScreen = lazy(() => import('../features/saves/AnalysisScreen'));
const HostWorkshopDialog = lazy(() => import('../features/hostworkshop/HostWorkshopDialog'));

export function App() {
  const { t } = useTranslation('app');
  const host = useHost();
  const [, setLanguage] = useLanguage();
  const [screen, setScreen] = useState<Screen>({ name: 'start' });
  const [error, setError] = useState<HostError | null>(null);
  // A save the engine refused; `reopen` is set when it may be opened under the current model.
  const [refused, setRefused] = useState<{ problem: OpenProblem; reopen?: () => void } | null>(
    null,
  );
  // True while a game session shows: it answers the menu's "Replays and analysis" itself.
  const sessionOpen = useRef(false);
  // A new launch while a game shows (menu Open, a branch) must remount the game screen.
  const [launchCount, setLaunchCount] = useState(0);
  // File > Host a workshop... (desktop app): the dialog over whatever screen shows.
  const [hostingWorkshop, setHostingWorkshop] = useState(false);

  const start = useCallback((launch: GameLaunch) => {
    setError(null);
    setRefused(null);
    setLaunchCount((n) => n + 1);
    const resumed = launch.kind === 'saved' ? launch.autosaveGameId : undefined;
    setScreen({ name: 'game', launch, autosaveGameId: resumed ?? newGameId() });
  }, []);

  // The engine checks a save before its game screen opens, so a refusal is shown here, with the
  // choice to open it under the current model when the engine says only the model changed.
  const openSave = useCallback(
    async (opening: Promise<HostResult<OpenedGame>>) => {
      setError(null);
      setRefused(null);
      const opened = await opening;
      if (!opened.ok) {
        if (opened.error.code !== 'cancelled') setError(opened.error);
        return;
      }
      const saves = await import('../features/saves/openSavedGame');
      const attempt = async (acceptModelChange: boolean) => {
        const r = await saves.gameFromOpened(host, opened.value, { acceptModelChange });
        if (r.ok) start(saves.launchOfRun(r.value));
        else if (r.problem)
          setRefused({
            problem: r.problem,
            ...(saves.offersModelChange(r.problem) ? { reopen: () => void attempt(true) } : {}),
          });
      };
      await attempt(false);
    },
    [host, start],
  );

  const backToStart = useCallback(() => setScreen({ name: 'start' }), []);

  useMenuCommand('new-game', backToStart);
  useMenuCommand('open', () => void openSave(host.openGame()));
  useMenuCommand('open-recent', (command) => void openSave(host.openGame(command.fileRef)));
  useMenuCommand('replays', () => {
    if (screen.name === 'game' && sessionOpen.current) return;
    if (screen.name !== 'analysis') setScreen({ name: 'analysis' });
  });
  useMenuCommand('host-workshop', () => setHostingWorkshop(true));
  useMenuCommand('language', (command) => setLanguage(command.language));
  useMenuCommand('quit', () => void runBeforeQuit().finally(() => void host.readyToQuit()));

  return (
    <div className="app">
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} bringIntoView />}
      {refused && (
        <SaveErrorPanel
          problem={refused.problem}
          onDismiss={() => setRefused(null)}
          onOpenUnderCurrentModel={refused.reopen}
        />
      )}
      {hostingWorkshop && (
        <Suspense fallback={null}>
          <HostWorkshopDialog onClose={() => setHostingWorkshop(false)} />
        </Suspense>
      )}
      {screen.name === 'start' && (
        <ScreenBoundary key="start" name="start">
          <StartScreen
            onStart={start}
            onOpenSave={(opening) => void openSave(opening)}
            onError={setError}
            onOpenAnalysis={() => setScreen({ name: 'analysis' })}
          />
        </ScreenBoundary>
      )}
      {screen.name === 'game' && (
        <ScreenBoundary
          key={`game-${launchCount}`}
          name="game"
          gameId={screen.autosaveGameId}
          onBackToStart={backToStart}
        >
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            <SessionLinksProvider
              value={{
                fileRef: screen.launch.kind === 'saved' ? screen.launch.fileRef : null,
                sessionOpen,
                autosaveGameId: screen.autosaveGameId,
                onAnalyse: (run) =>
                  setScreen({
                    name: 'analysis',
                    run: {
                      ...run,
                      fileRef: screen.launch.kind === 'saved' ? screen.launch.fileRef : null,
                    },
                  }),
              }}
            >
              <GameScreen key={launchCount} launch={screen.launch} onExit={backToStart} />
            </SessionLinksProvider>
          </Suspense>
        </ScreenBoundary>
      )}
      {screen.name === 'analysis' && (
        <ScreenBoundary key="analysis" name="analysis" onBackToStart={backToStart}>
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            <AnalysisScreen initial={screen.run} onLaunch={start} onExit={backToStart} />
          </Suspense>
        </ScreenBoundary>
      )}
    </div>
  );
}
