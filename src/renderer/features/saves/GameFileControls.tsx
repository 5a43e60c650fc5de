/**
 * The game header's file controls: Save, Save as…, Download (browser), the autosave status, the
 * branch badge of a what-if game, and the way to replay and analyse the game. The files
 * themselves (autosaving, saving) belong to the session (useSessionFiles).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decisions, Game } from '../../../sim/index';
import { ErrorBanner } from '../../app/ErrorBanner';
import { useHost, useMenuCommand } from '../../host';
import { SaveConflict } from './SaveConflict';
import { useSessionLinks } from './SessionLinks';
import { saveName, type SessionFiles } from './useSessionFiles';
import './file-controls.css';

export interface GameFileControlsProps {
  game: Game;
  /** The plan the player is editing and has not submitted (null when untouched). */
  draft?: Decisions | null;
  /** the session's files (useSessionFiles) */
  session: SessionFiles;
}

export function GameFileControls({ game, draft = null, session }: GameFileControlsProps) {
  const { t } = useTranslation('saves');
  const host = useHost();
  const links = useSessionLinks();
  const { gameId, files, getSave, error, setError } = session;
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    let live = true;
    void host.appInfo().then((info) => live && setIsBrowser(info.host === 'browser'));
    return () => {
      live = false;
    };
  }, [host]);
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
