/**
 * The app shell: which screen is showing, and the menu commands that change it. Screens own
 * their content; this file only composes them.
 */
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostError, HostResult, OpenedGame } from '../../shared/host-api';
import { SessionLinksProvider } from '../features/saves/SessionLinks';
import { StartScreen } from '../features/start/StartScreen';
import { runBeforeQuit, useHost, useMenuCommand } from '../host';
import { useLanguage } from '../i18n/useLanguage';
import { ErrorBanner } from './ErrorBanner';
import { launchFromSave } from './launch';
import type { GameLaunch, Screen } from './screens';

// The game screen (and with it the engine) is a separate chunk: the start screen shows at once.
const GameScreen = lazy(() => import('../features/game/GameScreen'));
const AnalysisScreen = lazy(() => import('../features/saves/AnalysisScreen'));

export function App() {
  const { t } = useTranslation('app');
  const host = useHost();
  const [, setLanguage] = useLanguage();
  const [screen, setScreen] = useState<Screen>({ name: 'start' });
  const [error, setError] = useState<HostError | null>(null);
  // A new launch while a game shows (menu Open, a branch) must remount the game screen.
  const [launchCount, setLaunchCount] = useState(0);

  const start = useCallback((launch: GameLaunch) => {
    setError(null);
    setLaunchCount((n) => n + 1);
    setScreen({ name: 'game', launch });
  }, []);

  const openSave = useCallback(
    async (opening: Promise<HostResult<OpenedGame>>, source: 'file' | 'autosave') => {
      const opened = await opening;
      const launch = opened.ok ? await launchFromSave(host, opened.value, source) : opened;
      if (launch.ok) start(launch.value);
      else if (launch.error.code !== 'cancelled') setError(launch.error);
    },
    [host, start],
  );

  useMenuCommand('new-game', () => setScreen({ name: 'start' }));
  useMenuCommand('open', () => void openSave(host.openGame(), 'file'));
  useMenuCommand('open-recent', (command) => void openSave(host.openGame(command.fileRef), 'file'));
  useMenuCommand('language', (command) => setLanguage(command.language));
  useMenuCommand('quit', () => void runBeforeQuit().finally(() => void host.readyToQuit()));

  return (
    <div className="app">
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {screen.name === 'start' && (
        <StartScreen
          onStart={start}
          onOpenSave={(opening, source) => void openSave(opening, source)}
          onError={setError}
          onOpenAnalysis={() => setScreen({ name: 'analysis' })}
        />
      )}
      {screen.name === 'game' && (
        <Suspense fallback={<p className="loading">{t('loading')}</p>}>
          <SessionLinksProvider
            value={{
              fileRef: screen.launch.kind === 'saved' ? screen.launch.save.fileRef : null,
              ...(screen.launch.kind === 'saved' && screen.launch.save.autosaveGameId
                ? { autosaveGameId: screen.launch.save.autosaveGameId }
                : {}),
              onAnalyse: (game, name) =>
                setScreen({
                  name: 'analysis',
                  run: {
                    game,
                    name,
                    fileRef: screen.launch.kind === 'saved' ? screen.launch.save.fileRef : null,
                  },
                }),
            }}
          >
            <GameScreen
              key={launchCount}
              launch={screen.launch}
              onExit={() => setScreen({ name: 'start' })}
            />
          </SessionLinksProvider>
        </Suspense>
      )}
      {screen.name === 'analysis' && (
        <Suspense fallback={<p className="loading">{t('loading')}</p>}>
          <AnalysisScreen
            initial={screen.run}
            onLaunch={start}
            onExit={() => setScreen({ name: 'start' })}
          />
        </Suspense>
      )}
    </div>
  );
}
