/**
 * The driver that moved the metric most the way it went (a fall is not explained by the revenue
 * that came in, but by the largest outflow); by size either way when it did not move; none when
 * nothing moved.
 */
export function largestPart<P extends { value: number }>(
  parts: P[],
  change: number,
): P | undefined {
  const toward = (v: number) => (change === 0 ? Math.abs(v) : Math.sign(change) * v);
  let best: P | undefined;
  for (const p of parts)
    if (toward(p.value) > 0 && (!best || toward(p.value) > toward(best.value))) best = p;
  return best;
}
