import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../components/useLocalized';
import { intlLocale } from '../../i18n/format';
import type { TeamSeat, TeamView } from '../../../shared/workshop';
import { DebriefPack } from './DebriefPack';
import { JoinScreen } from './JoinScreen';
import { LanguageToggle } from './LanguageToggle';
import { Reconnecting } from './Reconnecting';
import { RoundStatus } from './RoundStatus';
import { TeamPlan } from './TeamPlan';
import { TeamResults } from './TeamResults';
import { saveSeat, teamCredentials } from './seat';
import { useWorkshopRoom } from './useWorkshopRoom';

/** A team's page: join with a name and the join code, then plan, submit and read results. */
export function TeamPage({ joinCode: codeFromLink }: { joinCode: string }) {
  const { t } = useTranslation('workshop');
  const locale = intlLocale(useUiLanguage());
  const [code, setCode] = useState(codeFromLink);
  const [name, setName] = useState('');
  const [view, setView] = useState<TeamView | null>(null);
  const [credentials] = useState(() => teamCredentials(codeFromLink));
  const link = useWorkshopRoom(
    {
      seat: (seat: TeamSeat) => saveSeat(code, seat),
      'team-view': (v: TeamView) => setView(v),
    },
    credentials,
  );

  const format = {
    locale: locale,
    currency: view?.currency ?? 'JPY',
  } as const;

  if (!link.room && link.rejoining) return <Reconnecting page />;
  if (!link.room || !view || !link.snapshot) {
    return (
      <JoinScreen
        title={t('team.joinTitle')}
        submitLabel={t('team.join')}
        link={link}
        onSubmit={() =>
          void link.join({ role: 'team', joinCode: code.trim(), teamName: name.trim() })
        }
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
      </JoinScreen>
    );
  }

  const planning =
    view.sessionPhase === 'planning' && view.gamePhase === 'planning' && view.plan !== null;
  return (
    <main className="workshop workshop-team">
      <header className="workshop-header">
        <h1 data-testid="team-name">{view.name}</h1>
        <RoundStatus snapshot={link.snapshot} />
        <LanguageToggle />
      </header>
      {link.rejoining && <Reconnecting />}
      {view.sessionPhase === 'lobby' && <p className="workshop-note">{t('team.waitFirst')}</p>}
      {planning && view.plan && (
        <TeamPlan
          key={`${view.quarter}`}
          room={link.room}
          view={view}
          plan={view.plan}
          format={format}
        />
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
