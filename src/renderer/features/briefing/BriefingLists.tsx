import { useTranslation } from 'react-i18next';
import type { Briefing, BriefingWarning, CommitmentMeasure } from '../../../sim/index';
import { formatValue, type FormatContext } from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import { GlossaryTerm } from '../help/GlossaryTerm';
import { METRIC_GLOSSARY } from '../help/glossaryIds';

/** The glossary entry explaining what a commitment measures. */
const MEASURE_GLOSSARY: Record<CommitmentMeasure, string> = {
  featuresDelivered: 'features',
  costPerQuarter: 'burn',
  attritionRate: 'attrition',
  debtIndex: 'techDebt',
  incidents: 'incidents',
};

/** The engine's warnings, critical first, each with its figure, its line and why it matters. */
export function WarningList({
  warnings,
  format,
}: {
  warnings: BriefingWarning[];
  format: FormatContext;
}) {
  const { t } = useTranslation('briefing');
  const pick = useLocalized();
  if (warnings.length === 0) return <p className="muted">{t('warnings.none')}</p>;
  return (
    <ul className="briefing-warnings">
      {warnings.map((w) => {
        const label = pick(w.label);
        return (
          <li
            key={`${w.id}-${w.stakeholder ?? ''}`}
            className={`briefing-warning ${w.severity}`}
            data-testid={`warning-${w.id}`}
          >
            <span className={`severity ${w.severity}`}>{t(`warnings.${w.severity}`)}</span>{' '}
            <strong>
              <GlossaryTerm termId={METRIC_GLOSSARY[w.metric] ?? w.metric}>
                {w.stakeholder
                  ? t('warnings.whose', { who: t(`stakeholders.names.${w.stakeholder}`), label })
                  : label}
              </GlossaryTerm>
              {w.id !== 'release-freeze' && <>: {formatValue(w.value, w.unit, format)}</>}
            </strong>{' '}
            {w.id !== 'release-freeze' && (
              <span className="muted small">
                ({t('warnings.line', { threshold: formatValue(w.threshold, w.unit, format) })})
              </span>
            )}
            <p className="briefing-why">{pick(w.why)}</p>
          </li>
        );
      })}
    </ul>
  );
}

/** Open commitments, soonest due first: who, what, how far along, when it is judged. */
export function CommitmentList({
  briefing,
  format,
}: {
  briefing: Briefing;
  format: FormatContext;
}) {
  const { t } = useTranslation('briefing');
  const pick = useLocalized();
  if (briefing.commitments.length === 0) return <p className="muted">{t('commitments.none')}</p>;
  return (
    <ul className="briefing-commitments">
      {briefing.commitments.map((c) => {
        const values = {
          current: formatValue(c.current, c.unit, format),
          target: formatValue(c.target, c.unit, format),
        };
        return (
          <li key={c.id} data-testid={`commitment-${c.id}`}>
            <div className="briefing-commitment-head">
              <strong>
                {t(`stakeholders.names.${c.stakeholder}`)}: {pick(c.title)}
              </strong>
              <span className={`briefing-due ${c.dueIn === 0 ? 'now' : ''}`}>
                {c.dueIn === 0
                  ? t('commitments.dueThis')
                  : t('commitments.dueIn', { count: c.dueIn, quarter: c.dueQuarter })}
              </span>
            </div>
            <div>
              <GlossaryTerm termId={MEASURE_GLOSSARY[c.measure]}>
                {pick(c.measureLabel)}
              </GlossaryTerm>
              :{' '}
              {c.direction === 'at-least'
                ? t('commitments.atLeast', values)
                : t('commitments.atMost', values)}{' '}
              <span className={c.metNow ? 'good' : c.dueIn === 0 ? 'bad' : 'muted'}>
                ({c.metNow ? t('commitments.met') : t('commitments.notMet')})
              </span>
            </div>
            <p className="briefing-why">{pick(c.outlook)}</p>
          </li>
        );
      })}
    </ul>
  );
}
