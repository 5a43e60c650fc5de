/**
 * The scenario a save was played on, among those the host holds with its id (the built-in one,
 * and each version of the player's own files it kept): the one whose content hash the save
 * names. A loaded scenario that reuses a built-in id with other numbers is thereby told apart.
 * Without a match the first candidate is returned, and the engine says the scenario changed.
 */
import type { HostApi, LoadedScenario } from '../../../shared/host-api';
import { parseScenario, scenarioHash, type Scenario } from '../../../sim/index';

export type ScenarioOfSave = { loaded: LoadedScenario; scenario: Scenario };

export async function scenarioOfSave(
  host: HostApi,
  named: { id: string; hash: string },
): Promise<ScenarioOfSave | null> {
  const found = await host.scenariosWithId(named.id);
  if (!found.ok) return null;
  const candidates = found.value.flatMap((loaded) => {
    const parsed = parseScenario(loaded.json);
    return parsed.ok ? [{ loaded, scenario: parsed.value }] : [];
  });
  const exact = named.hash
    ? candidates.find((candidate) => scenarioHash(candidate.scenario) === named.hash)
    : undefined;
  return exact ?? candidates[0] ?? null;
}
