/**
 * The plans earlier full searches found for the built-in scenarios (docs/balance/plans, the
 * CLI's `--plan-library`), bundled so that the app's Balance lab starts its search from them as
 * the CLI does: a built-in scenario is judged against every plan found before, not only against
 * what a short search in the browser finds. Loaded when a lab starts, not with the page.
 */
const libraries = import.meta.glob<unknown>('../../../../docs/balance/plans/*.json', {
  import: 'default',
});

/** The kept plans' library for a built-in scenario id, or undefined when none is kept. */
export async function keptPlansFor(scenarioId: string): Promise<unknown> {
  const entry = Object.entries(libraries).find(([path]) => path.endsWith(`/${scenarioId}.json`));
  return entry ? entry[1]() : undefined;
}
