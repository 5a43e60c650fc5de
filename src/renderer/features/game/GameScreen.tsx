/**
 * The entry the app shell renders for a game (props: GameScreenProps from app/screens.ts).
 * A new game: it parses the launched scenario with the engine and lets the player confirm the
 * seed and name (features/newgame). A saved game arrives loaded and checked by the engine
 * (openSavedGame): it runs as it is. Then it runs the session.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseScenario, type Scenario } from '../../../sim/index';
import type { GameScreenProps } from '../../app/screens';
import type { GameInit } from '../../game/useGame';
import { NewGameSetup } from '../newgame/NewGameSetup';
import { GameSession } from './GameSession';
import './game.css';

export type { GameScreenProps };

type Prepared = { ok: true; scenario: Scenario } | { ok: false; lines: string[] };

export function GameScreen({ launch, onExit }: GameScreenProps) {
  if (launch.kind === 'saved')
    return (
      <GameSession
        init={{ kind: 'loaded', game: launch.game }}
        onExit={onExit}
        restoredDraft={launch.draft}
        notices={launch.warnings}
      />
    );
  return <NewGame launch={launch} onExit={onExit} />;
}

/** A new game: the scenario parsed by the engine, the seed and name confirmed, then played. */
function NewGame({
  launch,
  onExit,
}: {
  launch: Extract<GameScreenProps['launch'], { kind: 'new' }>;
  onExit: () => void;
}) {
  const { t } = useTranslation('game');
  const [init, setInit] = useState<GameInit | null>(null);
  const prepared = useMemo<Prepared>(() => {
    const parsed = parseScenario(launch.scenario.json);
    if (!parsed.ok) return { ok: false, lines: parsed.error.map((i) => `${i.path}: ${i.message}`) };
    return { ok: true, scenario: parsed.value };
  }, [launch]);

  if (!prepared.ok) {
    return (
      <div className="game">
        <main className="game-main">
          <div className="panel error-box" role="alert">
            <h1>{t('cannotStart')}</h1>
            <ul>
              {prepared.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
          <button type="button" onClick={onExit}>
            {t('backToStart')}
          </button>
        </main>
      </div>
    );
  }
  if (!init) {
    return (
      <div className="game">
        <NewGameSetup
          scenario={prepared.scenario}
          seed={launch.seed}
          onBack={onExit}
          onStart={({ seed, playerName }) =>
            setInit({
              kind: 'new',
              scenario: prepared.scenario,
              seed,
              playerName: playerName || undefined,
            })
          }
        />
      </div>
    );
  }
  return <GameSession init={init} onExit={onExit} restoredDraft={null} notices={[]} />;
}

export default GameScreen;
