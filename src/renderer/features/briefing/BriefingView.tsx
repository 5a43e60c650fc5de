import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { KpiDelta } from '../../components/KpiDelta';
import { selectBriefing, type Briefing, type BriefingFigure, type Game } from '../../../sim/index';
import { formatFraction, formatValue, type FormatContext } from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import { GlossaryTerm } from '../help/GlossaryTerm';
import { METRIC_GLOSSARY } from '../help/glossaryIds';
import { CommitmentList, WarningList } from './BriefingLists';
import { MarketLine } from './MarketLine';
import { ObjectivesList } from './ObjectivesList';
import { SituationReminder, StartingSituation } from './StartingSituation';
import './briefing.css';

export interface BriefingViewProps {
  game: Game;
  format: FormatContext;
  /** Present while the quarter is in its briefing: leaves it for the plan. */
  onStartPlanning?: () => void;
  /** Present once planning has started: returns to the plan. */
  onBackToPlan?: () => void;
}

/**
 * The quarter's briefing (the engine's selectBriefing): where things stand, stakeholder trust,
 * what needs attention and why, the commitments owed; in quarter 1 the scenario, the situation
 * this seed starts in and what winning means (later quarters name the situation in one line).
 * Formatting only: every number and sentence comes from the engine.
 */
export function BriefingView({ game, format, onStartPlanning, onBackToPlan }: BriefingViewProps) {
  const { t } = useTranslation('briefing');
  const b = useMemo(() => selectBriefing(game), [game]);
  const h = b.headline;
  return (
    <div className="briefing" data-testid="briefing" data-quarter={b.quarter}>
      <section className="panel briefing-top" aria-labelledby="briefing-title">
        <div>
          <h2 id="briefing-title">
            {t('title', { quarter: b.quarter, horizon: b.horizonQuarters })}
          </h2>
          <p className="muted briefing-sub">
            {onStartPlanning ? t('sub', { count: b.quartersLeft }) : t('subPlanning')}
          </p>
          {b.situation && !b.introduction && <SituationReminder situation={b.situation} />}
        </div>
        {onStartPlanning && (
          // Focused on arrival: Enter starts planning once the player has read the briefing.
          <button
            type="button"
            className="primary briefing-start"
            onClick={onStartPlanning}
            id="start-planning"
            data-testid="start-planning"
            autoFocus
          >
            {t('startPlanning')}
          </button>
        )}
        {onBackToPlan && (
          <button type="button" onClick={onBackToPlan}>
            {t('backToPlan')}
          </button>
        )}
      </section>

      {b.introduction && (
        <div className={b.situation ? 'briefing-opening' : undefined}>
          <Introduction intro={b.introduction} format={format} />
          {b.situation && <StartingSituation situation={b.situation} />}
        </div>
      )}

      <div className="briefing-grid">
        <div className="briefing-col">
          <section className="panel" aria-labelledby="briefing-situation">
            <h3 id="briefing-situation">{t('situation')}</h3>
            <p className="muted small">
              {b.hasPreviousQuarter ? t('sinceLastQuarter') : t('firstQuarter')}
            </p>
            <div className="briefing-figures">
              {[h.cash, h.runway, h.arr, h.growth, h.boardConfidence].map((f) => (
                <Figure key={f.id} figure={f} format={format} />
              ))}
            </div>
            <MarketLine game={game} testId="briefing-market" />
          </section>
          <Stakeholders briefing={b} format={format} />
        </div>
        <div className="briefing-col">
          <section className="panel" aria-labelledby="briefing-objectives">
            <h3 id="briefing-objectives">{t('objectives.title')}</h3>
            <ObjectivesList game={game} format={format} />
          </section>
          <section className="panel" aria-labelledby="briefing-warnings">
            <h3 id="briefing-warnings">{t('warnings.title')}</h3>
            <WarningList warnings={b.warnings} format={format} />
          </section>
          <section className="panel" aria-labelledby="briefing-commitments">
            <h3 id="briefing-commitments">{t('commitments.title')}</h3>
            <CommitmentList briefing={b} format={format} />
          </section>
        </div>
      </div>
    </div>
  );
}

function Introduction({
  intro,
  format,
}: {
  intro: NonNullable<Briefing['introduction']>;
  format: FormatContext;
}) {
  const { t } = useTranslation('briefing');
  const pick = useLocalized();
  return (
    <section className="panel briefing-intro" aria-labelledby="briefing-scenario">
      <h3 id="briefing-scenario">{t('scenario.title')}</h3>
      <p>{pick(intro.description)}</p>
      <h3>{t('scenario.winning')}</h3>
      <p>{pick(intro.winning)}</p>
      <p className="small">
        <span className="muted">{t('scenario.weights')}: </span>
        {intro.weights.map((w, i) => (
          <span key={w.area} className="briefing-weight">
            {i > 0 && ' · '}
            {t(`area.${w.area}`)} {formatFraction(w.share, format, 0)}
          </span>
        ))}
      </p>
    </section>
  );
}

function Figure({ figure, format }: { figure: BriefingFigure; format: FormatContext }) {
  const pick = useLocalized();
  return (
    <article className="kpi-card" data-testid={`briefing-${figure.id}`}>
      <span className="kpi-label">
        <GlossaryTerm termId={METRIC_GLOSSARY[figure.id] ?? figure.id}>
          {pick(figure.label)}
        </GlossaryTerm>
      </span>
      <span className="kpi-value">{formatValue(figure.value, figure.unit, format)}</span>
      {figure.delta !== null && (
        <KpiDelta delta={figure.delta} unit={figure.unit} better={figure.better} format={format} />
      )}
    </article>
  );
}

function Stakeholders({ briefing, format }: { briefing: Briefing; format: FormatContext }) {
  const { t } = useTranslation('briefing');
  const f = briefing.firing;
  return (
    <section className="panel" aria-labelledby="briefing-stakeholders">
      <h3 id="briefing-stakeholders">
        <GlossaryTerm termId="stakeholderTrust">{t('stakeholders.title')}</GlossaryTerm>
      </h3>
      <table className="briefing-trust">
        <thead>
          <tr>
            <th scope="col">{t('stakeholders.who')}</th>
            <th scope="col" className="num">
              {t('stakeholders.trust')}
            </th>
            {briefing.hasPreviousQuarter && (
              <th scope="col" className="num">
                {t('stakeholders.change')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {briefing.stakeholders.map((s) => (
            <tr key={s.id} data-testid={`briefing-trust-${s.id}`}>
              <th scope="row">{t(`stakeholders.names.${s.id}`)}</th>
              <td className="num">{formatValue(s.trust, 'index', format)}</td>
              {briefing.hasPreviousQuarter && (
                <td className="num">
                  <KpiDelta delta={s.delta} unit="index" better="up" format={format} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small briefing-firing">
        {t('stakeholders.firing', {
          count: f.afterQuarters,
          line: formatValue(f.below, 'index', format),
        })}
        {f.quartersBelowSoFar > 0 && (
          <strong className="bad">
            {' '}
            {t('stakeholders.below', { count: f.quartersBelowSoFar })}
          </strong>
        )}
      </p>
    </section>
  );
}
