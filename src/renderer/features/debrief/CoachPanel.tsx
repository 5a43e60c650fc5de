/**
 * A coach on the same seed: the reference policy's game on the player's scenario and seed beside
 * the player's (the engine's coachOnSameSeed, run in a worker), where the two games parted, the
 * coach's quarters with its reasons, and each dilemma the player met with its reflection questions.
 */
import { useTranslation } from 'react-i18next';
import { KPI_DEFS, overlayRows, type CoachReport, type Game } from '../../../sim/index';
import { QuarterChart } from '../../components/charts/QuarterChart';
import { formatNumber, formatValue, type FormatContext } from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import { useChoiceText, useLeverText } from '../compare/leverText';
import { ReflectionQuestions } from './ReflectionQuestions';
import type { DebriefAnalysisState } from './useDebriefAnalysis';

/** What the board and the score read most: money, delivery, trust. */
const OVERLAID = ['cash', 'featuresDelivered', 'boardConfidence'] as const;

/** "Q3" / 「第3四半期」, the dashboard's words for a quarter. */
function useQuarterLabel() {
  const { t } = useTranslation('dashboard');
  return (n: number) => t('quarterShort', { n });
}

export function CoachPanel({
  game,
  analysis: state,
  format,
}: {
  game: Game;
  analysis: DebriefAnalysisState;
  format: FormatContext;
}) {
  const { t } = useTranslation('debrief');
  return (
    <section className="panel coach" aria-labelledby="coach-title" data-testid="coach">
      <h2 id="coach-title">{t('coach.title')}</h2>
      <p className="muted">{t('coach.explain')}</p>
      {(state.status === 'running' || state.status === 'idle') && (
        <p role="status">{t('coach.running')}</p>
      )}
      {state.status === 'failed' && (
        <p role="alert" className="problem">
          {t('coach.failed', { message: state.message })}
        </p>
      )}
      {state.status === 'done' && (
        <CoachResults game={game} report={state.result.coach} format={format} />
      )}
    </section>
  );
}

/** The player's game, the coach's report on it, and the game's number formats. */
interface CoachProps {
  game: Game;
  report: CoachReport;
  format: FormatContext;
}

