import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '@colyseus/sdk';
import type { TeamView } from '../../../shared/workshop';
import { KpiCard } from '../../components/KpiCard';
import type { FormatContext } from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import { choiceDialogs } from '../../../sim/index';
import { EventDialog } from '../events/EventDialog';
import { SmallRequestsDialog } from '../events/SmallRequestsDialog';
import { ForecastResult } from '../forecast/ForecastResult';
import type { Refusal } from '../../../shared/workshop-refusals';
import { ask } from './connection';
import { useRefusalText } from './refusalText';

/** The answer last sent from a dialog (named by its events' ids) and the room's reply. */
interface DialogAnswer {
  dialog: string;
  sending: boolean;
  refusal: Refusal | null;
}

/** The quarter's results for the team: its KPIs, the engine's narrative, and its dilemmas. */
export function TeamResults({
  room,
  view,
  format,
}: {
  room: Room;
  view: TeamView;
  format: FormatContext;
}) {
  const { t } = useTranslation('workshop');
  const pick = useLocalized();
  const say = useRefusalText();
  const dialogs = choiceDialogs(view.pending);
  const dialog = dialogs[0];
  // One dialog's answer at a time: its refusal and whether it is on its way belong to that
  // dialog, so the next one opens clean and a second click cannot send twice.
  const dialogKey = !dialog
    ? ''
    : dialog.kind === 'single'
      ? dialog.event.id
      : dialog.events.map((e) => e.id).join(' ');
  const [answer, setAnswer] = useState<DialogAnswer | null>(null);
  const mine = answer?.dialog === dialogKey ? answer : null;
  const error = mine?.refusal ? say(mine.refusal) : undefined;
  const sending = mine?.sending ?? false;
  const send = (type: string, payload: unknown) => {
    setAnswer({ dialog: dialogKey, sending: true, refusal: null });
    void ask(room, type, payload).then((refusal) =>
      setAnswer({ dialog: dialogKey, sending: false, refusal }),
    );
  };
  const stakesOf = (id: string) => view.pendingStakes[view.pending.findIndex((e) => e.id === id)];
  const revealed = view.forecastScores.find((f) => f.quarter === view.quarter);
  return (
    <section aria-label={t('team.resultsLabel')} className="workshop-results">
      {view.lastPlanWasDefault && <p className="workshop-note bad">{t('team.wasDefaulted')}</p>}
      {view.score && (
        <p className="workshop-score" data-testid="team-score">
          {t('team.score', { score: view.score.score, grade: view.score.grade })}
        </p>
      )}
      {dialog?.kind === 'single' && (
        <EventDialog
          key={dialog.event.id}
          event={dialog.event}
          count={dialogs.length}
          error={error}
          sending={sending}
          stakes={stakesOf(dialog.event.id)}
          format={format}
          onChoose={(optionId) => send('answer', { eventId: dialog.event.id, optionId })}
        />
      )}
      {dialog?.kind === 'small-requests' && (
        <SmallRequestsDialog
          key={dialog.events.map((e) => e.id).join(' ')}
          events={dialog.events}
          count={dialogs.length}
          error={error}
          sending={sending}
          stakesOf={(event) => stakesOf(event.id) ?? null}
          format={format}
          onAnswer={(answers) => send('answer-requests', { answers })}
        />
      )}
      {!dialog && view.sessionPhase === 'results' && (
        <p className="workshop-note">{t('team.waitNext')}</p>
      )}
      {revealed && <ForecastResult score={revealed} format={format} />}
      {view.lastNarrative.length > 0 && (
        <ul className="workshop-narrative">
          {view.lastNarrative.map((line, i) => (
            <li key={i}>{pick(line)}</li>
          ))}
        </ul>
      )}
      <div className="workshop-kpis">
        {view.kpis.map((k) => (
          <KpiCard
            key={k.id}
            id={k.id}
            label={pick(k.label)}
            unit={k.unit}
            value={k.value}
            delta={k.delta}
            history={k.history}
            better={k.better}
            format={format}
          />
        ))}
      </div>
    </section>
  );
}
