import { useTranslation } from 'react-i18next';
import { shownChange, type FormatContext } from './format';

export interface KpiDeltaProps {
  /** Change since last quarter, as the engine reports it. */
  delta: number;
  unit: string;
  better: 'up' | 'down';
  format: FormatContext;
}

/**
 * A change coloured by whether it moved the right way, with an arrow and the words for screen
 * readers; a change that rounds to nothing as shown is no change (grey, no arrow up or down).
 */
export function KpiDelta({ delta, unit, better, format }: KpiDeltaProps) {
  const { t } = useTranslation('dashboard');
  const { text, sign } = shownChange(delta, unit, format);
  const direction = sign === 0 ? 'flat' : sign > 0 === (better === 'up') ? 'good' : 'bad';
  const arrow = sign > 0 ? '▲' : sign < 0 ? '▼' : '▶';
  return (
    <span
      className={`kpi-delta ${direction === 'flat' ? 'muted' : direction}`}
      data-direction={direction}
    >
      <span aria-hidden="true">{arrow} </span>
      {text}
      <span className="visually-hidden"> {t(`kpi.${direction}`)}</span>
    </span>
  );
}
