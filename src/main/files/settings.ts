/** The desktop app's remembered settings (the chosen language), as JSON in its data folder. */
import type { HostSettings, Language } from '../../shared/host-api';
import { LANGUAGES } from '../../shared/host-api';
import { writeFileAtomically } from './atomic-write';
import { readJsonFile } from './read-file';

export async function readSettings(path: string): Promise<HostSettings> {
  const stored = await readJsonFile(path);
  const language = stored.ok ? (stored.value as { language?: unknown } | null)?.language : null;
  return { language: LANGUAGES.includes(language as Language) ? (language as Language) : null };
}

export async function writeSettings(path: string, settings: HostSettings): Promise<void> {
  await writeFileAtomically(path, `${JSON.stringify(settings, null, 2)}\n`);
}
