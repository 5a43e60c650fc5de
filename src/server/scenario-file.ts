/** Reads a scenario file for the workshop server, with errors that name the file and the field. */
import { readFile } from 'node:fs/promises';
import { parseScenario, type Scenario } from '../sim/index';

export async function readScenarioFile(path: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read the scenario file ${path}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${path} is not JSON: ${(e as Error).message}`);
  }
  const parsed = parseScenario(json);
  if (!parsed.ok)
    throw new Error(
      `${path} is not a valid scenario:\n${parsed.error.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
    );
  return parsed.value;
}
