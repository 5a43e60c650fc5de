import { describe, expect, it } from 'vitest';
import { formatFixed, formatGameTable, formatMoney } from '../../src/cli/format';
import { REPORT_METRICS, type GameReport, type ReportMetric } from '../../src/cli/play';
import { MINUS, moneyText } from '../../src/sim/index';

/** A one-quarter report whose every metric is `value`. */
function reportOf(value: number): GameReport {
  const metrics = Object.fromEntries(REPORT_METRICS.map((k) => [k, value])) as Record<
    ReportMetric,
    number
  >;
  return {
    scenario: 'series-b-saas',
    seed: 1,
    quarters: [{ quarter: 1, metrics, choices: [] }],
    outcome: { status: 'bankrupt', score: 21.8, grade: 'F' },
  };
}

describe("the CLI's tables write figures as the product does", () => {
  it("money as the engine's moneyText, a negative amount with MINUS", () => {
    expect(formatMoney(-3_800_000, 'USD')).toBe(`${MINUS}$3.8M`);
    expect(formatMoney(-1_234_567_890, 'JPY')).toBe(moneyText(-1_234_567_890, 'JPY').en);
    expect(formatMoney(9_500, 'USD')).toBe('$9,500');
  });

  it('a negative figure with MINUS, and none on a figure that rounds to zero', () => {
    expect(formatFixed(-2.46, 1)).toBe(`${MINUS}2.5`);
    expect(formatFixed(-0.04, 1)).toBe('0.0');
    expect(formatFixed(3, 2)).toBe('3.00');
  });

  it('has no hyphen-minus before any figure of a quarter that went negative', () => {
    const table = formatGameTable(reportOf(-1_500_000), 'USD');
    expect(table).toContain(`${MINUS}$1.5M`);
    expect(table).toContain(`${MINUS}1500000.0`);
    expect(table).not.toMatch(/-\d|-[$¥]/);
  });
});
