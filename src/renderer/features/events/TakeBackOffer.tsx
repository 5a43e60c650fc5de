import { useTranslation } from 'react-i18next';

/**
 * The offer under a quarter's choices to take the quarter back to its plan (shown while the
 * engine allows it: canTakeBack).
 */
export function TakeBackOffer({ onTakeBack }: { onTakeBack: () => void }) {
  const { t } = useTranslation('events');
  return (
    <p className="take-back small muted">
      <button type="button" className="button-quiet" data-testid="take-back" onClick={onTakeBack}>
        {t('takeBack')}
      </button>{' '}
      {t('takeBackHint')}
    </p>
  );
}
