/**
 * The entry the app shell renders for a game (props: GameScreenProps from app/screens.ts).
 * It parses the launched scenario with the engine, lets the player confirm a new game's seed
 * and name (features/newgame) or rebuilds a saved game, then runs the session.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  loadSave,
  parseScenario,
  type Decisions,
  type Game,
  type LocalizedText,
  type Scenario,
} from '../../../sim/index';
import type { GameScreenProps } from '../../app/screens';
import type { GameInit } from '../../game/useGame';
import { NewGameSetup } from '../newgame/NewGameSetup';
import type { OpenProblem } from '../saves/openSavedGame';
import { SaveErrorPanel } from '../saves/SaveErrorPanel';
import { GameSession } from './GameSession';
import './game.css';

export type { GameScreenProps };

type Prepared =
  | {
      ok: true;
      scenario: Scenario;
      saved?: { game: Game; draft: Decisions | null; warnings: LocalizedText[] };
    }
  | { ok: false; lines: string[]; problem?: OpenProblem };

export function GameScreen({ launch, onExit }: GameScreenProps) {
  const { t } = useTranslation('game');
  const prepared = useMemo<Prepared>(() => {
    const parsed = parseScenario(launch.scenario.json);
    if (!parsed.ok) return { ok: false, lines: parsed.error.map((i) => `${i.path}: ${i.message}`) };
    if (launch.kind === 'new') return { ok: true, scenario: parsed.value };
    const loaded = loadSave(launch.save.json, parsed.value, { acceptModelChange: false });
    if (!loaded.ok)
      return {
        ok: false,
        lines: [],
        problem: { source: 'save', name: launch.save.name, error: loaded.error },
      };
    const { game, draft, warnings } = loaded.value;
    return { ok: true, scenario: parsed.value, saved: { game, draft, warnings } };
  }, [launch]);
  const [init, setInit] = useState<GameInit | null>(() =>
    prepared.ok && prepared.saved ? { kind: 'loaded', game: prepared.saved.game } : null,
  );

  if (!prepared.ok) {
    return (
      <div className="game">
        <main className="game-main">
          {prepared.problem ? (
            <SaveErrorPanel problem={prepared.problem} />
          ) : (
            <div className="panel error-box" role="alert">
              <h1>{t('cannotStart')}</h1>
              <ul>
                {prepared.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
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
          seed={launch.kind === 'new' ? launch.seed : 1}
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
  const saved = prepared.saved;
  return (
    <GameSession
      init={init}
      onExit={onExit}
      restoredDraft={saved?.draft ?? null}
      notices={saved?.warnings ?? []}
    />
  );
}

export default GameScreen;
