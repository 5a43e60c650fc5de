/**
 * Architecture initiatives progress by the capacity they take (INITIATIVE_SHARE each); a
 * finished one applies its effects at once, is reported, and stays finished: it keeps its
 * place in the state at progress 1 and never runs (or pays out) again.
 */
import { applyEffects } from '../model/effects';
import type { InitiativeState } from '../types';
import { INITIATIVE_SHARE } from './capacity';
import type { QuarterContext } from './context';

/** Whether initiative `id` has been completed in this game. */
export function isFinished(initiatives: readonly InitiativeState[], id: string): boolean {
  for (const x of initiatives) if (x.id === id) return x.progress >= 1;
  return false;
}

/** Initiatives the decisions run this quarter: chosen, in the catalogue and not yet finished. */
export function runningInitiatives(q: Pick<QuarterContext, 's' | 'd' | 'scenario'>): number {
  let n = 0;
  for (const id of q.d.initiatives)
    if (!isFinished(q.s.initiatives, id) && q.scenario.initiatives.some((x) => x.id === id)) n++;
  return n;
}

export function progressInitiatives(q: QuarterContext, capacity: number): void {
  const { s, quarter } = q;
  const completed: string[] = [];
  const next = s.initiatives.filter((x) => x.progress >= 1);
  for (const id of q.d.initiatives) {
    const def = q.scenario.initiatives.find((x) => x.id === id);
    if (!def || isFinished(s.initiatives, id)) continue;
    const cur = s.initiatives.find((x) => x.id === id);
    const progress =
      (cur ? cur.progress : 0) + (INITIATIVE_SHARE * capacity) / def.effortEngineerQuarters;
    const startedQuarter = cur ? cur.startedQuarter : quarter;
    if (progress >= 1) {
      completed.push(id);
      applyEffects(s, def.onComplete, q.fx);
      next.push({ id, progress: 1, startedQuarter });
    } else next.push({ id, progress, startedQuarter });
  }
  s.initiatives = next;
  for (const id of completed)
    q.events.push({
      id: `q${quarter}-initiative-${id}`,
      kind: 'initiative-complete',
      params: { initiative: id },
    });
}
