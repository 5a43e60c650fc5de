/**
 * Number formatting for engine texts without Intl (fast, and identical on every machine).
 */

/** 1234567.8 -> "1,234,568" */
export function groupThousands(n: number): string {
  const r = Math.round(n);
  const neg = r < 0;
  let digits = String(neg ? -r : r);
  let out = '';
  while (digits.length > 3) {
    out = `,${digits.slice(-3)}${out}`;
    digits = digits.slice(0, -3);
  }
  return (neg ? '-' : '') + digits + out;
}
