/**
 * Luck versus skill: the player's play re-run under many other seeds beside the balanced
 * reference policy over the same seeds. Where the player's own result falls in the first
 * distribution says how lucky their seed was; how the two distributions sit says how good the
 * play was.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber, type FormatContext } from '../../components/format';
import type { LuckResult } from './luckRun';
import {
  fiveNumbers,
  pairedWinShare,
  percentileRank,
  scoreHistogram,
  selectOutcome,
  type Game,
} from '../../../sim/index';
import { useLuckRun } from './useLuckRun';

/** Enough for a stable median in a few seconds (~20 ms per game, two games a seed). */
const DEFAULT_SEEDS = 100;
const MAX_SEEDS = 2000;

export function LuckView({ game, format }: { game: Game; format: FormatContext }) {
  const { t } = useTranslation('luck');
  const { state, start, cancel } = useLuckRun(game);
  const [seedCount, setSeedCount] = useState(DEFAULT_SEEDS);
  const valid = Number.isInteger(seedCount) && seedCount >= 1 && seedCount <= MAX_SEEDS;

  return (
    <section className="panel luck" data-testid="luck" aria-labelledby="luck-title">
      <h2 id="luck-title">{t('title')}</h2>
      <p className="muted">{t('explain')}</p>
      <div className="luck-controls">
        <label>
          {t('seedCount')}{' '}
          <input
            type="number"
            min={1}
            max={MAX_SEEDS}
            value={Number.isFinite(seedCount) ? seedCount : ''}
            onChange={(e) => setSeedCount(e.target.valueAsNumber)}
            data-testid="luck-seeds"
            aria-invalid={!valid}
          />
        </label>
        <button
          type="button"
          className="primary"
          disabled={!valid || state.status === 'running'}
          onClick={() => start(seedCount)}
          data-testid="luck-run"
        >
          {t('run')}
        </button>
        {state.status === 'running' && (
          <>
            {/* Before the changing progress text, so the button does not move under the pointer. */}
            <button type="button" onClick={cancel} data-testid="luck-cancel">
              {t('cancel')}
            </button>
            <progress
              value={state.progress?.done ?? 0}
              max={state.progress?.total ?? seedCount}
              aria-label={t('progress')}
              data-testid="luck-progress"
            />
            <span>
              {t('progressText', {
                done: state.progress?.done ?? 0,
                total: state.progress?.total ?? seedCount,
              })}
            </span>
          </>
        )}
        {!valid && <span className="problem">{t('seedCountInvalid', { max: MAX_SEEDS })}</span>}
      </div>
      {state.status === 'cancelled' && (
        <p role="status">
          {t('cancelled', {
            done: state.progress?.done ?? 0,
            total: state.progress?.total ?? seedCount,
          })}
        </p>
      )}
      {state.status === 'failed' && (
        <p role="alert" className="problem">
          {t('failed', { message: state.message })}
        </p>
      )}
      {state.status === 'done' && <LuckResults game={game} result={state.result} format={format} />}
    </section>
  );
}

function LuckResults({
  game,
  result,
  format,
}: {
  game: Game;
  result: LuckResult;
  format: FormatContext;
}) {
  const { t } = useTranslation('luck');
  const n = (v: number, digits = 1) => formatNumber(v, format, digits);
  const finished = game.phase === 'ended';
  // A finished game's own score; an unfinished one is played on to the end with the defaults.
  const yourScore = finished ? selectOutcome(game).score : result.ownScore;
  const player = result.runs.map((r) => r.playerScore);
  const balanced = result.runs.map((r) => r.balancedScore);
  const summary = useMemo(
    () => ({
      player: fiveNumbers(player),
      balanced: fiveNumbers(balanced),
      luckPercentile: percentileRank(yourScore, player),
      skillPercentile: percentileRank(yourScore, balanced),
      beatBalanced: pairedWinShare(player, balanced),
      bins: scoreHistogram({ player, balanced }),
    }),
    [player, balanced, yourScore],
  );
  const yourBin = summary.bins.find(
    (b) => yourScore >= b.from && (yourScore < b.to || b.to === 100),
  );

  return (
    <div className="luck-results" data-testid="luck-results">
      <p className="luck-headline" data-testid="luck-percentile">
        {t(finished ? 'yourScore' : 'yourScoreUnfinished', { score: n(yourScore) })}{' '}
        {t('luckPercentile', { percentile: n(summary.luckPercentile, 0), seeds: player.length })}
      </p>
      <p>
        {t('skillPercentile', {
          count: Math.round(summary.skillPercentile),
          percentile: n(summary.skillPercentile, 0),
        })}{' '}
        {t('beatBalanced', { share: n(summary.beatBalanced * 100, 0) })}
      </p>
      {result.counts.replaced > 0 && (
        <p className="muted">
          {t('replaced', {
            replaced: result.counts.replaced,
            total: result.counts.used + result.counts.replaced,
          })}
        </p>
      )}
      <figure className="chart-box" aria-label={t('histogramTitle')}>
        <figcaption>
          <h3>{t('histogramTitle')}</h3>
        </figcaption>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={summary.bins} margin={{ top: 16, right: 16, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#d5dbe3" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 13 }} />
            <Bar dataKey="player" name={t('yourPlay')} fill="#2563eb" isAnimationActive={false} />
            <Bar dataKey="balanced" name={t('balanced')} fill="#9ca3af" isAnimationActive={false} />
            {yourBin && (
              <ReferenceLine
                x={yourBin.label}
                stroke="#dc2626"
                strokeWidth={2}
                label={{ value: t('you'), position: 'top', fill: '#dc2626', fontSize: 12 }}
              />
            )}
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <table className="data-table luck-table">
        <caption>{t('tableTitle', { seeds: player.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('policy')}</th>
            <th scope="col">{t('min')}</th>
            <th scope="col">{t('q1')}</th>
            <th scope="col">{t('median')}</th>
            <th scope="col">{t('q3')}</th>
            <th scope="col">{t('max')}</th>
          </tr>
        </thead>
        <tbody>
          {(['player', 'balanced'] as const).map((k) => (
            <tr key={k}>
              <th scope="row">{t(k === 'player' ? 'yourPlay' : 'balanced')}</th>
              <td>{n(summary[k].min)}</td>
              <td>{n(summary[k].q1)}</td>
              <td>{n(summary[k].median)}</td>
              <td>{n(summary[k].q3)}</td>
              <td>{n(summary[k].max)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
