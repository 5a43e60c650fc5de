import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JoinInfo, RoomView } from '../../../shared/workshop';
import { useLocalized } from '../../components/useLocalized';
import { JoinPanel } from './JoinPanel';
import { LanguageToggle } from './LanguageToggle';
import { Leaderboard } from './Leaderboard';
import { ProjectorForecasts } from './ProjectorForecasts';
import { Reconnecting } from './Reconnecting';
import { RoomCharts } from './RoomCharts';
import { RoundStatus } from './RoundStatus';
import { useRefusalText } from './refusalText';
import { projectorCredentials } from './seat';
import { useWorkshopRoom } from './useWorkshopRoom';

/** Seconds between two rows of the staged reveal. */
const REVEAL_STEP_MS = 1200;

/** The projector: large type, the round and its timer, a staged reveal, the room's charts. */
export function ProjectorPage({ joinCode }: { joinCode: string }) {
  const { t, i18n } = useTranslation('workshop');
  const say = useRefusalText();
  const pick = useLocalized();
  const [room, setRoom] = useState<RoomView | null>(null);
  const [revealed, setRevealed] = useState(0);
  const [joinInfo, setJoinInfo] = useState<JoinInfo | null>(null);
  const [credentials] = useState(() => projectorCredentials(joinCode));
  const link = useWorkshopRoom(
    {
      'room-view': (v: RoomView) => setRoom(v),
      'join-info': (info: JoinInfo) => setJoinInfo(info),
    },
    credentials,
  );

  // A new close starts the reveal from the last place; other updates keep it where it is.
  const revealKey = room ? `${room.phase}-${room.quarter}` : '';
  useEffect(() => {
    setRevealed(0);
  }, [revealKey]);
  const total = room?.standings.length ?? 0;
  useEffect(() => {
    if (revealed >= total) return;
    const timer = setTimeout(() => setRevealed((r) => r + 1), REVEAL_STEP_MS);
    return () => clearTimeout(timer);
  }, [revealed, total]);

  if (!joinCode)
    return (
      <main className="workshop projector">
        <p>{t('projector.needCode')}</p>
      </main>
    );
  if (!link.room || !room || !link.snapshot)
    return (
      <main className="workshop projector">
        <p role="status">
          {link.rejoining
            ? t('reconnecting')
            : link.error
              ? say(link.error)
              : t('projector.connecting')}
        </p>
      </main>
    );
  const format = {
    locale: i18n.resolvedLanguage === 'ja' ? 'ja-JP' : 'en-US',
    currency: room.currency,
  };
  const s = link.snapshot;
  const teams = Object.entries(s.teams);
  return (
    <main className="workshop projector">
      <header className="workshop-header">
        <h1>{pick(room.scenarioTitle)}</h1>
        <LanguageToggle />
      </header>
      {link.rejoining && <Reconnecting />}
      <RoundStatus snapshot={s} large />
      {s.phase === 'lobby' && <JoinPanel info={joinInfo} joinCode={joinCode} large />}
      {(s.phase === 'lobby' || s.phase === 'planning') && (
        <ul className="projector-teams" aria-label={t('facilitator.teams')}>
          {teams.map(([id, team]) => (
            <li key={id} className={team.submitted ? 'good' : ''}>
              {team.name} {s.phase === 'planning' && (team.submitted ? '✓' : '…')}
            </li>
          ))}
        </ul>
      )}
      {(s.phase === 'results' || s.phase === 'ended') && (
        <>
          <h2>{t('projector.results', { quarter: room.quarter })}</h2>
          <Leaderboard room={room} revealed={revealed} />
          {revealed >= total && (
            <>
              <ProjectorForecasts room={room} />
              <RoomCharts room={room} format={format} />
            </>
          )}
        </>
      )}
    </main>
  );
}
