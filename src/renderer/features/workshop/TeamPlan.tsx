import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '@colyseus/sdk';
import { selectLevers, type Decisions } from '../../../sim/index';
import type { PlanContext, PlanPreview, TeamView } from '../../../shared/workshop';
import type { Refusal } from '../../../shared/workshop-refusals';
import type { FormatContext } from '../../components/format';
import { DecisionsPanel } from '../decisions/DecisionsPanel';
import { usePlanSections } from '../decisions/usePlanSections';
import { ForecastPanel } from '../forecast/ForecastPanel';
import { ask } from './connection';
import { useRefusalText } from './refusalText';

// A preview is asked for once the player pauses: a slider drag sends one request, not fifty.
const PREVIEW_DELAY_MS = 250;

/**
 * The team's plan for the open quarter, in the app's own plan components. The server answers
 * every draft with the engine's problems and projection, and keeps the draft for a reload.
 */
export function TeamPlan({
  room,
  view,
  plan,
  format,
}: {
  room: Room;
  view: TeamView;
  /** the view's plan context (present while planning) */
  plan: PlanContext;
  format: FormatContext;
}) {
  const { t } = useTranslation('workshop');
  const levers = useMemo(() => selectLevers(), []);
  const [draft, setDraft] = useState<Decisions>(
    () => view.draft ?? view.submittedPlan ?? (view.defaultPlan as Decisions),
  );
  const [preview, setPreview] = useState<PlanPreview | null>(null);
  // The draft the server last answered: it is kept there, so a reload finds it.
  const [kept, setKept] = useState<Decisions | null>(null);
  const [submitError, setSubmitError] = useState<Refusal | null>(null);
  // Folded like the solo plan (issue 13, item 7): the whole plan and End quarter on one screen.
  const sections = usePlanSections();
  const say = useRefusalText();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      room.request('draft', { decisions: draft }).then(
        (answer: PlanPreview) => {
          setPreview(answer);
          setKept(draft);
        },
        () => setPreview(null),
      );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [room, draft]);

  const submitted =
    view.submittedPlan !== null && JSON.stringify(view.submittedPlan) === JSON.stringify(draft);
  return (
    <section aria-label={t('team.planLabel')}>
      <p
        className={submitted ? 'workshop-note good' : 'workshop-note'}
        data-testid="plan-state"
        role="status"
      >
        {submitted
          ? t('team.submitted')
          : view.submittedPlan
            ? t('team.changedSinceSubmit')
            : t('team.notSubmitted')}{' '}
        {kept === draft && !submitted && (
          <span className="muted" data-testid="draft-kept">
            {t('team.draftKept')}
          </span>
        )}
      </p>
      {view.forecastBaseline && (
        <ForecastPanel
          quarter={plan.quarter}
          baseline={view.forecastBaseline}
          recorded={view.forecast}
          onRecord={(forecast) =>
            ask(room, 'forecast', forecast).then((refusal) => refusal && say(refusal))
          }
        />
      )}
      <DecisionsPanel
        game={plan}
        levers={levers}
        draft={draft}
        onDraftChange={(next) => {
          setDraft(next);
          setSubmitError(null);
        }}
        problems={preview?.problems ?? []}
        projection={preview?.projection ?? undefined}
        onSubmit={() => {
          void ask(room, 'submit', { decisions: draft }).then(setSubmitError);
        }}
        format={format}
        submitError={submitError ? say(submitError) : undefined}
        sections={sections}
      />
    </section>
  );
}
