/**
 * A recharts tooltip formatter that writes a number as the chart's axis and tables write it
 * (recharts also passes names and arrays, which are shown as they are).
 */
export const tooltipValue =
  (write: (value: number) => string) =>
  (v: unknown): string =>
    typeof v === 'number' ? write(v) : String(v);
