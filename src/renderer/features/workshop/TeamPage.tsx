import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSeat, TeamView } from '../../../shared/workshop';
import { DebriefPack } from './DebriefPack';
import { LanguageToggle } from './LanguageToggle';
import { Reconnecting } from './Reconnecting';
import { RoundStatus } from './RoundStatus';
import { TeamPlan } from './TeamPlan';
import { TeamResults } from './TeamResults';
import { useWorkshopRoom } from './connection';
import { forgetSeat, saveSeat, savedSeat } from './seat';

/** A team's page: join with a name and the join code, then plan, submit and read results. */
export function TeamPage({ joinCode: codeFromLink }: { joinCode: string }) {
  const { t, i18n } = useTranslation('workshop');
  const [code, setCode] = useState(codeFromLink);
  const [name, setName] = useState('');
  const [view, setView] = useState<TeamView | null>(null);
  const link = useWorkshopRoom(
    {
      seat: (seat: TeamSeat) => saveSeat(code, seat),
      'team-view': (v: TeamView) => setView(v),
    },
    (first) => {
      const seat = first.joinCode ? savedSeat(first.joinCode) : null;
      return seat ? { role: 'team', joinCode: first.joinCode, teamToken: seat.teamToken } : first;
    },
  );
  const { join } = link;

  // A reloaded page (or a laptop opened again) takes back its seat with the kept token.
  useEffect(() => {
    const seat = codeFromLink ? savedSeat(codeFromLink) : null;
    if (seat)
      void join({ role: 'team', joinCode: codeFromLink, teamToken: seat.teamToken }).then((ok) => {
        if (!ok) forgetSeat(codeFromLink);
      });
  }, [codeFromLink, join]);

  const format = {
    locale: i18n.resolvedLanguage === 'ja' ? 'ja-JP' : 'en-US',
    currency: view?.currency ?? 'JPY',
  } as const;

  if (link.rejoining) return <Reconnecting />;
  if (!link.room || !view || !link.snapshot) {
    return (
      <main className="workshop workshop-join">
        <LanguageToggle />
        <h1>{t('team.joinTitle')}</h1>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void join({ role: 'team', joinCode: code.trim(), teamName: name.trim() });
          }}
        >
          <label>
            {t('team.name')}
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={40}
              required
              autoComplete="off"
            />
          </label>
          <label>
            {t('joinCode')}
            <input
              value={code}
              onChange={(e) => setCode(e.target.value.toUpperCase())}
              maxLength={12}
              required
              autoComplete="off"
            />
          </label>
          <button type="submit" className="primary" disabled={link.joining}>
            {t('team.join')}
          </button>
          {link.error && (
            <p className="error-box" role="alert">
              {link.error}
            </p>
          )}
        </form>
      </main>
    );
  }

  const planning =
    view.sessionPhase === 'planning' && view.gamePhase === 'planning' && view.defaultPlan;
  return (
    <main className="workshop workshop-team">
      <header className="workshop-header">
        <h1 data-testid="team-name">{view.name}</h1>
        <RoundStatus snapshot={link.snapshot} />
        <LanguageToggle />
      </header>
      {view.sessionPhase === 'lobby' && <p className="workshop-note">{t('team.waitFirst')}</p>}
      {planning && (
        <TeamPlan key={`${view.quarter}`} room={link.room} view={view} format={format} />
      )}
      {view.sessionPhase === 'planning' && !planning && (
        <p className="workshop-note">{t('team.gameOver')}</p>
      )}
      {(view.sessionPhase === 'results' || view.sessionPhase === 'ended') && (
        <TeamResults room={link.room} view={view} format={format} />
      )}
      {view.sessionPhase === 'ended' && view.score && (
        <DebriefPack room={link.room} scope="team" format={format} />
      )}
    </main>
  );
}
