import { useTranslation } from 'react-i18next';
import type { HostError } from '../../shared/host-api';

/** A host failure, headline in the player's language, technical detail below it. */
export function ErrorBanner({ error, onDismiss }: { error: HostError; onDismiss: () => void }) {
  const { t } = useTranslation('app');
  return (
    <div className="error-banner" role="alert">
      <div>
        <strong>{t(`errors.${error.code}`)}</strong>
        <p className="error-detail">{error.detail}</p>
      </div>
      <button type="button" className="button-quiet" onClick={onDismiss}>
        {t('actions.dismiss')}
      </button>
    </div>
  );
}
