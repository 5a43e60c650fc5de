import { useTranslation } from 'react-i18next';
import type { PendingEvent, RequestStakes } from '../../../sim/index';
import type { FormatContext } from '../../components/format';
import { Dialog } from '../../components/Dialog';
import { useLocalized } from '../../components/useLocalized';
import { RequestStakesPanel } from './RequestStakesPanel';
import { TakeBackOffer } from './TakeBackOffer';
import './events.css';

export interface EventDialogProps {
  event: PendingEvent;
  /** How many choices are waiting, this one included, so the player knows how many remain. */
  count: number;
  onChoose: (optionId: string) => void;
  /** The engine's refusal of the last answer, already localised. */
  error?: string;
  /** An answer is on its way (the workshop's server has not replied): the options wait. */
  sending?: boolean;
  /** For a request: its target, pace, due quarter and trust at stake (selectRequestStakes). */
  stakes?: RequestStakes | null;
  format?: FormatContext;
  /** Takes the quarter back to its plan (offered while its choices are open: the engine's rule). */
  onTakeBack?: () => void;
}

/**
 * A dilemma card or a stakeholder request: the situation and its options, each with the
 * engine's hint of its costs and effects. It has no close button: every event needs an answer.
 */
export function EventDialog({
  event,
  count,
  onChoose,
  error,
  sending = false,
  stakes,
  format,
  onTakeBack,
}: EventDialogProps) {
  const { t } = useTranslation('events');
  const pick = useLocalized();
  const heading =
    event.kind === 'request' && event.stakeholder
      ? t('requestFrom', { stakeholder: t(`stakeholder.${event.stakeholder}`) })
      : t('dilemma');
  return (
    <Dialog
      title={
        <>
          <span className="muted dialog-kicker">
            {heading} · {t('waiting', { count })}
          </span>
          <br />
          {pick(event.title)}
        </>
      }
    >
      <p className="event-body">{pick(event.body)}</p>
      {stakes && format && <RequestStakesPanel stakes={stakes} format={format} />}
      {error && (
        <p role="alert" className="error-box">
          {error}
        </p>
      )}
      {sending && (
        <p role="status" className="muted">
          {t('sending')}
        </p>
      )}
      <div className="dialog-options" role="group" aria-label={t('options')}>
        {event.options.map((option) => (
          <button
            key={option.id}
            type="button"
            data-testid={`option-${option.id}`}
            disabled={sending}
            onClick={() => onChoose(option.id)}
          >
            <strong>{pick(option.label)}</strong>
            <span className="option-hint">{pick(option.hint)}</span>
          </button>
        ))}
      </div>
      {onTakeBack && <TakeBackOffer onTakeBack={onTakeBack} />}
    </Dialog>
  );
}
