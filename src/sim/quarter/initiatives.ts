/**
 * Architecture initiatives progress by the capacity they take (INITIATIVE_SHARE each); a
 * finished one applies its effects at once and is reported.
 */
import { applyEffects } from '../model/effects';
import { INITIATIVE_SHARE } from './capacity';
import type { QuarterContext } from './context';

export function progressInitiatives(q: QuarterContext, capacity: number): void {
  const { s, quarter } = q;
  const completed: string[] = [];
  const next = [];
  for (const id of q.d.initiatives) {
    const def = q.scenario.initiatives.find((x) => x.id === id);
    if (!def) continue;
    const cur = s.initiatives.find((x) => x.id === id);
    const progress =
      (cur ? cur.progress : 0) + (INITIATIVE_SHARE * capacity) / def.effortEngineerQuarters;
    if (progress >= 1) {
      completed.push(id);
      applyEffects(s, def.onComplete, q.fx);
    } else next.push({ id, progress, startedQuarter: cur ? cur.startedQuarter : quarter });
  }
  s.initiatives = next;
  for (const id of completed)
    q.events.push({
      id: `q${quarter}-initiative-${id}`,
      kind: 'initiative-complete',
      params: { initiative: id },
    });
}
