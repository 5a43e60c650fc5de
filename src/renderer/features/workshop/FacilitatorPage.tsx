import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../components/useLocalized';
import { intlLocale } from '../../i18n/format';
import type { FacilitatorView, JoinInfo, RoomView } from '../../../shared/workshop';
import type { Refusal } from '../../../shared/workshop-refusals';
import { LanguageToggle } from './LanguageToggle';
import { Reconnecting } from './Reconnecting';
import { DebriefPack } from './DebriefPack';
import { InjectDilemma } from './InjectDilemma';
import { JoinPanel } from './JoinPanel';
import { JoinScreen } from './JoinScreen';
import { Leaderboard } from './Leaderboard';
import { RoundStatus } from './RoundStatus';
import { SettingsForm } from './SettingsForm';
import { ask } from './connection';
import { useRefusalText } from './refusalText';
import { facilitatorCredentials, keptFacilitatorCode } from './seat';
import { useWorkshopRoom } from './useWorkshopRoom';

/** The facilitator's console: settings, who has joined and submitted, and the round's controls. */
export function FacilitatorPage() {
  const { t } = useTranslation('workshop');
  const locale = intlLocale(useUiLanguage());
  const [code, setCode] = useState(keptFacilitatorCode);
  const [view, setView] = useState<FacilitatorView | null>(null);
  const [room, setRoomView] = useState<RoomView | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const say = useRefusalText();
  const [joinInfo, setJoinInfo] = useState<JoinInfo | null>(null);
  const [credentials] = useState(facilitatorCredentials);
  const link = useWorkshopRoom(
    {
      'join-info': (info: JoinInfo) => setJoinInfo(info),
      'facilitator-view': (v: FacilitatorView) => setView(v),
      'room-view': (v: RoomView) => setRoomView(v),
    },
    credentials,
  );

  if (!link.room && link.rejoining) return <Reconnecting page />;
  if (!link.room || !view || !link.snapshot) {
    return (
      <JoinScreen
        title={t('facilitator.title')}
        submitLabel={t('facilitator.enter')}
        link={link}
        onSubmit={() => void link.join({ role: 'facilitator', facilitatorCode: code.trim() })}
      >
        <label>
          {t('facilitator.code')}
          <input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            required
            autoComplete="off"
          />
        </label>
      </JoinScreen>
    );
  }

  const s = link.snapshot;
  const act = (type: string, payload: unknown = {}) =>
    void ask(link.room, type, payload).then((r) => setRefusal(r));
  const last = s.quarter >= s.quartersTotal;
  return (
    <main className="workshop workshop-facilitator">
      <header className="workshop-header">
        <h1>{t('facilitator.title')}</h1>
        <RoundStatus snapshot={s} />
        <LanguageToggle />
      </header>
      {link.rejoining && <Reconnecting />}
      <JoinPanel info={joinInfo} joinCode={view.joinCode} />
      <div className="workshop-controls" role="toolbar" aria-label={t('facilitator.controls')}>
        {(s.phase === 'lobby' || (s.phase === 'results' && !last)) && (
          <button type="button" className="primary" onClick={() => act('open')}>
            {t('facilitator.open', { quarter: s.quarter + 1 })}
          </button>
        )}
        {s.phase === 'planning' && (
          <>
            <button type="button" className="primary" onClick={() => act('close')}>
              {t('facilitator.close', { quarter: s.quarter })}
            </button>
            <button type="button" onClick={() => act('timer', { action: 'extend', seconds: 60 })}>
              {t('facilitator.extend')}
            </button>
            <button
              type="button"
              onClick={() => act('timer', { action: 'stop' })}
              disabled={!s.timerRunning}
            >
              {t('facilitator.stopTimer')}
            </button>
            <button type="button" onClick={() => act(s.paused ? 'resume' : 'pause')}>
              {s.paused ? t('facilitator.resume') : t('facilitator.pause')}
            </button>
          </>
        )}
        {view.canUndoClose && s.phase === 'results' && (
          <button type="button" onClick={() => act('undo-close')}>
            {t('facilitator.undoClose')}
          </button>
        )}
        {s.phase !== 'ended' && (
          <button
            type="button"
            className="danger"
            onClick={() => {
              if (window.confirm(t('facilitator.endConfirm'))) act('end');
            }}
          >
            {t('facilitator.end')}
          </button>
        )}
      </div>
      {refusal && (
        <p className="error-box" role="alert">
          {say(refusal)}
        </p>
      )}
      {(s.phase === 'planning' || (s.phase === 'results' && !last)) && (
        <InjectDilemma dilemmas={view.dilemmas} onInject={(cardId) => act('inject', { cardId })} />
      )}
      {s.phase === 'lobby' && (
        <SettingsForm view={view} onSave={(settings) => act('settings', settings)} />
      )}
      <table className="workshop-teams" aria-label={t('facilitator.teams')}>
        <thead>
          <tr>
            <th>{t('facilitator.team')}</th>
            <th>{t('facilitator.connected')}</th>
            <th>{t('facilitator.submitted')}</th>
            <th>{t('facilitator.forecasted')}</th>
            <th>{t('facilitator.answered')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {view.teams.map((team) => {
            const status = s.teams[team.teamId];
            return (
              <tr key={team.teamId} data-testid={`team-row-${team.name}`}>
                <td>{team.name}</td>
                <td>{status?.connected ? '●' : '○'}</td>
                <td>{team.ended ? t('facilitator.gameEnded') : team.submitted ? '✓' : '—'}</td>
                <td>{team.forecasted ? '✓' : '—'}</td>
                <td>{team.answered ? '✓' : '—'}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      const name = window.prompt(t('facilitator.renamePrompt'), team.name);
                      if (name) act('rename', { teamId: team.teamId, name });
                    }}
                  >
                    {t('facilitator.rename')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      if (window.confirm(t('facilitator.removeConfirm', { name: team.name })))
                        act('remove', { teamId: team.teamId });
                    }}
                  >
                    {t('facilitator.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {room && room.standings.length > 0 && s.phase !== 'lobby' && (
        <Leaderboard room={room} revealed={room.standings.length} />
      )}
      {room && s.phase === 'ended' && room.standings.length > 0 && (
        <DebriefPack
          room={link.room}
          scope="room"
          format={{
            locale: locale,
            currency: room.currency,
          }}
        />
      )}
    </main>
  );
}
