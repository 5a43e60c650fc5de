/**
 * The reference against the strongest fixed plan in each starting situation (model/situation.ts):
 * where reading the situation pays and where a schedule is as good. Computed from the hold-out
 * games already played (one score per seed and policy), so it costs no game.
 */
import type { LocalizedText } from '../../types';
import type { Scenario } from '../../scenario/schema';
import { situationOf } from '../../model/situation';
import { pairedComparison, type PairedComparison } from './compare';
import { mean } from '../stats';

export interface SituationComparison extends PairedComparison {
  situation: { id: string; title: LocalizedText };
  /** hold-out seeds that started in it */
  seeds: number;
  /** the reference's mean score there */
  reference: number;
}

/**
 * One row per situation the hold-out seeds met, in the scenario's order; none when the scenario
 * lists no situations. `reference` and `adversary` hold one score per hold-out seed 1..n.
 */
export function bySituation(
  scenario: Scenario,
  reference: readonly number[],
  adversary: readonly number[],
): SituationComparison[] {
  const rows: SituationComparison[] = [];
  for (const s of scenario.situations ?? []) {
    const ref: number[] = [];
    const adv: number[] = [];
    reference.forEach((score, i) => {
      if (situationOf(scenario, i + 1)?.id !== s.id) return;
      ref.push(score);
      adv.push(adversary[i] ?? 0);
    });
    if (ref.length === 0) continue;
    rows.push({
      situation: { id: s.id, title: s.title },
      seeds: ref.length,
      reference: mean(ref),
      ...pairedComparison(ref, adv),
    });
  }
  return rows;
}
