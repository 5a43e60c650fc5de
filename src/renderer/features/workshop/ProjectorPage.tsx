import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../components/useLocalized';
import { intlLocale } from '../../i18n/format';
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
  const { t } = useTranslation('workshop');
  const locale = intlLocale(useUiLanguage());
  const say = useRefusalText();
  const pick = useLocalized();
  const [room, setRoom] = useState<RoomView | null>(null);
  const [joinInfo, setJoinInfo] = useState<JoinInfo | null>(null);
  const [credentials] = useState(() => projectorCredentials(joinCode));
  const link = useWorkshopRoom(
    {
      'room-view': (v: RoomView) => setRoom(v),
      'join-info': (info: JoinInfo) => setJoinInfo(info),
    },
    credentials,
  );

  // A new close starts the reveal from the last place; other updates keep it where it is. The
  // count belongs to the view it was counted for, so the render that brings a new view already
  // starts from 0: resetting it in an effect left one frame of the new view with the old count
  // (the whole leaderboard, the forecasts and the charts, drawn and taken down again).
  const revealKey = room ? `${room.phase}-${room.quarter}` : '';
  const [reveal, setReveal] = useState({ key: revealKey, shown: 0 });
  const revealed = reveal.key === revealKey ? reveal.shown : 0;
  const total = room?.standings.length ?? 0;
  useEffect(() => {
    if (revealed >= total) return;
    const timer = setTimeout(
      () => setReveal({ key: revealKey, shown: revealed + 1 }),
      REVEAL_STEP_MS,
    );
    return () => clearTimeout(timer);
  }, [revealKey, revealed, total]);

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
    locale: locale,
    currency: room.currency,
  };
  const s = link.snapshot;
  const teams = Object.entries(s.teams);
  // The results follow the room view they are drawn from, not the public state, which reaches
  // the page a moment after it: opening a quarter showed its planning view as "results".
  const results = room.phase === 'results' || room.phase === 'ended';
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
      {results && (
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
