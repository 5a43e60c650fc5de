/**
 * Named policies: the balance lab's responsive reference, its extremes and random play, fixed
 * plans, and the older balanced/careless pair that tests and the identity fingerprints use.
 */
import { EXTREME_POLICIES } from './extremes';
import { randomPolicy } from './random';
import { referencePolicy } from './reference';
import type { ReasonedPolicy } from './reasoned';

export { balancedPolicy, carelessPolicy, extremePolicies, SENSIBLE_OPTIONS } from './balanced';
export { referencePolicy } from './reference';
export { ANSWER_RULES } from './reference-answers';
export { EXTREME_POLICIES } from './extremes';
export { randomPolicy } from './random';
export { fixedPlanPolicy, type FixedPlan } from './fixed-plan';
export { observe, type Observation } from './observe';
export type { Reason, ReasonedChoice, ReasonedDecisions, ReasonedPolicy } from './reasoned';

/** Every named policy of the balance lab, the reference first. */
export const LAB_POLICIES: readonly ReasonedPolicy[] = [
  referencePolicy,
  ...EXTREME_POLICIES,
  randomPolicy,
];

/** A named policy of the lab, or an error naming the known ones. */
export function labPolicy(name: string): ReasonedPolicy {
  const p = LAB_POLICIES.find((x) => x.name === name);
  if (!p)
    throw new Error(
      `unknown policy "${name}" (known: ${LAB_POLICIES.map((x) => x.name).join(', ')})`,
    );
  return p;
}
