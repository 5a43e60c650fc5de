import { MINUS } from '../../../sim/index';

/** A small signed worth in points (two decimals), with the product's minus sign. */
export const signedWorth = (x: number): string =>
  Number.isFinite(x) ? `${x > 0 ? '+' : x < 0 ? MINUS : ''}${Math.abs(x).toFixed(2)}` : '–';
