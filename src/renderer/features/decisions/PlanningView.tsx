import { useMemo, useState } from 'react';
import {
  checkDecisions,
  defaultDecisions,
  previewQuarter,
  selectLevers,
  type Decisions,
  type Game,
  type Projection,
} from '../../../sim/index';
import type { FormatContext } from '../../components/format';
import { DecisionsPanel } from './DecisionsPanel';

export interface PlanningViewProps {
  game: Game;
  onSubmit: (decisions: Decisions) => void;
  format: FormatContext;
  submitError?: string;
}

/**
 * Holds the plan being edited for the current quarter and asks the engine, on every edit, whether
 * it is allowed (checkDecisions) and what it would do (previewQuarter).
 */
export function PlanningView({ game, onSubmit, format, submitError }: PlanningViewProps) {
  const levers = useMemo(() => selectLevers(), []);
  const [draft, setDraft] = useState<Decisions>(() => defaultDecisions(game));
  const problems = useMemo(() => checkDecisions(game, draft), [game, draft]);
  const projection = useMemo<Projection | undefined>(
    () => (problems.length === 0 ? previewQuarter(game, draft) : undefined),
    [game, draft, problems],
  );
  return (
    <DecisionsPanel
      game={game}
      levers={levers}
      draft={draft}
      onDraftChange={setDraft}
      problems={problems}
      projection={projection}
      onSubmit={() => onSubmit(draft)}
      format={format}
      submitError={submitError}
    />
  );
}
