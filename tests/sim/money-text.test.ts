import { describe, expect, it } from 'vitest';
import { describeEvent, moneyText } from '../../src/sim/index';

describe('moneyText: one way to write an amount, in both languages', () => {
  it('writes large yen amounts in 万 and 億 in Japanese, in M and B in English', () => {
    expect(moneyText(694_436_516, 'JPY')).toEqual({ en: '¥694.4M', ja: '6.9億円' });
    expect(moneyText(38_488_000, 'JPY')).toEqual({ en: '¥38.5M', ja: '3,848.8万円' });
    expect(moneyText(2_500_000_000, 'JPY')).toEqual({ en: '¥2.5B', ja: '25億円' });
  });

  it('writes dollars with the same 万 and 億 in Japanese', () => {
    expect(moneyText(39_300_000, 'USD')).toEqual({ en: '$39.3M', ja: '3,930万ドル' });
    expect(moneyText(24_000_000, 'USD')).toEqual({ en: '$24M', ja: '2,400万ドル' });
    expect(moneyText(12_500, 'USD')).toEqual({ en: '$12.5K', ja: '1.3万ドル' });
  });

  it('writes small amounts in full and keeps the sign of a loss in front', () => {
    expect(moneyText(9_500, 'USD')).toEqual({ en: '$9,500', ja: '9,500ドル' });
    expect(moneyText(0, 'JPY')).toEqual({ en: '¥0', ja: '0円' });
    expect(moneyText(-1_234_567, 'USD')).toEqual({ en: '−$1.2M', ja: '−123.5万ドル' });
  });

  it('is what the narrative writes (a breach of 694,436,516 yen)', () => {
    const text = describeEvent({ kind: 'breach', params: { cost: 694_436_516 } } as never, {
      currency: 'JPY',
      initiatives: [],
      deck: { useBaseDeck: true, exclude: [], dilemmas: [], requests: [] },
    });
    expect(text.en).toContain('¥694.4M');
    expect(text.ja).toContain('6.9億円');
    expect(text.en).not.toMatch(/\d{1,3}(,\d{3}){2}/);
  });
});
