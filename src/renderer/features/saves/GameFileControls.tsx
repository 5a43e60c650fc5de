/**
 * The game header's file controls: Save, Save as…, Download (browser), the autosave status, the
 * branch badge of a what-if game, and the way to replay and analyse the game.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostError } from '../../../shared/host-api';
import { toSave, type Decisions, type Game } from '../../../sim/index';
import { ErrorBanner } from '../../app/ErrorBanner';
import { newGameId, useGameFiles, useHost, useMenuCommand } from '../../host';
import { SaveConflict } from './SaveConflict';
import { useSessionLinks } from './SessionLinks';
import './file-controls.css';

export function saveName(game: Game): string {
  const branch = game.parent ? `-branch-q${game.parent.quarter}` : '';
  return `${game.scenario.id}-s${game.seed}${branch}-q${game.quarter}.vpoe.json`;
}

/**
 * Changes with every step the player takes: decisions submitted (a log entry), a dialog answered
 * (a choice), the report continued (the phase). Each change is autosaved.
 */
export function progressOf(game: Game): string {
  const choices = game.log.reduce((n, entry) => n + entry.choices.length, 0);
  return `${game.log.length}/${choices}/${game.quarter}/${game.phase}`;
}

export interface GameFileControlsProps {
  game: Game;
  /**
   * The plan the player is editing and has not submitted (null when untouched): saved with the
   * game (autosaves, Save, Download) so closing mid-plan loses nothing.
   */
  draft?: Decisions | null;
}

export function GameFileControls({ game, draft = null }: GameFileControlsProps) {
  const { t } = useTranslation('saves');
  const host = useHost();
  const links = useSessionLinks();
  const [gameId] = useState(() => links.autosaveGameId ?? newGameId());
  const [error, setError] = useState<HostError | null>(null);
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    let live = true;
    void host.appInfo().then((info) => live && setIsBrowser(info.host === 'browser'));
    return () => {
      live = false;
    };
  }, [host]);
  const getSave = useCallback(() => toSave(game, { draft }), [game, draft]);
  const draftKey = useMemo(() => (draft ? JSON.stringify(draft) : ''), [draft]);
  const files = useGameFiles({
    gameId,
    quarter: game.history.length,
    progress: progressOf(game),
    draft: draftKey,
    getSave,
    suggestedName: saveName(game),
    initialFileRef: links.fileRef,
    onError: setError,
  });
  // The desktop menu's "Replays and analysis" opens on this game while it shows.
  const { sessionOpen } = links;
  useEffect(() => {
    if (!sessionOpen) return;
    sessionOpen.current = true;
    return () => {
      sessionOpen.current = false;
    };
  }, [sessionOpen]);
  const analyse = () =>
    links.onAnalyse?.({ game, name: saveName(game), draft, autosaveGameId: gameId });
  useMenuCommand('replays', analyse);
  // "Saved" shows until the game moves on (the saved file then lags behind the game).
  const [savedGame, setSavedGame] = useState<Game | null>(null);
  const afterSave = (saved: Game) => (ok: boolean) => setSavedGame(ok ? saved : null);

  async function download() {
    const r = await host.exportFile({
      suggestedName: saveName(game),
      kind: 'json',
      content: JSON.stringify(getSave(), null, 1),
    });
    if (!r.ok && r.error.code !== 'cancelled') setError(r.error);
  }

  return (
    <div className="file-controls" data-testid="file-controls">
      {game.parent && (
        <span className="branch-badge" data-testid="branch-badge">
          {t('branchOf', { seed: game.parent.seed, quarter: game.parent.quarter })}
        </span>
      )}
      {files.autosavedQuarter !== null && (
        <span className="muted-light" data-testid="autosaved">
          {t('autosaved', { quarter: files.autosavedQuarter })}
        </span>
      )}
      {savedGame === game && (
        <span className="muted-light" role="status" data-testid="saved">
          {t('saved')}
        </span>
      )}
      <div className="button-group" role="group" aria-label={t('fileActions')}>
        <button
          type="button"
          onClick={() => void files.save().then(afterSave(game))}
          data-testid="save"
        >
          {t('save')}
        </button>
        <button type="button" onClick={() => void files.saveAs().then(afterSave(game))}>
          {t('saveAs')}
        </button>
        {isBrowser && (
          <button type="button" onClick={() => void download()}>
            {t('download')}
          </button>
        )}
      </div>
      {links.onAnalyse && (
        <button type="button" onClick={analyse} data-testid="analyse">
          {t('replayAnalyse')}
        </button>
      )}
      {files.conflict && (
        <SaveConflict
          onChoose={(choice) => void files.resolveConflict(choice).then(afterSave(game))}
        />
      )}
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
    </div>
  );
}