function CoachResults({ game, report, format }: CoachProps) {
  const { t } = useTranslation('debrief');
  const quarter = useQuarterLabel();
  const pick = useLocalized();
  const num = (v: number) => formatNumber(v, format, 1);
  const gap = report.scoreGap;
  return (
    <>
      <table className="data-table coach-scores" data-testid="coach-scores">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="num">
              {t('score')}
            </th>
            <th scope="col">{t('grade')}</th>
            <th scope="col">{t('coach.ending')}</th>
          </tr>
        </thead>
        <tbody>
          {(
            [
              ['you', report.player],
              ['coach', report.reference],
            ] as const
          ).map(([who, s]) => (
            <tr key={who}>
              <th scope="row">{t(`coach.${who}`)}</th>
              <td className="num">{num(s.score)}</td>
              <td>{s.grade}</td>
              <td>{t(`coach.status.${s.status}`, { count: s.quarters })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="coach-gap">
        {gap === 0
          ? t('coach.gapNone')
          : t(gap > 0 ? 'coach.gapAbove' : 'coach.gapBelow', { points: num(Math.abs(gap)) })}
      </p>
      <Parting game={game} report={report} format={format} />
      <div className="compare-charts">
        {OVERLAID.map((metric) => {
          const def = KPI_DEFS.find((k) => k.id === metric);
          return (
            <QuarterChart
              key={metric}
              title={def ? pick(def.label) : metric}
              rows={overlayRows(game, report.coach, metric).map((row) => ({
                ...row,
                quarter: quarter(row.quarter),
              }))}
              series={[
                { key: 'a', label: t('coach.you'), color: '#2563eb' },
                { key: 'b', label: t('coach.coach'), color: '#ea580c' },
              ]}
              formatValue={(v) => formatValue(v, def?.unit ?? '', format)}
              height={180}
            />
          );
        })}
      </div>
      <CoachQuarters report={report} />
      <Reflection report={report} />
    </>
  );
}

/** The first quarter where the two games differ, lever by lever and answer by answer. */
function Parting({ game, report, format }: CoachProps) {
  const { t } = useTranslation('debrief');
  const levers = useLeverText(format, game.scenario);
  const choices = useChoiceText(game);
  const parted = report.partedAt;
  if (!parted) return <p data-testid="coach-parted">{t('coach.neverParted')}</p>;
  return (
    <div data-testid="coach-parted">
      <h3>{t('coach.partedTitle', { quarter: parted.quarter })}</h3>
      {parted.playedBy !== 'both' ? (
        <p>{t(parted.playedBy === 'a' ? 'coach.coachEnded' : 'coach.youEnded')}</p>
      ) : (
        <table className="data-table" data-testid="coach-parted-table">
          <thead>
            <tr>
              <th scope="col">{t('coach.what')}</th>
              <th scope="col">{t('coach.you')}</th>
              <th scope="col">{t('coach.coach')}</th>
            </tr>
          </thead>
          <tbody>
            {parted.levers.map((l) => (
              <tr key={l.leverId}>
                <th scope="row">{levers.label(l.leverId)}</th>
                <td>{levers.value(l.leverId, l.a)}</td>
                <td>{levers.value(l.leverId, l.b)}</td>
              </tr>
            ))}
            {parted.choices.map((c) => (
              <tr key={c.sourceId}>
                <th scope="row">{t('coach.answerTo', { title: choices.title(c.sourceId) })}</th>
                <td>{choices.option(c.sourceId, c.a)}</td>
                <td>{choices.option(c.sourceId, c.b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The coach's game quarter by quarter: its reasons, its answers with theirs. */
function CoachQuarters({ report }: { report: CoachReport }) {
  const { t } = useTranslation('debrief');
  const quarter = useQuarterLabel();
  const pick = useLocalized();
  return (
    <>
      <h3>{t('coach.quartersTitle')}</h3>
      <ol className="coach-quarters" data-testid="coach-quarters">
        {report.quarters.map((q) => {
          const differed = q.differences.levers.length + q.differences.choices.length;
          return (
            <li key={q.quarter} data-quarter={q.quarter}>
              <details>
                <summary>
                  <strong>{quarter(q.quarter)}</strong>{' '}
                  {q.reasons.length > 0 ? pick(q.reasons[0]!.text) : pick(q.summary)}{' '}
                  <span className="muted">
                    {q.differences.playedBy === 'b'
                      ? t('coach.afterYourEnd')
                      : t('coach.differed', { count: differed })}
                  </span>
                </summary>
                <ul>
                  {q.reasons.slice(1).map((r, i) => (
                    <li key={i}>{pick(r.text)}</li>
                  ))}
                  {q.answers.map((a, i) => (
                    <li key={`answer-${i}`}>
                      {t('coach.answered', { title: pick(a.title), option: pick(a.option) })}{' '}
                      <span className="muted">{pick(a.reason)}</span>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** Each dilemma the player met: their answer, the coach's in the same situation, and the card's questions. */
function Reflection({ report }: { report: CoachReport }) {
  const { t } = useTranslation('debrief');
  const quarter = useQuarterLabel();
  const pick = useLocalized();
  return (
    <>
      <h3>{t('coach.reflectionTitle')}</h3>
      {report.dilemmas.length === 0 && <p className="muted">{t('coach.noDilemmas')}</p>}
      <ul className="coach-reflection" data-testid="coach-reflection">
        {report.dilemmas.map((d, i) => (
          <li key={i}>
            <strong>
              {quarter(d.quarter)} {pick(d.title)}
            </strong>
            <div>{t('coach.yourAnswer', { option: pick(d.playerOption) })}</div>
            <div>
              {t('coach.coachAnswer', { option: pick(d.coachOption) })}{' '}
              <span className="muted">{pick(d.coachReason)}</span>
            </div>
            <div className="muted" data-testid="coach-alike">
              {t(d.same ? 'coach.answeredAlike' : 'coach.answeredDiffered')}
            </div>
            <ReflectionQuestions questions={d.questions} />
          </li>
        ))}
      </ul>
    </>
  );
}
