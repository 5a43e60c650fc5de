/**
 * Number formatting for the texts the player reads, without Intl (fast, and identical on every
 * machine): the engine's narrative and request texts and the app's screens format money here, so
 * an amount reads the same wherever it appears.
 */
import type { LocalizedText } from './types';

/**
 * A name that Japanese text follows: a Latin one ("CEO") is set off by one space ("CEO の信頼"),
 * the typography rule of every Japanese text (tests/renderer/i18n/japanese-style.test.ts).
 */
export function jaName(name: string): string {
  return /[A-Za-z][A-Za-z0-9]*( [0-9]+)?$/.test(name) ? `${name} ` : name;
}

/**
 * The sign of every negative figure a player reads, in the engine's texts and on the app's
 * screens alike: U+2212, the minus a change is written with ("−$3.8M", "−2.5"), never the
 * hyphen-minus that Intl and String() give.
 */
export const MINUS = '\u2212';

/** 1234567.8 -> "1,234,568"; -1234 -> "−1,234" (MINUS) */
export function groupThousands(n: number): string {
  const r = Math.round(n);
  const neg = r < 0;
  let digits = String(neg ? -r : r);
  let out = '';
  while (digits.length > 3) {
    out = `,${digits.slice(-3)}${out}`;
    digits = digits.slice(0, -3);
  }
  return (neg ? MINUS : '') + digits + out;
}

/** `n` to one decimal, grouped, without a trailing ".0": 3848.84 -> "3,848.8", 24 -> "24". */
function oneDecimal(n: number): string {
  const tenths = Math.round(n * 10);
  const whole = groupThousands(Math.trunc(tenths / 10));
  const rest = Math.abs(tenths % 10);
  return rest === 0 ? whole : `${whole}.${rest}`;
}

export type MoneyCurrency = 'JPY' | 'USD';

// Japanese counts large amounts in 万 (10^4) and 億 (10^8); English in K, M and B.
const JA_UNITS = [
  { size: 1e8, name: '億' },
  { size: 1e4, name: '万' },
] as const;
const EN_UNITS = [
  { size: 1e9, name: 'B' },
  { size: 1e6, name: 'M' },
  { size: 1e4, name: 'K', divisor: 1e3 },
] as const;

/**
 * An amount of the scenario's currency as both languages write it, compact from 10,000 on:
 * en "$39.3M", "¥694.4M", "$9,500"; ja "3,930万ドル", "6.9億円", "9,500円". Negative amounts keep
 * their sign, MINUS, in front ("−$1.2M", "−1.2億円").
 */
export function moneyText(amount: number, currency: MoneyCurrency): LocalizedText {
  const sign = amount < 0 ? MINUS : '';
  const a = Math.abs(amount);
  const en = EN_UNITS.find((u) => a >= u.size);
  const ja = JA_UNITS.find((u) => a >= u.size);
  const enNumber = en
    ? `${oneDecimal(a / ('divisor' in en ? en.divisor : en.size))}${en.name}`
    : groupThousands(a);
  const jaNumber = ja ? `${oneDecimal(a / ja.size)}${ja.name}` : groupThousands(a);
  const symbol = currency === 'JPY' ? '¥' : '$';
  const word = currency === 'JPY' ? '円' : 'ドル';
  return { en: `${sign}${symbol}${enNumber}`, ja: `${sign}${jaNumber}${word}` };
}
