import { useTranslation } from 'react-i18next';
import './restored-plan.css';

/** Says the plan shown is the unsubmitted one restored from the save, with the way back. */
export function RestoredPlanNote({
  firstQuarter,
  onReset,
}: {
  firstQuarter: boolean;
  onReset: () => void;
}) {
  const { t } = useTranslation('decisions');
  return (
    <div className="panel restored-plan" role="status" data-testid="restored-plan">
      <span>{t('restored.note')}</span>
      <button type="button" onClick={onReset} data-testid="reset-plan">
        {firstQuarter ? t('restored.resetFirst') : t('restored.reset')}
      </button>
    </div>
  );
}
