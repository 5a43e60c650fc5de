import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createColumnHelper } from '@tanstack/react-table';
import { selectHistory, selectOutcome, type Game, type QuarterRecord } from '../../../sim/index';
import { DataTable } from '../../components/DataTable';
import {
  formatFraction,
  formatMoney,
  formatNumber,
  type FormatContext,
} from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import { HistoryCharts } from '../dashboard/HistoryCharts';
import { GlossaryTerm } from '../help/GlossaryTerm';
import { ObjectivesList } from '../briefing/ObjectivesList';
import { SituationTag } from '../briefing/StartingSituation';
import { CoachPanel } from './CoachPanel';
import { ScoreFormula } from './ScoreFormula';
import { TurningPoints } from './TurningPoints';
import { useDebriefAnalysis } from './useDebriefAnalysis';

export interface DebriefProps {
  game: Game;
  format: FormatContext;
  onExit: () => void;
}

/** The end of the game (selectOutcome): outcome, score and grade by area, turning points, history. */
export function Debrief({ game, format, onExit }: DebriefProps) {
  const { t } = useTranslation('debrief');
  const td = useTranslation('dashboard').t;
  const tb = useTranslation('briefing').t;
  const pick = useLocalized();
  const outcome = useMemo(() => selectOutcome(game), [game]);
  const history = useMemo(() => selectHistory(game), [game]);
  const analysis = useDebriefAnalysis(game);
  const num = (v: number, d = 1) => formatNumber(v, format, d);

  const col = createColumnHelper<QuarterRecord>();
  const columns = [
    col.accessor('quarter', {
      header: t('col.quarter'),
      cell: (c) => td('quarterShort', { n: c.getValue() }),
    }),
    col.accessor((r) => r.metrics.cash, {
      id: 'cash',
      header: td('metric.cash'),
      cell: (c) => formatMoney(c.getValue(), format),
    }),
    col.accessor((r) => r.metrics.arr, {
      id: 'arr',
      header: td('metric.arr'),
      cell: (c) => formatMoney(c.getValue(), format),
    }),
    col.accessor((r) => r.metrics.headcount, {
      id: 'headcount',
      header: td('metric.headcount'),
      cell: (c) => num(c.getValue(), 0),
    }),
    col.accessor((r) => r.metrics.featuresDelivered, {
      id: 'features',
      header: td('metric.featuresDelivered'),
      cell: (c) => num(c.getValue()),
    }),
    col.accessor((r) => r.metrics.debtTax, {
      id: 'debtTax',
      header: td('metric.debtTax'),
      cell: (c) => formatFraction(c.getValue(), format, 0),
    }),
    col.accessor((r) => r.metrics.changeFailureRate, {
      id: 'cfr',
      header: td('metric.changeFailureRate'),
      cell: (c) => formatFraction(c.getValue(), format, 0),
    }),
    col.accessor((r) => r.metrics.incidents, {
      id: 'incidents',
      header: td('metric.incidents'),
      cell: (c) => num(c.getValue(), 0),
    }),
    col.accessor((r) => r.metrics.attritionRate, {
      id: 'attrition',
      header: td('metric.attritionRate'),
      cell: (c) => formatFraction(c.getValue(), format, 0),
    }),
    col.accessor((r) => r.metrics.engagement, {
      id: 'engagement',
      header: td('metric.engagement'),
      cell: (c) => num(c.getValue(), 0),
    }),
    col.accessor((r) => r.metrics.boardConfidence, {
      id: 'board',
      header: td('metric.boardConfidence'),
      cell: (c) => num(c.getValue(), 0),
    }),
    col.accessor((r) => r.decisions.allocation.features, {
      id: 'allocFeatures',
      header: t('col.allocFeatures'),
      cell: (c) => `${num(c.getValue(), 0)}%`,
    }),
    col.accessor((r) => r.decisions.allocation.debtPaydown, {
      id: 'allocDebt',
      header: t('col.allocDebt'),
      cell: (c) => `${num(c.getValue(), 0)}%`,
    }),
    col.accessor((r) => r.choices.length, {
      id: 'choices',
      header: t('col.choices'),
      cell: (c) => num(c.getValue(), 0),
    }),
  ];

  return (
    <main className="game-main debrief" data-testid="debrief" aria-labelledby="debrief-title">
      <section className="panel outcome">
        <h1 id="debrief-title">{t('title')}</h1>
        <p className="outcome-status" data-testid="outcome-status">
          {t(`status.${outcome.status}`, { quarter: game.quarter })}
        </p>
        <SituationTag game={game} as="p" />
        <div className="score-line">
          <div>
            <div className="muted">
              <GlossaryTerm termId="score">{t('score')}</GlossaryTerm>
            </div>
            <div className="grade" data-testid="final-score">
              {num(outcome.score, 1)}
            </div>
          </div>
          <div>
            <div className="muted">{t('grade')}</div>
            <div className="grade" data-testid="final-grade">
              {outcome.grade}
            </div>
          </div>
        </div>
        <p>{pick(game.scenario.winning)}</p>
      </section>
      <section className="panel" aria-labelledby="debrief-objectives">
        <h2 id="debrief-objectives">{tb('objectives.title')}</h2>
        <p className="small muted">{tb('objectives.rule')}</p>
        <ObjectivesList game={game} format={format} />
      </section>
      <div className="two-col">
        <section className="panel" aria-labelledby="by-area-title">
          <h2 id="by-area-title">{t('byArea')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('col.area')}</th>
                <th scope="col" className="num">
                  {t('col.areaScore')}
                </th>
                <th scope="col" className="num">
                  {t('col.weight')}
                </th>
                <th scope="col" className="num">
                  {t('col.points')}
                </th>
              </tr>
            </thead>
            <tbody>
              {outcome.byArea.map((a) => (
                <tr key={a.area} data-testid={`area-${a.area}`}>
                  <th scope="row">{td(`area.${a.area}`)}</th>
                  <td className="num">
                    <meter min={0} max={100} value={a.score} aria-hidden="true" /> {num(a.score, 1)}
                  </td>
                  <td className="num">{formatFraction(a.weight, format, 0)}</td>
                  <td className="num">{num(a.points, 1)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  {t('formula.sum')}
                </th>
                <td className="num" data-testid="weighted-sum">
                  {num(outcome.formula.weightedSum, 1)}
                </td>
              </tr>
            </tfoot>
          </table>
          <ScoreFormula outcome={outcome} format={format} />
        </section>
        <TurningPoints
          scenario={game.scenario}
          outcome={outcome}
          analysis={analysis}
          format={format}
        />
      </div>
      <CoachPanel game={game} analysis={analysis} format={format} />
      <section className="panel" aria-labelledby="history-title">
        <h2 id="history-title">{t('historyTitle')}</h2>
        <HistoryCharts history={history} format={format} />
        <DataTable
          caption={t('historyTable')}
          data={history}
          columns={columns}
          testId="history-table"
          compact
        />
      </section>
      <div className="button-row">
        <button type="button" className="primary" onClick={onExit}>
          {t('exit')}
        </button>
      </div>
    </main>
  );
}
