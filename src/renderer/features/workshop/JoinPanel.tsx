import { useTranslation } from 'react-i18next';
import type { JoinInfo } from '../../../shared/workshop';

/**
 * How teams join: the team page's address on each network the server listens on, its QR code
 * (it carries the join code) and the join code itself. Until the server has said, this page's own
 * address stands in.
 */
export function JoinPanel({
  info,
  joinCode,
  large = false,
}: {
  info: JoinInfo | null;
  joinCode: string;
  large?: boolean;
}) {
  const { t } = useTranslation('workshop');
  const urls = info?.urls ?? [`${location.origin}${location.pathname}`];
  return (
    <div className={large ? 'join-panel large' : 'join-panel'} data-testid="join-panel">
      {info && <img className="join-qr" src={info.qrDataUrl} alt={t('joinQr')} />}
      <div>
        <p>{t('joinAt')}</p>
        <ul className="join-urls">
          {urls.map((url) => (
            <li key={url}>
              <code>{url}</code>
            </li>
          ))}
        </ul>
        <p>
          {t('joinCode')}: <strong data-testid="join-code">{joinCode}</strong>
        </p>
      </div>
    </div>
  );
}
