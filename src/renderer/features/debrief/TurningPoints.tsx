/**
 * The debrief's turning points (selectOutcome: which quarters, by one rule) with the decisions
 * behind each (selectDebriefDecisions, from the debrief's worker) and the answers that took
 * effect; for a game that ran out of cash, where the money went and which decisions sent it.
 */
import { useTranslation } from 'react-i18next';
import {
  DRIVER_LABELS,
  type DecisionEffect,
  type EndingCauses,
  type LeverId,
  type LeverValue,
  type Outcome,
  type Scenario,
} from '../../../sim/index';
import { formatMoney, formatSigned, type FormatContext } from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import { useLeverText } from '../compare/leverText';
import type { DebriefAnalysisState } from './useDebriefAnalysis';

interface Props {
  scenario: Scenario;
  outcome: Outcome;
  analysis: DebriefAnalysisState;
  format: FormatContext;
}

/** A decision of the game: a lever set in a quarter (from the quarter before's value). */
type Decision = {
  quarter: number;
  leverId: LeverId;
  from: LeverValue<LeverId>;
  to: LeverValue<LeverId>;
};
/** The same decision kept over consecutive quarters: quarters `quarter` to `last`. */
type DecisionRun = Decision & { last: number };

/**
 * One line per run of a lever kept at the same value over consecutive quarters (a hiring plan
 * of 30 seniors opened in quarters 1 to 9 reads once, "Q1–Q9", not nine times), ordered by the
 * quarter each run starts. `same` says whether two values read alike.
 */
export function decisionRuns(
  decisions: readonly Decision[],
  same: (leverId: LeverId, a: LeverValue<LeverId>, b: LeverValue<LeverId>) => boolean,
): DecisionRun[] {
  const runs: DecisionRun[] = [];
  for (const d of decisions) {
    const run = [...runs].reverse().find((r) => r.leverId === d.leverId);
    if (
      run &&
      run.last === d.quarter - 1 &&
      same(d.leverId, run.to, d.to) &&
      same(d.leverId, d.from, d.to)
    )
      run.last = d.quarter;
    else runs.push({ ...d, last: d.quarter });
  }
  return runs.sort((a, b) => a.quarter - b.quarter);
}

/**
 * "Q3 Hiring: none → 30 senior product engineers" (the new value alone when it did not change);
 * a run of quarters reads "Q1–Q9 Hiring: 30 senior product engineers".
 */
function useDecisionText(format: FormatContext, scenario: Scenario) {
  const td = useTranslation('dashboard').t;
  const levers = useLeverText(format, scenario);
  const text = (d: Decision & { last?: number }) => {
    const from = levers.value(d.leverId, d.from);
    const to = levers.value(d.leverId, d.to);
    const quarters =
      d.last === undefined || d.last === d.quarter
        ? td('quarterShort', { n: d.quarter })
        : `${td('quarterShort', { n: d.quarter })}–${td('quarterShort', { n: d.last })}`;
    const value = from === to || (d.last ?? d.quarter) > d.quarter ? to : `${from} → ${to}`;
    return `${quarters} ${levers.label(d.leverId)}: ${value}`;
  };
  const runs = (decisions: readonly Decision[]) =>
    decisionRuns(decisions, (id, a, b) => levers.value(id, a) === levers.value(id, b)).map(text);
  return Object.assign(text, { runs });
}

