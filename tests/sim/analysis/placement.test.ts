import { describe, expect, it } from 'vitest';
import { placement } from '../../../src/sim/index';

/** Thirty seeds of a score that varies with the seed, shifted by `shift`, with `jitter` of noise. */
const seeds = (shift: number, jitter = 0) =>
  Array.from({ length: 30 }, (_, i) => 70 + (i % 7) + shift + (i % 2 === 0 ? jitter : -jitter));

describe('where a lever curve has its best value (sensitivity placement)', () => {
  it('puts the best at an end only when that end clearly beats every other value', () => {
    expect(placement(1, [seeds(0), seeds(0.5, 0.05)])).toBe('max');
    expect(placement(0, [seeds(0.5, 0.05), seeds(0.2), seeds(0)])).toBe('min');
  });

  it('calls a lever flat when its values differ by no more than the seeds’ noise', () => {
    // The same games at both values (a tool that changes nothing), and a difference that flips sign
    // from seed to seed around a mean of 0.02.
    expect(placement(1, [seeds(0), seeds(0)])).toBe('flat');
    expect(placement(1, [seeds(0), seeds(0.02, 1)])).toBe('flat');
  });

  it('calls a curve whose top reaches inside the range inside, even when an end is a hair higher', () => {
    expect(placement(2, [seeds(-2), seeds(0.05, -0.5), seeds(0.1, 0.5)])).toBe('inside');
    expect(placement(1, [seeds(-2), seeds(0), seeds(-1)])).toBe('inside');
  });
});
