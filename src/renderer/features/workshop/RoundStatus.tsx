import { useTranslation } from 'react-i18next';
import { formatClock, type RoomSnapshot } from './connection';

/** The round's phase and timer, as every page shows it. */
export function RoundStatus({
  snapshot,
  large = false,
}: {
  snapshot: RoomSnapshot;
  large?: boolean;
}) {
  const { t } = useTranslation('workshop');
  const phase = t(`phase.${snapshot.phase}`, {
    quarter: snapshot.quarter,
    total: snapshot.quartersTotal,
  });
  return (
    <div className={large ? 'round-status large' : 'round-status'} data-testid="round-status">
      <span className="round-phase">{phase}</span>
      {snapshot.phase === 'planning' && (snapshot.timerRunning || snapshot.secondsLeft > 0) && (
        <span className="round-timer" data-testid="round-timer" aria-label={t('timer')}>
          {formatClock(snapshot.secondsLeft)}
        </span>
      )}
      {snapshot.paused && <span className="round-paused">{t('paused')}</span>}
    </div>
  );
}
