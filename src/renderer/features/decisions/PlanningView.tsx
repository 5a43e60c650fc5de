import { useMemo, useState } from 'react';
import {
  checkDecisions,
  checkEndQuarter,
  needsConfirmation,
  defaultDecisions,
  previewQuarter,
  selectLevers,
  type Decisions,
  type EndQuarterCheck,
  type Game,
  type Projection,
} from '../../../sim/index';
import type { FormatContext } from '../../components/format';
import { MarketLine } from '../briefing/MarketLine';
import { EndQuarterConfirm } from '../endquarter/EndQuarterConfirm';
import { SoloForecast } from '../forecast/SoloForecast';
import { DecisionsPanel } from './DecisionsPanel';
import { RestoredPlanNote } from './RestoredPlanNote';
import { usePlanSections } from './usePlanSections';

export interface PlanningViewProps {
  game: Game;
  onSubmit: (decisions: Decisions) => void;
  format: FormatContext;
  submitError?: string;
  /** The plan to start from (an unsubmitted plan kept or restored); else last quarter's plan. */
  initialDraft?: Decisions | null;
  /** The plan was restored from the save: says so, and offers to start again from the default. */
  restored?: boolean;
  /** Every edit of the plan (so it can be kept and autosaved). */
  onDraftChange?: (decisions: Decisions) => void;
  /** The player went back to last quarter's plan. */
  onReset?: () => void;
}

/**
 * Holds the plan being edited for the current quarter and asks the engine, on every edit, whether
 * it is allowed (checkDecisions) and what it would do (previewQuarter). Ending the quarter with
 * a plan that changed nothing or leaves a warning open asks first (checkEndQuarter).
 */
export function PlanningView(props: PlanningViewProps) {
  const { game, onSubmit, format, submitError, restored, onDraftChange, onReset } = props;
  // Each lever's range narrowed to this game's limits (scenario caps, people to promote).
  const levers = useMemo(() => selectLevers(game), [game]);
  const basePlan = useMemo(() => defaultDecisions(game), [game]);
  const sections = usePlanSections();
  const [draft, setDraft] = useState<Decisions>(() => props.initialDraft ?? defaultDecisions(game));
  const change = (next: Decisions) => {
    setDraft(next);
    onDraftChange?.(next);
  };
  const reset = () => {
    setDraft(basePlan);
    onReset?.();
  };
  const [question, setQuestion] = useState<EndQuarterCheck | null>(null);
  const endQuarter = () => {
    const check = checkEndQuarter(game, draft);
    if (needsConfirmation(check)) setQuestion(check);
    else onSubmit(draft);
  };
  const problems = useMemo(() => checkDecisions(game, draft), [game, draft]);
  const projection = useMemo<Projection | undefined>(
    () => (problems.length === 0 ? previewQuarter(game, draft) : undefined),
    [game, draft, problems],
  );
  return (
    <>
      <MarketLine game={game} testId="plan-market" />
      {restored && <RestoredPlanNote firstQuarter={game.history.length === 0} onReset={reset} />}
      <DecisionsPanel
        game={game}
        levers={levers}
        draft={draft}
        onDraftChange={change}
        problems={problems}
        projection={projection}
        onSubmit={endQuarter}
        format={format}
        submitError={submitError}
        basePlan={basePlan}
        sections={sections}
      >
        <SoloForecast game={game} format={format} />
      </DecisionsPanel>
      {question && (
        <EndQuarterConfirm
          quarter={game.quarter}
          check={question}
          onCancel={() => setQuestion(null)}
          onConfirm={() => {
            setQuestion(null);
            onSubmit(draft);
          }}
        />
      )}
    </>
  );
}
