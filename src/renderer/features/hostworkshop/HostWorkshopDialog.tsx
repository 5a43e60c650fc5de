import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostError, ScenarioSummary } from '../../../shared/host-api';
import type { WorkshopHosting } from '../../../shared/workshop-hosting';
import { Dialog } from '../../components/Dialog';
import { useLocalized } from '../../components/useLocalized';
import { useHost } from '../../host';
import './hostworkshop.css';

/**
 * File > Host a workshop... (desktop app): pick a scenario, start the workshop server on this
 * laptop, and show how teams join (address, QR code, join code), the facilitator's way in and
 * the projector's page; Stop ends it. Closing the dialog leaves the workshop running.
 */
export function HostWorkshopDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('hostworkshop');
  const host = useHost();
  const pick = useLocalized();
  const [hosting, setHosting] = useState<WorkshopHosting | null>(null);
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  const [scenarioId, setScenarioId] = useState('');
  const [fresh, setFresh] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<HostError | null>(null);

  useEffect(() => {
    void host.currentWorkshop().then(setHosting);
    void host.listScenarios().then((listing) => {
      setScenarios(listing.scenarios);
      setScenarioId((id) => id || (listing.scenarios[0]?.id ?? ''));
    });
  }, [host]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  const start = () =>
    run(async () => {
      const started = await host.hostWorkshop({ scenarioId, fresh });
      if (started.ok) setHosting(started.value);
      else setError(started.error);
    });
  const stop = () =>
    run(async () => {
      const stopped = await host.stopWorkshop();
      if (stopped.ok) setHosting(null);
      else setError(stopped.error);
    });

  return (
    <Dialog
      title={hosting ? t('running') : t('title')}
      onClose={onClose}
      closeLabel={t('close')}
      className="dialog-wide"
    >
      {error && (
        <p className="error-box" role="alert">
          <strong>{hosting ? t('stopFailed') : t('startFailed')}</strong> {error.detail}
        </p>
      )}
      {hosting ? (
        <HostingInfo hosting={hosting} busy={busy} onStop={() => void stop()} />
      ) : (
        <form
          className="host-workshop-form"
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <p>{t('intro')}</p>
          <label>
            {t('scenario')}
            <select value={scenarioId} onChange={(e) => setScenarioId(e.target.value)} required>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {pick(s.title)}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={fresh} onChange={(e) => setFresh(e.target.checked)} />
            {t('fresh')}
          </label>
          <button type="submit" className="primary" disabled={busy || !scenarioId}>
            {busy ? t('starting') : t('start')}
          </button>
        </form>
      )}
    </Dialog>
  );
}

function HostingInfo({
  hosting,
  busy,
  onStop,
}: {
  hosting: WorkshopHosting;
  busy: boolean;
  onStop: () => void;
}) {
  const { t } = useTranslation('hostworkshop');
  return (
    <div className="host-workshop-info" data-testid="workshop-hosting">
      {hosting.resumed && <p className="muted">{t('resumed')}</p>}
      <div className="host-workshop-join">
        <img src={hosting.qrDataUrl} alt={t('workshop:joinQr')} width={180} height={180} />
        <div>
          <h3>{t('workshop:joinAt')}</h3>
          <ul>
            {hosting.joinUrls.map((url) => (
              <li key={url}>
                <code>{url}</code>
              </li>
            ))}
          </ul>
          <p>
            {t('workshop:joinCode')}:{' '}
            <strong className="host-workshop-code" data-testid="hosting-join-code">
              {hosting.joinCode}
            </strong>
          </p>
        </div>
      </div>
      <dl>
        <dt>{t('facilitatorPage')}</dt>
        <dd>
          <code>{hosting.facilitatorUrl}</code>
        </dd>
        <dt>{t('workshop:facilitator.code')}</dt>
        <dd>
          <code data-testid="hosting-facilitator-code">{hosting.facilitatorCode}</code>{' '}
          <span className="muted">{t('keepSecret')}</span>
        </dd>
        <dt>{t('projectorPage')}</dt>
        <dd>
          <code>{hosting.projectorUrl}</code>
        </dd>
        <dt>{t('seed')}</dt>
        <dd>{hosting.seed}</dd>
      </dl>
      <button type="button" className="danger" onClick={onStop} disabled={busy}>
        {busy ? t('stopping') : t('stop')}
      </button>
    </div>
  );
}

export default HostWorkshopDialog;
