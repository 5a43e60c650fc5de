import type { Page } from '@playwright/test';
import { loadBuiltin } from '../../scenarios/builtin';
import { newGame, toSave } from '../../../src/sim/index';

/** A real save file of a fresh game, made by the engine as the app would. */
export function freshSave(scenarioFile = 'series-b-saas.json', seed = 42): unknown {
  return toSave(newGame(loadBuiltin(scenarioFile), seed));
}

/**
 * Puts an autosave into the browser host's IndexedDB (the record shape of
 * src/renderer/host/browser-db.ts), as if a game had autosaved. The page must have opened the
 * app once so the database exists.
 */
export async function seedAutosave(
  page: Page,
  record: { gameId: string; quarter: number; scenarioId: string; json: unknown },
): Promise<void> {
  await page.evaluate(
    (entry) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('vpoe-simulator'); // at whatever version the app made
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction('autosaves', 'readwrite');
          tx.objectStore('autosaves').put({
            ...entry,
            id: `${entry.gameId}/000001`,
            sequence: 1,
            savedAt: new Date().toISOString(),
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}

/**
 * Chooses a file through the start screen's "Open saved game…" button, as a player uploads a
 * save: `content` is the file's text, or a value written as JSON.
 */
export async function uploadSave(page: Page, name: string, content: unknown): Promise<void> {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open saved game…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}
