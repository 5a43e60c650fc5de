/**
 * Issue 13 (text): a company that does not burn cash showed "Runway 99 quarters", the engine's
 * finite stand-in for "no limit". Runway is shown through its own unit: a count of quarters
 * while cash runs down, "not burning cash" at the engine's RUNWAY_NOT_BURNING.
 */
import { describe, expect, it } from 'vitest';
import { formatValue, type FormatContext } from '../../src/renderer/components/format';
import { KPI_DEFS, RUNWAY_NOT_BURNING } from '../../src/sim/index';

const en: FormatContext = { locale: 'en-US', currency: 'USD' };
const ja: FormatContext = { locale: 'ja-JP', currency: 'JPY' };

describe('runway as shown', () => {
  it('is the runway unit wherever the engine describes the KPI', () => {
    expect(KPI_DEFS.find((k) => k.id === 'runwayQuarters')?.unit).toBe('runway');
  });

  it('counts quarters while the company burns cash', () => {
    expect(formatValue(10.94, 'runway', en)).toBe('10.9 quarters');
    expect(formatValue(10.94, 'runway', ja)).toBe('10.9四半期');
    expect(formatValue(RUNWAY_NOT_BURNING - 0.5, 'runway', en)).toBe('98.5 quarters');
  });

  it('says the company is not burning cash instead of a capped number of quarters', () => {
    expect(formatValue(RUNWAY_NOT_BURNING, 'runway', en)).toBe('Not burning cash');
    expect(formatValue(RUNWAY_NOT_BURNING, 'runway', ja)).toBe('資金流出なし');
    expect(formatValue(RUNWAY_NOT_BURNING, 'runway', en)).not.toMatch(/99/);
  });
});
