/**
 * The scripted play of the end-to-end game test, shared by the browser side (what to click) and
 * the node side (the same decisions as an engine Policy), so both must reach the same result.
 */
import { rebalanceAllocation } from '../../src/renderer/features/decisions/allocation';
import type { Decisions } from '../../src/sim/index';

export const SCENARIO_ID = 'series-b-saas';
export const SEED = 4242;

export type AllocationKey = keyof Decisions['allocation'];
export type PlanEdit =
  | { kind: 'allocation'; share: AllocationKey; percent: number }
  | {
      kind: 'hire';
      role: 'product' | 'platform' | 'security' | 'data';
      level: 'junior' | 'senior' | 'staff' | 'manager';
      count: number;
    };

/** The edits the player makes in a quarter's plan, on top of the engine's default plan. */
export function editsFor(quarter: number): PlanEdit[] {
  switch (quarter) {
    case 1:
      return [
        { kind: 'allocation', share: 'debtPaydown', percent: 20 },
        { kind: 'hire', role: 'product', level: 'senior', count: 2 },
      ];
    case 3:
      return [{ kind: 'hire', role: 'product', level: 'senior', count: 0 }];
    case 4:
      return [{ kind: 'allocation', share: 'reliability', percent: 15 }];
    case 7:
      return [{ kind: 'allocation', share: 'features', percent: 55 }];
    default:
      return [];
  }
}

/** Applies a quarter's edits to the default plan exactly as the UI does. */
export function applyEdits(decisions: Decisions, quarter: number): Decisions {
  let next: Decisions = structuredClone(decisions);
  for (const edit of editsFor(quarter)) {
    if (edit.kind === 'allocation') {
      // The UI test moves the slider with the arrow keys: one rebalance per point.
      let allocation = next.allocation;
      while (allocation[edit.share] !== edit.percent) {
        const dir = allocation[edit.share] < edit.percent ? 1 : -1;
        allocation = rebalanceAllocation(allocation, edit.share, allocation[edit.share] + dir);
      }
      next = { ...next, allocation };
    } else {
      const others = next.talent.hiring.filter(
        (l) => !(l.role === edit.role && l.level === edit.level),
      );
      const lines =
        edit.count > 0
          ? [...others, { role: edit.role, level: edit.level, count: edit.count }]
          : others;
      // The UI lists non-zero cells in role then level order.
      const roles = ['product', 'platform', 'security', 'data'];
      const levels = ['junior', 'senior', 'staff', 'manager'];
      lines.sort(
        (a, b) =>
          roles.indexOf(a.role) - roles.indexOf(b.role) ||
          levels.indexOf(a.level) - levels.indexOf(b.level),
      );
      next = { ...next, talent: { ...next.talent, hiring: lines } };
    }
  }
  return next;
}

/** Which option the player picks for an event: varies with the quarter and the queue position. */
export function optionIndex(quarter: number, position: number, optionCount: number): number {
  return (quarter + position) % optionCount;
}
