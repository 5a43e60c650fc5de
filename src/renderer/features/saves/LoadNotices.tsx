import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../sim/index';
import { useLocalized } from '../../components/useLocalized';

/** What loading a save left out and why (the engine's warnings), until the player dismisses it. */
export function LoadNotices({ notices }: { notices: LocalizedText[] }) {
  const { t } = useTranslation('saves');
  const pick = useLocalized();
  const [shown, setShown] = useState(notices.length > 0);
  if (!shown || notices.length === 0) return null;
  return (
    <div className="panel load-notices" role="alert" data-testid="load-notices">
      <ul>
        {notices.map((n) => (
          <li key={n.en}>{pick(n)}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setShown(false)}>
        {t('dismissNotice')}
      </button>
    </div>
  );
}
