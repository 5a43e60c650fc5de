import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingEvent, RequestAnswer, RequestStakes } from '../../../sim/index';
import type { FormatContext } from '../../components/format';
import { Dialog } from '../../components/Dialog';
import { useLocalized } from '../../components/useLocalized';
import { RequestStakesPanel } from './RequestStakesPanel';
import { TakeBackOffer } from './TakeBackOffer';
import './events.css';

export interface SmallRequestsDialogProps {
  /** the small requests waiting, in the engine's order (choiceDialogs) */
  events: readonly PendingEvent[];
  /** How many dialogs are waiting, this one included. */
  count: number;
  /** Every request's answer at once, in the order shown (the engine's 'answer-requests'). */
  onAnswer: (answers: RequestAnswer[]) => void;
  /** The engine's refusal of the last answers, already localised. */
  error?: string;
  /** The answers are on their way (the workshop's server has not replied): sending waits. */
  sending?: boolean;
  /** Each request's target, pace, due quarter and trust at stake (selectRequestStakes). */
  stakesOf?: (event: PendingEvent) => RequestStakes | null;
  format?: FormatContext;
  /** Takes the quarter back to its plan (offered while its choices are open: the engine's rule). */
  onTakeBack?: () => void;
}

/**
 * The quarter's small stakeholder requests in one dialog: each with what it asks and the trust
 * at stake, and its own accept or decline; one button sends every answer together. It has no
 * close button: every request needs an answer.
 */
export function SmallRequestsDialog({
  events,
  count,
  onAnswer,
  error,
  sending = false,
  stakesOf,
  format,
  onTakeBack,
}: SmallRequestsDialogProps) {
  const { t } = useTranslation('events');
  const pick = useLocalized();
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const open = events.filter((e) => chosen[e.id] === undefined).length;
  const send = () => onAnswer(events.map((e) => ({ eventId: e.id, optionId: chosen[e.id]! })));
  return (
    <Dialog
      className="dialog-wide"
      title={
        <>
          <span className="muted dialog-kicker">
            {t('small.kicker')} · {t('waiting', { count })}
          </span>
          <br />
          {t('small.title', { count: events.length })}
        </>
      }
    >
      <p className="event-body">{t('small.intro')}</p>
      <ol className="small-requests">
        {events.map((event) => {
          const stakes = stakesOf?.(event) ?? null;
          const fromId = `small-from-${event.id}`;
          const titleId = `small-title-${event.id}`;
          return (
            <li key={event.id} className="small-request" data-testid={`small-request-${event.id}`}>
              <div
                role="group"
                aria-labelledby={event.stakeholder ? `${fromId} ${titleId}` : titleId}
              >
                {event.stakeholder && (
                  <p id={fromId} className="muted small-request-from">
                    {t('requestFrom', { stakeholder: t(`stakeholder.${event.stakeholder}`) })}
                  </p>
                )}
                <h3 id={titleId}>{pick(event.title)}</h3>
                <p className="small-request-body">{pick(event.body)}</p>
                {stakes && format && <RequestStakesPanel stakes={stakes} format={format} />}
                <div className="small-request-options">
                  {event.options.map((option) => (
                    <label key={option.id}>
                      <input
                        type="radio"
                        name={`answer-${event.id}`}
                        value={option.id}
                        data-testid={`small-${event.id}-${option.id}`}
                        checked={chosen[event.id] === option.id}
                        onChange={() => setChosen((c) => ({ ...c, [event.id]: option.id }))}
                      />{' '}
                      {pick(option.label)}
                    </label>
                  ))}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      {error && (
        <p role="alert" className="error-box">
          {error}
        </p>
      )}
      <div className="small-requests-send">
        <button
          type="button"
          className="button-primary"
          data-testid="answer-small-requests"
          disabled={open > 0 || sending}
          onClick={send}
        >
          {t('small.send', { count: events.length })}
        </button>{' '}
        <span className="small muted" aria-live="polite">
          {sending ? t('sending') : open > 0 ? t('small.open', { count: open }) : t('small.ready')}
        </span>
      </div>
      {onTakeBack && <TakeBackOffer onTakeBack={onTakeBack} />}
    </Dialog>
  );
}
