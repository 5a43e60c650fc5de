/**
 * The plan the player is editing for the current quarter, kept above the planning view so it
 * survives switching views and is saved with the game (GameFileControls' autosave) until it is
 * submitted. A game resumed with an unsubmitted plan starts from it.
 */
import { useCallback, useState } from 'react';
import type { Decisions, Game } from '../../../sim/index';

type EditedPlan = { quarter: number; decisions: Decisions; restored: boolean };

export interface PlanDraft {
  /** The edited plan of the quarter being planned; null while untouched (or outside planning). */
  draft: Decisions | null;
  /** True while the plan shown is the one restored from the save. */
  restored: boolean;
  edit: (decisions: Decisions) => void;
  /** Back to the engine's default plan (last quarter's decisions). */
  reset: () => void;
}

export function usePlanDraft(game: Game, restoredDraft: Decisions | null): PlanDraft {
  const [plan, setPlan] = useState<EditedPlan | null>(() =>
    restoredDraft && game.phase === 'planning'
      ? { quarter: game.quarter, decisions: restoredDraft, restored: true }
      : null,
  );
  const current = plan && game.phase === 'planning' && plan.quarter === game.quarter ? plan : null;
  const quarter = game.quarter;
  const edit = useCallback(
    (decisions: Decisions) =>
      setPlan((p) => ({
        quarter,
        decisions,
        restored: p !== null && p.quarter === quarter && p.restored,
      })),
    [quarter],
  );
  const reset = useCallback(() => setPlan(null), []);
  // A quarter taken back (undo-submit) returns with its plan as the game's draft.
  const taken = game.phase === 'planning' ? (game.draft ?? null) : null;
  return {
    draft: current?.decisions ?? taken,
    restored: current?.restored ?? false,
    edit,
    reset,
  };
}
