/**
 * Capacity-allocation input logic: the player drags one share, the others are
 * rebalanced so that the shares always total exactly `total` points (100 %).
 * This is input handling, not model arithmetic: the engine still validates the plan.
 */
export type Allocation<K extends string> = Record<K, number>;

/** Sum of the shares, in points. */
export function allocationTotal<K extends string>(allocation: Allocation<K>): number {
  return (Object.values(allocation) as number[]).reduce((sum, share) => sum + share, 0);
}

/**
 * Set `key` to `value` (clamped to 0..total, rounded to a multiple of `step`) and scale the other
 * shares in proportion to their current size so the total stays `total` (a one-point move
 * comes from the largest share, because rounding keeps the small ones whole). When the others are all
 * zero, the remainder is spread evenly. Rounding leftovers go to the largest remainders first so
 * that the result is made of whole steps and sums exactly to `total`.
 */
export function rebalanceAllocation<K extends string>(
  allocation: Allocation<K>,
  key: K,
  value: number,
  total = 100,
  step = 1,
): Allocation<K> {
  if (!(key in allocation)) throw new Error(`rebalanceAllocation: unknown share "${key}"`);
  if (!Number.isFinite(value))
    throw new Error(`rebalanceAllocation: share "${key}" is not a number`);
  if (step <= 0 || total % step !== 0) {
    throw new Error(`rebalanceAllocation: step ${step} must divide total ${total}`);
  }
  const units = total / step;
  const keys = Object.keys(allocation) as K[];
  const others = keys.filter((k) => k !== key);
  const chosenUnits = Math.min(units, Math.max(0, Math.round(value / step)));
  if (others.length === 0) return { ...allocation, [key]: units * step };

  const remainingUnits = units - chosenUnits;
  const otherWeights = others.map((k) => Math.max(0, allocation[k]));
  const weightSum = otherWeights.reduce((a, b) => a + b, 0);
  const exact = otherWeights.map((w) =>
    weightSum > 0 ? (w / weightSum) * remainingUnits : remainingUnits / others.length,
  );
  const floors = exact.map((x) => Math.floor(x));
  let leftover = remainingUnits - floors.reduce((a, b) => a + b, 0);
  // Largest remainder first; ties go to the earlier share so the result is deterministic.
  const order = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (leftover <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    leftover -= 1;
  }
  const next = { ...allocation, [key]: chosenUnits * step } as Allocation<K>;
  others.forEach((k, i) => {
    next[k] = (floors[i] ?? 0) * step;
  });
  return next;
}
