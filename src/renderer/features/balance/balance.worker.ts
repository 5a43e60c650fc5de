/**
 * Web Worker for the Balance lab: the engine parses the scenario and runs the lab here, off the
 * page's thread. The page only shows what the engine reports; it cancels by terminating.
 */
import {
  inThreadEvaluator,
  parseScenario,
  runBalanceLab,
  type BalanceReport,
  type LabProgress,
  type LabSettings,
} from '../../../sim/index';
import { serveRuns } from '../../components/worker/protocol';

export interface BalanceRequest {
  /** the scenario file's parsed JSON (a built-in or the player's own file) */
  scenarioJson: unknown;
  settings: LabSettings;
}

serveRuns<BalanceRequest, LabProgress, BalanceReport>(({ scenarioJson, settings }, progress) => {
  const parsed = parseScenario(scenarioJson);
  if (!parsed.ok)
    throw new Error(parsed.error.map((i) => `${i.path || '(scenario)'}: ${i.message}`).join('; '));
  const scenario = parsed.value;
  return runBalanceLab(scenario, settings, inThreadEvaluator(scenario, 10), progress);
});
