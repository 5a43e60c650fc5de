import { useTranslation } from 'react-i18next';
import type { QuarterHighlight } from '../../../sim/index';
import {
  formatCommitmentFigure,
  formatMoney,
  formatNumber,
  type FormatContext,
} from '../../components/format';
import { useLocalized } from '../../components/useLocalized';

export interface QuarterHighlightsProps {
  highlights: QuarterHighlight[];
  format: FormatContext;
  /** How the game ended in this quarter (it ran out of cash, the board replaced the VPoE), first. */
  ending?: string | null;
}

/**
 * The quarter's biggest events as the engine ranks them (selectQuarterHighlights), most
 * consequential first, each in one sentence with its figures; in the quarter the game ended, how
 * it ended comes before them all.
 */
export function QuarterHighlights({ highlights, format, ending }: QuarterHighlightsProps) {
  const { t } = useTranslation('report');
  const te = useTranslation('events').t;
  const pick = useLocalized();
  if (highlights.length === 0 && !ending) return <p className="muted">{t('quiet')}</p>;
  function sentence(h: QuarterHighlight): string {
    switch (h.kind) {
      case 'incident':
        return t('highlight.incident', {
          severity: h.severity,
          count: h.minutes,
          minutes: formatNumber(h.minutes, format, 0),
        });
      case 'breach':
        return t('highlight.breach', { cost: formatMoney(h.cost, format) });
      case 'leavers':
        return t('highlight.leavers', { count: h.count });
      case 'commitment':
        return t(h.met ? 'highlight.commitmentMet' : 'highlight.commitmentMissed', {
          who: te(`stakeholder.${h.stakeholder}`),
          title: pick(h.title),
          measure: t(`measure.${h.measure}`),
          target: formatCommitmentFigure(h.measure, h.target, format),
          actual: formatCommitmentFigure(h.measure, h.actual, format),
        });
      case 'event':
        return pick(h.text);
    }
  }
  return (
    <ol className="highlights" data-testid="highlights">
      {ending && (
        <li className="highlight tier-1" data-kind="ending">
          {ending}
        </li>
      )}
      {highlights.map((h, i) => (
        <li key={i} className={`highlight tier-${h.tier}`} data-kind={h.kind}>
          {sentence(h)}
        </li>
      ))}
    </ol>
  );
}
