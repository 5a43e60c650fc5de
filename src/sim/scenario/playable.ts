/**
 * A scenario the engine can play: the schema's answer, plus the check the engine makes of every
 * plan (checkDecisions) run on the starting plan in quarter 1. Without it a scenario could pass
 * `validate` and then be refused when its first quarter is played (contractors or hiring over
 * the scenario's limits, a team size over maxTeamSize, duplicate risk mitigations).
 */
import { checkDecisions } from '../decisions';
import { newGame } from '../game';
import type { Result } from '../types';
import { parseScenarioSchema, type ScenarioIssue } from './parse';
import type { Scenario } from './schema';

export function parseScenario(json: unknown): Result<Scenario, ScenarioIssue[]> {
  const parsed = parseScenarioSchema(json);
  if (!parsed.ok) return parsed;
  const problems = checkDecisions(newGame(parsed.value, 1), parsed.value.startingDecisions);
  if (problems.length === 0) return parsed;
  return {
    ok: false,
    error: problems.map((p) => ({
      path: p.path === '' ? 'startingDecisions' : `startingDecisions.${p.path}`,
      message: p.reason.en,
    })),
  };
}
