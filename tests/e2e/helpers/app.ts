import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export type ScenarioTitles = {
  id: string;
  fileName: string;
  difficulty: number;
  en: string;
  ja: string;
};

/** The built-in scenarios' titles, read from scenarios/ as the app should list them. */
export function builtInScenarioTitles(): ScenarioTitles[] {
  const dir = join(process.cwd(), 'scenarios');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const json = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
        id: string;
        difficulty: number;
        title: { en: string; ja: string };
      };
      return {
        id: json.id,
        fileName: name,
        difficulty: json.difficulty,
        en: json.title.en,
        ja: json.title.ja,
      };
    });
}

/** Collects console errors and uncaught exceptions, so a test can assert there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
