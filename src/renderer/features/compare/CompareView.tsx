/**
 * Two runs of one scenario side by side: overlaid charts of the key metrics, the decisions and
 * answers that differed quarter by quarter, and the random events that hit both ("same shock").
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  decisionDifferences,
  describeEvent,
  forkQuarter,
  KPI_DEFS,
  overlayRows,
  sameScenario,
  sharedShocks,
  type Game,
  type QuarterMetrics,
} from '../../../sim/index';
import { QuarterChart } from '../../components/charts/QuarterChart';
import { formatValue, type FormatContext } from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import { SituationTag } from '../briefing/StartingSituation';
import { useChoiceText, useLeverText } from './leverText';

/** The metrics a VPoE would put on one slide: money, delivery, reliability, people, trust. */
const COMPARED_METRICS: (keyof QuarterMetrics)[] = [
  'cash',
  'arr',
  'featuresDelivered',
  'debtTax',
  'incidents',
  'engagement',
  'headcount',
  'boardConfidence',
];

export interface CompareRun {
  game: Game;
  name: string;
}

export function CompareView({
  a,
  b,
  format,
}: {
  a: CompareRun;
  b: CompareRun;
  format: FormatContext;
}) {
  const { t } = useTranslation('compare');
  const pick = useLocalized();
  const levers = useLeverText(format, a.game.scenario);
  const choices = useChoiceText(a.game);
  const comparable = sameScenario(a.game, b.game);
  const diffs = useMemo(
    () => (comparable ? decisionDifferences(a.game, b.game) : []),
    [comparable, a.game, b.game],
  );
  const shocks = useMemo(
    () => (comparable ? sharedShocks(a.game, b.game) : []),
    [comparable, a.game, b.game],
  );
  if (!comparable)
    return (
      <p role="alert" className="panel error-box">
        {t('differentScenarios', { a: a.game.scenario.id, b: b.game.scenario.id })}
      </p>
    );
  const fork = forkQuarter(a.game, b.game);
  const scenario = a.game.scenario;
  const anyDiff = diffs.some((d) => d.levers.length + d.choices.length > 0);

  return (
    <div className="compare" data-testid="compare">
      <p className="compare-runs">
        <span className="run-a">A: {a.name}</span> <SituationTag game={a.game} />{' '}
        <span className="run-b">B: {b.name}</span> <SituationTag game={b.game} />{' '}
        {fork !== null && <span data-testid="fork-note">{t('forkNote', { quarter: fork })}</span>}
      </p>
      <section className="panel" aria-labelledby="compare-charts">
        <h2 id="compare-charts">{t('chartsTitle')}</h2>
        <div className="compare-charts">
          {COMPARED_METRICS.map((metric) => {
            const def = KPI_DEFS.find((k) => k.id === metric);
            const unit = def?.unit ?? '';
            return (
              <QuarterChart
                key={metric}
                title={def ? pick(def.label) : metric}
                rows={overlayRows(a.game, b.game, metric).map((row) => ({
                  ...row,
                  quarter: `Q${row.quarter}`,
                }))}
                series={[
                  { key: 'a', label: 'A', color: '#2563eb' },
                  { key: 'b', label: 'B', color: '#ea580c' },
                ]}
                formatValue={(v) => formatValue(v, unit, format)}
                height={200}
              />
            );
          })}
        </div>
      </section>

      <section className="panel" aria-labelledby="compare-decisions">
        <h2 id="compare-decisions">{t('decisionsTitle')}</h2>
        {!anyDiff && <p data-testid="no-differences">{t('noDifferences')}</p>}
        <table className="data-table" data-testid="decision-diff">
          <thead>
            <tr>
              <th scope="col">{t('quarter')}</th>
              <th scope="col">{t('what')}</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
            </tr>
          </thead>
          <tbody>
            {diffs.flatMap((d) => [
              ...(d.playedBy === 'both'
                ? []
                : [
                    <tr key={`${d.quarter}-played`} data-quarter={d.quarter}>
                      <td>Q{d.quarter}</td>
                      <td colSpan={3} className="muted">
                        {t('onlyPlayedBy', { run: d.playedBy === 'a' ? 'A' : 'B' })}
                      </td>
                    </tr>,
                  ]),
              ...d.levers.map((l) => (
                <tr key={`${d.quarter}-${l.leverId}`} data-quarter={d.quarter}>
                  <td>Q{d.quarter}</td>
                  <td>{levers.label(l.leverId)}</td>
                  <td>{levers.value(l.leverId, l.a)}</td>
                  <td>{levers.value(l.leverId, l.b)}</td>
                </tr>
              )),
              ...d.choices.map((c) => (
                <tr key={`${d.quarter}-choice-${c.sourceId}`} data-quarter={d.quarter}>
                  <td>Q{d.quarter}</td>
                  <td>{t('answerTo', { title: choices.title(c.sourceId) })}</td>
                  <td>{choices.option(c.sourceId, c.a)}</td>
                  <td>{choices.option(c.sourceId, c.b)}</td>
                </tr>
              )),
            ])}
          </tbody>
        </table>
      </section>

      <section className="panel" aria-labelledby="compare-shocks">
        <h2 id="compare-shocks">{t('shocksTitle')}</h2>
        <p className="muted">{t('shocksExplain')}</p>
        <table className="data-table" data-testid="shocks">
          <thead>
            <tr>
              <th scope="col">{t('quarter')}</th>
              <th scope="col">{t('sameShock')}</th>
              <th scope="col">{t('onlyIn', { run: 'A' })}</th>
              <th scope="col">{t('onlyIn', { run: 'B' })}</th>
            </tr>
          </thead>
          <tbody>
            {shocks.map((s) => (
              <tr key={s.quarter}>
                <td>Q{s.quarter}</td>
                <td data-testid={`same-shock-q${s.quarter}`}>
                  {s.both.map((p, i) => (
                    <div key={i}>{pick(describeEvent(p.a, scenario))}</div>
                  ))}
                </td>
                <td>
                  {s.onlyA.map((e, i) => (
                    <div key={i}>{pick(describeEvent(e, scenario))}</div>
                  ))}
                </td>
                <td>
                  {s.onlyB.map((e, i) => (
                    <div key={i}>{pick(describeEvent(e, scenario))}</div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
