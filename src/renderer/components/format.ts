/**
 * Locale-aware formatting of the engine's numbers by their unit. Formatting only: values are
 * shown as the engine gives them (fractions are rendered by Intl's percent style, not rescaled).
 */
import {
  MINUS,
  moneyText,
  RUNWAY_NOT_BURNING,
  type CommitmentMeasure,
  type LocalizedText,
  type MoneyCurrency,
} from '../../sim/index';

export type Currency = MoneyCurrency;

/** What a plain number, a percentage or a signed figure needs: the reader's locale. */
export interface NumberContext {
  locale: string;
}

export interface FormatContext extends NumberContext {
  currency: Currency;
}

// Building an Intl.NumberFormat costs far more than using one, and a dashboard formats hundreds of
// values per quarter: formatters are kept per locale and options.
const formatters = new Map<string, Intl.NumberFormat>();
function cachedFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

function number(ctx: NumberContext, maxDigits: number, options: Intl.NumberFormatOptions = {}) {
  return cachedFormat(ctx.locale, { maximumFractionDigits: maxDigits, ...options });
}

/** The reader's language of a text given in both (the context's locale). */
function inLanguage(text: LocalizedText, ctx: FormatContext): string {
  return ctx.locale.startsWith('ja') ? text.ja : text.en;
}

/**
 * Money in the scenario's currency, compact for large amounts ("$39.3M"; "3,930万ドル",
 * "6.9億円"): the engine's moneyText, so a figure on screen reads as the narrative writes it.
 */
export function formatMoney(value: number, ctx: FormatContext): string {
  return inLanguage(moneyText(value, ctx.currency), ctx);
}

/** Intl writes a negative number with a hyphen-minus; every figure on screen uses MINUS. */
function withMinus(text: string): string {
  return text.replace('-', MINUS);
}

/** What is shown where there is no figure (a measure with nothing to measure). */
export const NO_FIGURE = '—';

/** A 0-1 fraction as a percentage. */
export function formatFraction(value: number, ctx: NumberContext, digits = 1): string {
  if (!Number.isFinite(value)) return NO_FIGURE;
  return withMinus(number(ctx, digits, { style: 'percent' }).format(value));
}

/** Any plain number with at most `digits` decimals ("−2.5" when negative). */
export function formatNumber(value: number, ctx: NumberContext, digits = 1): string {
  if (!Number.isFinite(value)) return NO_FIGURE;
  return withMinus(number(ctx, digits).format(value));
}

/** A figure `body` (shown without sign) signed by `value`; ± when it reads as `zero`. */
function signed(value: number, body: string, zero: string): { text: string; sign: -1 | 0 | 1 } {
  const sign = value === 0 || body === zero ? 0 : value > 0 ? 1 : -1;
  return { text: `${sign > 0 ? '+' : sign < 0 ? MINUS : '±'}${body}`, sign };
}

/** A signed plain number: "+1.3", "−2.5", "±0" (a figure that rounds to 0 has no direction). */
export function formatSigned(value: number, ctx: NumberContext, digits = 1): string {
  if (!Number.isFinite(value)) return NO_FIGURE;
  return signed(value, formatNumber(Math.abs(value), ctx, digits), formatNumber(0, ctx, digits))
    .text;
}

/** A commitment's target or actual figure in its measure's unit (requests and reports). */
export function formatCommitmentFigure(
  measure: CommitmentMeasure,
  value: number,
  ctx: FormatContext,
): string {
  switch (measure) {
    case 'costPerQuarter':
      return formatMoney(value, ctx);
    case 'attritionRate':
      return formatFraction(value, ctx);
    case 'featuresDelivered':
      return formatNumber(value, ctx, 1);
    default:
      return formatNumber(value, ctx, 0);
  }
}

/**
 * Formats a value for its unit. Units are the engine's Kpi/Lever unit strings; unknown units fall
 * back to a plain number followed by the unit so nothing is hidden.
 */
export function formatValue(value: number, unit: string, ctx: FormatContext): string {
  if (!Number.isFinite(value)) return NO_FIGURE;
  switch (unit) {
    case 'currency':
    case 'money':
      return formatMoney(value, ctx);
    case 'fraction':
    case 'share':
    case 'ratio':
      return formatFraction(value, ctx);
    case 'availability':
      return formatFraction(value, ctx, 2);
    case 'percent':
    case '%':
      return `${formatNumber(value, ctx, 1)}%`;
    case 'pp':
      return `${formatNumber(value, ctx, 1)} pt`;
    case 'multiple':
    case 'x':
      return `${formatNumber(value, ctx, 2)}×`;
    case 'people':
    case 'count':
    case 'teams':
    case 'incidents':
      return formatNumber(value, ctx, 1);
    case 'score':
    case 'index':
    case 'points':
      return formatNumber(value, ctx, 1);
    case 'runway':
      return value >= RUNWAY_NOT_BURNING
        ? inLanguage(NOT_BURNING, ctx)
        : `${formatNumber(value, ctx, 1)}${suffix('quarters', ctx)}`;
    case 'quarters':
    case 'days':
    case 'hours':
    case 'minutes':
    case 'per day':
      return `${formatNumber(value, ctx, 1)}${suffix(unit, ctx)}`;
    default:
      return `${formatNumber(value, ctx, 2)} ${unit}`.trim();
  }
}

/**
 * A change as it is shown: signed text for the unit ("+3.2%", "−$12M") and its sign after the
 * rounding of that text, so that a change too small to show (availability down 0.001%) reads
 * "±0%" as no change rather than "−0%" with a falling arrow.
 */
export function shownChange(
  delta: number,
  unit: string,
  ctx: FormatContext,
): { text: string; sign: -1 | 0 | 1 } {
  if (!Number.isFinite(delta)) return { text: NO_FIGURE, sign: 0 };
  return signed(delta, formatValue(Math.abs(delta), unit, ctx), formatValue(0, unit, ctx));
}

/** A signed change for the same unit, e.g. "+3.2%" or "−¥12M" (shownChange's text). */
export function formatDelta(delta: number, unit: string, ctx: FormatContext): string {
  return shownChange(delta, unit, ctx).text;
}

/** Runway when the company does not burn cash (the engine's RUNWAY_NOT_BURNING). */
const NOT_BURNING: LocalizedText = { en: 'Not burning cash', ja: '資金流出なし' };

/** Time units in the reader's language ("3.5 days" / "3.5日"). */
const SUFFIXES: Record<string, LocalizedText> = {
  quarters: { en: ' quarters', ja: '四半期' },
  days: { en: ' days', ja: '日' },
  hours: { en: ' h', ja: '時間' },
  minutes: { en: ' min', ja: '分' },
  'per day': { en: '/day', ja: '回/日' },
};

function suffix(unit: string, ctx: FormatContext): string {
  const s = SUFFIXES[unit];
  if (!s) return ` ${unit}`;
  return inLanguage(s, ctx);
}
