/**
 * security-in-pipeline (engine 1.37.0): blocking gates need a pipeline fast enough to take them.
 * On one where changes take a month to reach production, scans on top of long builds block on
 * false positives and teams route around the gates, so the backlog stays; on one that ships
 * within a week they work it down. Read as each option's expected effects (risks scaled by their
 * chance) at a lead time of 5 and 30 days.
 */
import { describe, expect, it } from 'vitest';
import type { EffectTarget } from '../../src/sim/scenario/schema';
import { loadBuiltin } from './builtin';
import { cardEffects } from './card-effects';

const effect = cardEffects(loadBuiltin('enterprise-dx.json'), 'security-in-pipeline');
const expected = (option: string, target: EffectTarget, leadTimeDays: number) =>
  effect(option, target, { leadTimeDays });

describe('security gates in the pipeline (security-in-pipeline)', () => {
  it('work the vulnerability backlog down on a fast pipeline, and barely on a slow one', () => {
    expect(expected('blocking-gates', 'debt.security', 5)).toBeLessThan(-5);
    expect(expected('blocking-gates', 'debt.security', 30)).toBeGreaterThan(-2);
  });

  it('leave a penetration test the better backlog answer only where the pipeline is slow', () => {
    const backlog = (option: string, days: number) => expected(option, 'debt.security', days);
    expect(backlog('blocking-gates', 5)).toBeLessThan(backlog('yearly-pentest', 5));
    expect(backlog('blocking-gates', 30)).toBeGreaterThan(backlog('yearly-pentest', 30));
  });

  it('cost the developers’ goodwill only where the gates get in their way', () => {
    expect(expected('blocking-gates', 'engagement', 5)).toBeGreaterThan(-0.5);
    expect(expected('blocking-gates', 'engagement', 30)).toBeLessThan(-2);
  });
});
