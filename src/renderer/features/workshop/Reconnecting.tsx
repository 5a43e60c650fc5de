import { useTranslation } from 'react-i18next';

/** Shown while a page joins again after its connection was lost. */
export function Reconnecting() {
  const { t } = useTranslation('workshop');
  return (
    <main className="workshop">
      <p className="workshop-note" role="status" data-testid="reconnecting">
        {t('reconnecting')}
      </p>
    </main>
  );
}
