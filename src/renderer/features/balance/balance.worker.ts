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

export interface BalanceRequest {
  /** the scenario file's parsed JSON (a built-in or the player's own file) */
  scenarioJson: unknown;
  settings: LabSettings;
}

export type BalanceMessage =
  | { type: 'progress'; progress: LabProgress }
  | { type: 'done'; report: BalanceReport }
  | { type: 'failed'; message: string };

self.onmessage = (event: MessageEvent<BalanceRequest>) => {
  const post = (message: BalanceMessage) => self.postMessage(message);
  const { scenarioJson, settings } = event.data;
  const parsed = parseScenario(scenarioJson);
  if (!parsed.ok) {
    post({
      type: 'failed',
      message: parsed.error.map((i) => `${i.path || '(scenario)'}: ${i.message}`).join('; '),
    });
    return;
  }
  const scenario = parsed.value;
  runBalanceLab(scenario, settings, inThreadEvaluator(scenario, 10), (progress) =>
    post({ type: 'progress', progress }),
  ).then(
    (report) => post({ type: 'done', report }),
    (error: unknown) =>
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
