import { useTranslation } from 'react-i18next';

/**
 * The offer under a quarter's choices to take the quarter back to its plan (shown while the
 * engine allows it: canTakeBack), set apart from the answers: the button on one line and its
 * hint beside it in a column of its own (below it on a narrow screen), so a long Japanese hint
 * does not run on under the button.
 */
export function TakeBackOffer({ onTakeBack }: { onTakeBack: () => void }) {
  const { t } = useTranslation('events');
  return (
    <p className="take-back small muted">
      <button type="button" className="button-quiet" data-testid="take-back" onClick={onTakeBack}>
        {t('takeBack')}
      </button>
      <span>{t('takeBackHint')}</span>
    </p>
  );
}
