/**
 * Lists the scenario format names and the engine reads as plain data, without the schemas:
 * the engine's game loop imports these, so it runs without zod (the CLI's batch workers
 * bundle only the game loop). schema.ts builds its enums from them.
 */

export const CAPABILITY_IDS = [
  'ciCd',
  'testAutomation',
  'observability',
  'infraAsCode',
  'securityPractice',
  'documentation',
  'srePractice',
  'finops',
  'aiGuardrails',
] as const;

/** What a card condition may read: last quarter's metrics, the quarter, capabilities, debt. */
export const CONDITION_METRICS = [
  'quarter',
  'debtTax',
  'techDebt',
  'infraDebt',
  'securityDebt',
  'changeFailureRate',
  'deployFrequency',
  'leadTimeDays',
  'incidents',
  'sev1Incidents',
  'errorBudgetUsed',
  'breaches',
  'breachRisk',
  'cloudCost',
  'cloudWaste',
  'headcount',
  'teams',
  'avgTeamSize',
  'attritionRate',
  'engagement',
  'exhaustion',
  'runwayQuarters',
  'growth',
  'grossMargin',
  'boardConfidence',
  'revenue',
  ...CAPABILITY_IDS.map((c) => `capability.${c}` as const),
] as const;
export type ConditionMetric = (typeof CONDITION_METRICS)[number];
