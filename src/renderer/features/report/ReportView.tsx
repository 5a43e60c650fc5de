import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  deckFor,
  selectKpis,
  selectQuarterHighlights,
  selectQuarterReport,
  type Game,
} from '../../../sim/index';
import { DriverChart } from '../../components/charts/DriverChart';
import { WhenVisible } from '../../components/WhenVisible';
import {
  formatNumber,
  formatSigned,
  formatValue,
  shownChange,
  type FormatContext,
} from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import { GlossaryTerm } from '../help/GlossaryTerm';
import { METRIC_GLOSSARY } from '../help/glossaryIds';
import { metricPresentation } from './metricUnits';
import { PlanChangesList } from './PlanChangesList';
import { largestPart } from './largestPart';
import { QuarterHighlights } from './QuarterHighlights';

export interface ReportViewProps {
  game: Game;
  quarter: number;
  format: FormatContext;
}

/**
 * The quarterly report (selectQuarterReport): what happened, each headline metric's change split
 * into its drivers, the stakeholders' reactions and the engine's narrative of why.
 */
export function ReportView({ game, quarter, format }: ReportViewProps) {
  const { t } = useTranslation('report');
  const tm = useTranslation('dashboard').t;
  const te = useTranslation('events').t;
  const pick = useLocalized();
  const report = useMemo(() => selectQuarterReport(game, quarter), [game, quarter]);
  const highlights = useMemo(() => selectQuarterHighlights(game, quarter), [game, quarter]);
  // The debrief's own words for the ending (written once there), when the game ended this quarter.
  const td = useTranslation('debrief').t;
  const endedHere =
    (game.status === 'bankrupt' || game.status === 'fired') && quarter === game.history.length;
  const ending = endedHere ? td(`status.${game.status}`, { quarter }) : null;
  const present = useMemo(() => metricPresentation(selectKpis(game)), [game]);
  const deck = useMemo(() => deckFor(game.scenario), [game.scenario]);
  const choices = report.choices.map((c) => {
    const card = deck.dilemmas.find((d) => d.id === c.sourceId);
    if (card) {
      const option = card.options.find((o) => o.id === c.optionId);
      return {
        id: c.eventId,
        title: pick(card.title),
        chosen: option ? pick(option.label) : c.optionId,
      };
    }
    const request = deck.requestsById.get(c.sourceId);
    return {
      id: c.eventId,
      title: request ? pick(request.title) : c.sourceId,
      chosen: t(`requestAnswer.${c.optionId}`, { defaultValue: c.optionId }),
    };
  });

  return (
    <article className="report" data-testid="report" aria-labelledby="report-title">
      <h2 id="report-title">{t('title', { quarter })}</h2>

      <section className="panel narrative" aria-labelledby="narrative-title">
        <h3 id="narrative-title">{t('whyTitle')}</h3>
        <QuarterHighlights highlights={highlights} format={format} ending={ending} />
      </section>

      <div className="two-col">
        <section className="panel" aria-labelledby="happened-title">
          <h3 id="happened-title">{t('happenedTitle')}</h3>
          <ul className="facts">
            <li>
              <GlossaryTerm termId="hiringPipeline">{t('hires')}</GlossaryTerm>:{' '}
              <strong>{formatNumber(report.hires, format, 0)}</strong>
            </li>
            <li>
              <GlossaryTerm termId="attrition">{t('leavers')}</GlossaryTerm>:{' '}
              <strong>{formatNumber(report.leavers, format, 0)}</strong>
            </li>
            <li>
              <GlossaryTerm termId="incidents">{t('incidents')}</GlossaryTerm>:{' '}
              <strong>{formatNumber(report.incidents.length, format, 0)}</strong>
              {report.incidents.length > 0 && (
                <ul>
                  {report.incidents.map((incident, i) => (
                    <li key={i}>
                      {t('incident', {
                        severity: incident.severity,
                        count: incident.minutes,
                        minutes: formatNumber(incident.minutes, format, 0),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          </ul>
        </section>
        <section className="panel" aria-labelledby="choices-title">
          <h3 id="choices-title">{t('choicesTitle')}</h3>
          <h4>{t('planChangesTitle')}</h4>
          <PlanChangesList game={game} quarter={quarter} format={format} />
          {choices.length > 0 && (
            <>
              <h4>{t('answersTitle')}</h4>
              <ul className="choices">
                {choices.map((c) => (
                  <li key={c.id}>
                    {c.title}: <strong>{c.chosen}</strong>
                  </li>
                ))}
              </ul>
              <p className="muted small">{t('choicesExplain')}</p>
            </>
          )}
        </section>
        <section className="panel" aria-labelledby="reactions-title">
          <h3 id="reactions-title">
            <GlossaryTerm termId="stakeholderTrust">{t('reactionsTitle')}</GlossaryTerm>
          </h3>
          {report.stakeholderReactions.length === 0 && <p className="muted">{t('noReactions')}</p>}
          <ul className="reactions">
            {report.stakeholderReactions.map((r) => (
              <li key={r.stakeholder}>
                <strong>{te(`stakeholder.${r.stakeholder}`)}</strong>{' '}
                <span className={r.delta > 0 ? 'good' : r.delta < 0 ? 'bad' : 'muted'}>
                  ({formatSigned(r.delta, format, 1)})
                </span>
                : {pick(r.text)}
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section className="panel" aria-labelledby="drivers-title">
        <h3 id="drivers-title">{t('driversTitle')}</h3>
        <p className="muted small">{t('driversExplain')}</p>
        <div className="two-col">
          {report.drivers.map((d) => {
            const { unit, better } = present(d.metric);
            const label = tm(`metric.${d.metric}`);
            // Causes that moved nothing this quarter, as shown, leave the chart readable.
            const shown = d.parts.filter((p) => shownChange(p.value, unit, format).sign !== 0);
            const cause = largestPart(d.parts, d.to - d.from);
            return (
              <div key={d.metric} className="driver-block" data-testid={`drivers-${d.metric}`}>
                <h4>
                  <GlossaryTerm termId={METRIC_GLOSSARY[d.metric]}>{label}</GlossaryTerm>:{' '}
                  {formatValue(d.from, unit, format)} →{' '}
                  <strong>{formatValue(d.to, unit, format)}</strong>
                </h4>
                {cause && (
                  <p className="small">
                    {t('largestDriver', {
                      driver: pick(cause.label),
                      value: formatValue(cause.value, unit, format),
                    })}
                  </p>
                )}
                {shown.length > 0 ? (
                  <>
                    <WhenVisible minHeight={40 + shown.length * 30}>
                      <DriverChart
                        title={t('driversOf', { metric: label })}
                        parts={shown.map((p) => ({
                          id: p.id,
                          label: pick(p.label),
                          value: p.value,
                        }))}
                        formatValue={(v) => formatValue(v, unit, format)}
                        better={better}
                      />
                    </WhenVisible>
                    {shown.length < d.parts.length && (
                      <p className="muted small" data-testid={`drivers-hidden-${d.metric}`}>
                        {t('driversHidden', { count: d.parts.length - shown.length })}
                      </p>
                    )}
                  </>
                ) : (
                  <p className="muted">{t('noChange')}</p>
                )}
              </div>
            );
          })}
        </div>
      </section>
    </article>
  );
}
