import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostError } from '../../shared/host-api';

/**
 * A host failure, headline in the player's language, technical detail below it. With
 * `bringIntoView` (an answer to something the player just asked for, e.g. opening a file from
 * the bottom of the start screen) it scrolls into view and takes focus.
 */
export function ErrorBanner({
  error,
  onDismiss,
  bringIntoView = false,
}: {
  error: HostError;
  onDismiss: () => void;
  bringIntoView?: boolean;
}) {
  const { t } = useTranslation('app');
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!bringIntoView) return;
    banner.current?.focus({ preventScroll: true });
    banner.current?.scrollIntoView?.({ block: 'nearest' });
  }, [error, bringIntoView]);
  return (
    <div className="error-banner" role="alert" ref={banner} tabIndex={-1}>
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
