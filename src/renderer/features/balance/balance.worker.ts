/**
 * Web Worker for the Balance lab: the engine parses the scenario and runs the lab here, off the
 * page's thread. The page only shows what the engine reports; it cancels by terminating.
 */
import {
  inThreadEvaluator,
  parsePlanLibrary,
  parseScenario,
  runBalanceLab,
  type BalanceReport,
  type KeptPlan,
  type LabProgress,
  type LabSettings,
} from '../../../sim/index';
import { serveRuns } from '../../components/worker/protocol';

export interface BalanceRequest {
  /** the scenario file's parsed JSON (a built-in or the player's own file) */
  scenarioJson: unknown;
  settings: LabSettings;
  /**
   * the plans earlier searches found for a built-in scenario (docs/balance/plans, bundled): the
   * search starts from them, as the CLI's `--plan-library` does
   */
  planLibraryJson?: unknown;
}

serveRuns<BalanceRequest, LabProgress, BalanceReport>(
  ({ scenarioJson, settings, planLibraryJson }, progress) => {
    const parsed = parseScenario(scenarioJson);
    if (!parsed.ok)
      throw new Error(
        parsed.error.map((i) => `${i.path || '(scenario)'}: ${i.message}`).join('; '),
      );
    const scenario = parsed.value;
    let kept: KeptPlan[] = [];
    if (planLibraryJson !== undefined) {
      const library = parsePlanLibrary(planLibraryJson, scenario);
      if (!library.ok) throw new Error(`the kept plans: ${library.problems.join('; ')}`);
      kept = library.value.library.plans;
    }
    return runBalanceLab(scenario, settings, inThreadEvaluator(scenario, 10), progress, kept);
  },
);
