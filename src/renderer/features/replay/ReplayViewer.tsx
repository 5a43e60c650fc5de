/**
 * Replay: step through a game quarter by quarter (a timeline scrubber, buttons and the arrow
 * keys). Each step shows the game as it stood after that quarter (the engine's gameAtQuarter):
 * the decisions made, the answers given, the quarterly report and the dashboard as they were.
 * From any step the player can branch: replay that quarter differently, same seed stream.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gameAtQuarter, type Game } from '../../../sim/index';
import type { FormatContext } from '../../components/format';
import { Dashboard } from '../dashboard/Dashboard';
import { ReportView } from '../report/ReportView';
import { QuarterDecisions } from './QuarterDecisions';

export interface ReplayViewerProps {
  game: Game;
  format: FormatContext;
  /** Starts a new game from the start of `quarter`'s planning (engine branchGame). */
  onBranch: (quarter: number) => void;
}

type View = 'report' | 'dashboard';

/** Arrow keys step the replay unless the player is typing or moving a slider elsewhere. */
function isOtherControl(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.dataset.testid === 'replay-scrubber') return false;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable;
}

export function ReplayViewer({ game, format, onBranch }: ReplayViewerProps) {
  const { t } = useTranslation('replay');
  const played = game.history.length;
  const [quarter, setQuarter] = useState(played);
  const [view, setView] = useState<View>('report');
  const step = (by: number) => setQuarter((q) => Math.min(played, Math.max(1, q + by)));

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (isOtherControl(e.target)) return;
      e.preventDefault();
      const by = e.key === 'ArrowRight' ? 1 : -1;
      setQuarter((q) => Math.min(played, Math.max(1, q + by)));
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [played]);

  // The game after `quarter` resolved: the start of the next quarter's planning.
  const then = useMemo(
    () => (played > 0 ? gameAtQuarter(game, quarter + 1) : game),
    [game, quarter, played],
  );

  if (played === 0)
    return (
      <p className="panel" data-testid="replay-empty">
        {t('nothingPlayed')}
      </p>
    );

  return (
    <div className="replay" data-testid="replay" data-replay-quarter={quarter}>
      <div className="panel replay-bar">
        <button
          type="button"
          onClick={() => step(-1)}
          disabled={quarter <= 1}
          aria-label={t('previous')}
        >
          ←
        </button>
        <label className="replay-scrubber">
          <span data-testid="replay-quarter">{t('quarterOf', { quarter, played })}</span>
          <input
            type="range"
            min={1}
            max={played}
            step={1}
            value={quarter}
            onChange={(e) => setQuarter(Number(e.target.value))}
            data-testid="replay-scrubber"
            aria-label={t('timeline')}
            aria-valuetext={t('quarterOf', { quarter, played })}
          />
        </label>
        <button
          type="button"
          onClick={() => step(1)}
          disabled={quarter >= played}
          aria-label={t('next')}
        >
          →
        </button>
        <span className="muted">{t('keysHint')}</span>
        <span className="spacer" />
        <button type="button" onClick={() => onBranch(quarter)} data-testid="branch">
          {t('branchHere', { quarter })}
        </button>
      </div>
      {game.parent && (
        <p className="branch-badge">
          {t('isBranch', { seed: game.parent.seed, quarter: game.parent.quarter })}
        </p>
      )}
      <QuarterDecisions game={game} quarter={quarter} format={format} />
      <div className="game-tabs" role="tablist" aria-label={t('views')}>
        {(['report', 'dashboard'] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={view === v}
            onClick={() => setView(v)}
          >
            {t(`view.${v}`)}
          </button>
        ))}
      </div>
      {view === 'report' ? (
        <ReportView game={then} quarter={quarter} format={format} />
      ) : (
        <Dashboard game={then} format={format} />
      )}
    </div>
  );
}
