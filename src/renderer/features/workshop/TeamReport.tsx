import { useTranslation } from 'react-i18next';
import type { TeamDebrief } from '../../../shared/workshop';
import { formatSigned, type FormatContext } from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import { ForecastResult } from '../forecast/ForecastResult';

/** One team's printable report: its standing, its turning points and its quarter-by-quarter story. */
export function TeamReport({
  team,
  total,
  format,
}: {
  team: TeamDebrief;
  total: number;
  format: FormatContext;
}) {
  const { t } = useTranslation('workshop');
  const tf = useTranslation('forecast').t;
  const pick = useLocalized();
  const s = team.standing;
  return (
    <article className="debrief-sheet" data-testid={`team-report-${s.name}`}>
      <h2>{t('debrief.teamReport', { name: s.name })}</h2>
      <p className="debrief-standing">
        {t('debrief.standing', {
          rank: team.rank,
          total,
          score: s.weightedScore.toFixed(1),
          grade: s.grade,
        })}
        {s.status !== 'playing' && s.status !== 'completed' && ` (${t(`status.${s.status}`)})`}
      </p>
      <h3>{t('debrief.turningPoints')}</h3>
      {team.turningPoints.length === 0 ? (
        <p>{t('debrief.noTurningPoints')}</p>
      ) : (
        <ul>
          {team.turningPoints.map((tp) => (
            <li key={tp.quarter}>
              <strong>{t('debrief.quarter', { quarter: tp.quarter })}</strong> {pick(tp.text)}{' '}
              {t('debrief.scoreMove', {
                change: formatSigned(tp.scoreChange, format, 1),
                area: t(`area.${tp.area}`),
              })}
              {tp.choices.length > 0 && (
                <span className="muted">
                  {' '}
                  {t('debrief.after')}{' '}
                  {tp.choices.map((c) => `${pick(c.title)}: ${pick(c.option)}`).join('; ')}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('debrief.story')}</h3>
      {team.quarters.map((q) => (
        <section key={q.quarter} className="debrief-quarter">
          <h4>{t('debrief.quarter', { quarter: q.quarter })}</h4>
          {q.defaulted && <p className="bad">{t('debrief.defaulted')}</p>}
          {q.narrative.length > 0 ? (
            <ul>
              {q.narrative.map((line, i) => (
                <li key={i}>{pick(line)}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('debrief.quiet')}</p>
          )}
          {q.choices.length > 0 && (
            <p>
              {t('debrief.answered')}{' '}
              {q.choices.map((c) => `${pick(c.title)}: ${pick(c.option)}`).join('; ')}
            </p>
          )}
        </section>
      ))}
      <h3>{tf('calibrationTitle')}</h3>
      {team.forecasts.length === 0 ? (
        <p>{tf('calibrationNone')}</p>
      ) : (
        <>
          <p>
            {tf('calibrationSummary', {
              count: team.standing.calibration.count,
              score: team.standing.calibration.score?.toFixed(0),
            })}
          </p>
          {team.forecasts.map((f) => (
            <ForecastResult key={f.quarter} score={f} format={format} />
          ))}
        </>
      )}
    </article>
  );
}
