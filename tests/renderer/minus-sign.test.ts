import { describe, expect, it } from 'vitest';
import { MINUS, moneyText } from '../../src/sim/index';
import {
  formatDelta,
  formatFraction,
  formatMoney,
  formatNumber,
  formatSigned,
  formatValue,
  type FormatContext,
} from '../../src/renderer/components/format';

const en: FormatContext = { locale: 'en-US', currency: 'USD' };
const ja: FormatContext = { locale: 'ja-JP', currency: 'JPY' };

describe('one minus sign for every negative figure (U+2212, as a change is written)', () => {
  it('writes a negative amount of money as a fall in it is written', () => {
    // A bankrupt game's last report read 'Cash: $2.5M → -$3.8M' beside changes such as '−$1.2M'.
    expect(formatMoney(-3_800_000, en)).toBe('−$3.8M');
    expect(formatDelta(-3_800_000, 'money', en)).toBe('−$3.8M');
    expect(formatMoney(-380_000_000, ja)).toBe('−3.8億円');
    expect(moneyText(-9_500, 'USD')).toEqual({ en: '−$9,500', ja: '−9,500ドル' });
  });

  it('writes negative plain numbers, percentages and signed figures with the same sign', () => {
    for (const ctx of [en, ja]) {
      expect(formatNumber(-2.54, ctx)).toBe('−2.5');
      expect(formatFraction(-0.125, ctx)).toBe('−12.5%');
      expect(formatValue(-3, 'percent', ctx)).toBe('−3%');
      expect(formatSigned(-9, ctx)).toBe('−9');
      expect(formatSigned(1.26, ctx)).toBe('+1.3');
      expect(formatSigned(-0.01, ctx)).toBe('±0');
    }
    expect(MINUS).toBe('\u2212');
  });

  it('leaves no hyphen-minus in front of any negative figure it formats', () => {
    const shown = [-0.5, -12, -1234.5, -1e7].flatMap((v) =>
      [en, ja].flatMap((ctx) => [
        formatNumber(v, ctx),
        formatMoney(v, ctx),
        formatSigned(v, ctx),
        formatFraction(v / 1e7, ctx, 3),
      ]),
    );
    expect(shown.filter((s) => s.includes('-'))).toEqual([]);
  });
});