export function TurningPoints({ scenario, outcome, analysis, format }: Props) {
  const { t } = useTranslation('debrief');
  const td = useTranslation('dashboard').t;
  const pick = useLocalized();
  const decision = useDecisionText(format, scenario);
  const signed = (v: number, d = 1) => formatSigned(v, format, d);
  const bankruptcy = analysis.status === 'done' ? analysis.result.decisions.bankruptcy : null;
  const money = (v: number) => formatMoney(v, format);
  /** The quarter the cash ran out: the largest outflow and the decisions that set it. */
  const cashLine = (quarter: number) => {
    const outflow = bankruptcy?.quarter === quarter ? bankruptcy.outflows[0] : undefined;
    if (!outflow) return null;
    const values = { driver: pick(DRIVER_LABELS[outflow.driver]), total: money(-outflow.total) };
    return outflow.decisions.length === 0
      ? t('turningCashKept', values)
      : t('turningCash', {
          ...values,
          decisions: decision.runs(outflow.decisions).join(t('listSeparator')),
        });
  };
  const named = (quarter: number): DecisionEffect[] | null =>
    analysis.status === 'done'
      ? (analysis.result.decisions.turningPoints.find((x) => x.quarter === quarter)?.decisions ??
        [])
      : null;
  return (
    <section className="panel" aria-labelledby="turning-title" data-testid="turning-points">
      <h2 id="turning-title">{t('turningPoints')}</h2>
      <p className="small muted">{t('turningRule')}</p>
      {outcome.turningPoints.length === 0 && <p className="muted">{t('noTurningPoints')}</p>}
      <ol className="turning-points">
        {outcome.turningPoints.map((tp) => {
          const decisions = named(tp.quarter);
          const cash = cashLine(tp.quarter);
          return (
            <li key={tp.quarter} data-quarter={tp.quarter}>
              <strong>{td('quarterShort', { n: tp.quarter })}</strong>: {pick(tp.text)}
              {tp.scoreChange !== 0 && (
                <span className="muted">
                  {/* en sets the parenthesis off with a space; ja's （ carries its own */}
                  {t('turningMove', {
                    change: signed(tp.scoreChange),
                    area: td(`area.${tp.area}`),
                    areaChange: signed(tp.areaChange),
                  })}
                </span>
              )}
              <div className="turning-choices" data-testid="turning-decisions">
                {decisions === null
                  ? t('turningDecisionsPending')
                  : decisions.length === 0
                    ? (cash ?? t('turningNoDecisions'))
                    : `${t('turningDecisions')} ${decisions
                        .map((d) =>
                          t('turningDecision', { decision: decision(d), effect: signed(d.score) }),
                        )
                        .join(t('listSeparator'))}`}
              </div>
              {cash && decisions !== null && decisions.length > 0 && (
                <div className="turning-choices" data-testid="turning-cash">
                  {cash}
                </div>
              )}
              {tp.choices.length > 0 && (
                <div className="turning-choices">
                  {t('turningChoices')}{' '}
                  {tp.choices
                    .map((c) =>
                      t('turningChoice', { title: pick(c.title), option: pick(c.option) }),
                    )
                    .join(t('listSeparator'))}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {analysis.status === 'done' && analysis.result.decisions.bankruptcy && (
        <CashRanOut
          causes={analysis.result.decisions.bankruptcy}
          scenario={scenario}
          format={format}
        />
      )}
    </section>
  );
}

/** Where the cash went in a bankrupt game, outflow by outflow, with the decisions that set each. */
function CashRanOut({
  causes,
  scenario,
  format,
}: {
  causes: EndingCauses;
  scenario: Scenario;
  format: FormatContext;
}) {
  const { t } = useTranslation('debrief');
  const pick = useLocalized();
  const decision = useDecisionText(format, scenario);
  const money = (v: number) => formatMoney(v, format);
  return (
    <div className="cash-ran-out" data-testid="cash-ran-out">
      <h3>{t('cash.title')}</h3>
      <p>
        {t('cash.summary', {
          start: money(causes.cashStart),
          end: money(causes.cashEnd),
          quarter: causes.quarter,
        })}
      </p>
      <ul>
        {causes.outflows.map((o) => (
          <li key={o.driver}>
            <strong>
              {t('cash.outflow', { driver: pick(DRIVER_LABELS[o.driver]), total: money(-o.total) })}
            </strong>
            {o.decisions.length === 0 ? (
              <div className="muted">{t('cash.noDecisions')}</div>
            ) : (
              <ul>
                {decision.runs(o.decisions).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
