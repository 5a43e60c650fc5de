import { useTranslation } from 'react-i18next';
import type { EndQuarterCheck } from '../../../sim/index';
import { Dialog } from '../../components/Dialog';
import { useLocalized } from '../../components/useLocalized';
import './endquarter.css';

export interface EndQuarterConfirmProps {
  quarter: number;
  check: EndQuarterCheck;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The question before a quarter ends with a plan that changed nothing or leaves a warning open
 * (checkEndQuarter): a quarter's plan cannot be changed once its events are answered.
 * Escape and "Back to the plan" keep planning; the first button is the safe one.
 */
export function EndQuarterConfirm({ quarter, check, onConfirm, onCancel }: EndQuarterConfirmProps) {
  const { t } = useTranslation('endquarter');
  const pick = useLocalized();
  return (
    <Dialog title={t('title', { quarter })} onClose={onCancel} closeLabel={t('back')}>
      <div data-testid="end-quarter-confirm">
        {check.unchanged && <p>{t('unchanged')}</p>}
        {check.openWarnings.length > 0 && (
          <>
            <p>{t('openWarnings', { count: check.openWarnings.length })}</p>
            <ul className="end-quarter-warnings">
              {check.openWarnings.map((w) => (
                <li key={`${w.id}-${w.metric}`}>
                  <strong>{pick(w.label)}</strong>: {pick(w.why)}
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel} data-testid="end-quarter-back">
            {t('back')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={onConfirm}
            data-testid="end-quarter-confirm-button"
          >
            {t('confirm')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
