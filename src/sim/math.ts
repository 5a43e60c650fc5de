/**
 * Exponentials and logarithms that give the same bits on every JavaScript engine.
 *
 * Math.exp, Math.pow and Math.log10 are only required to be approximations, and V8 versions
 * differ in the last bit (Node 20 and Chromium 156 gave different mttrHours for the same
 * game). One bit is enough to make a save written in the browser "diverge" when the CLI or
 * the desktop app replays it, so the engine uses stdlib's ports of FreeBSD's msun, which use
 * only IEEE-754 arithmetic (+ - * / and sqrt are exactly rounded everywhere).
 */
import stdlibExp from '@stdlib/math-base-special-exp';
import stdlibPow from '@stdlib/math-base-special-pow';
import stdlibLog10 from '@stdlib/math-base-special-log10';
import stdlibLog2 from '@stdlib/math-base-special-log2';

export const exp: (x: number) => number = stdlibExp;
export const pow: (base: number, exponent: number) => number = stdlibPow;
export const log10: (x: number) => number = stdlibLog10;
export const log2: (x: number) => number = stdlibLog2;

/** Hyperbolic tangent from exp (Math.tanh is an approximation too). */
export function tanh(x: number): number {
  const e = exp(-2 * Math.abs(x));
  const t = (1 - e) / (1 + e);
  return x < 0 ? -t : t;
}

/** x^4 (annualising a quarterly ratio) with two exactly rounded multiplications, no pow. */
export function pow4(x: number): number {
  const x2 = x * x;
  return x2 * x2;
}

/** v limited to [lo, hi]. */
export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
