import { useTranslation } from 'react-i18next';

/**
 * Shown while a lost connection comes back: over the page while the SDK reconnects the same
 * room, as the page itself while it joins again (`page`).
 */
export function Reconnecting({ page = false }: { page?: boolean }) {
  const { t } = useTranslation('workshop');
  const note = (
    <p className="workshop-note" role="status" data-testid="reconnecting">
      {t('reconnecting')}
    </p>
  );
  return page ? <main className="workshop">{note}</main> : note;
}
