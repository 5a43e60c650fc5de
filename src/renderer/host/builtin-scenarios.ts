/**
 * The built-in scenarios, bundled at build time for the browser host (the desktop host reads the
 * same scenarios/ folder from disk).
 */
const files = import.meta.glob<unknown>('../../../scenarios/*.json', {
  eager: true,
  import: 'default',
});

export type BundledScenario = { fileName: string; json: unknown };

export const BUNDLED_SCENARIOS: BundledScenario[] = Object.entries(files)
  .map(([path, json]) => ({ fileName: path.slice(path.lastIndexOf('/') + 1), json }))
  .sort((a, b) => a.fileName.localeCompare(b.fileName));
