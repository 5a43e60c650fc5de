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
  /**
   * the market's demand this quarter as the briefing's market line reports it: the cycle's
   * multiplier on new bookings (0.5 in a downturn, 1 normal, 1.5 in a boom; model/market.ts)
   */
  'marketDemand',
  ...CAPABILITY_IDS.map((c) => `capability.${c}` as const),
] as const;
export type ConditionMetric = (typeof CONDITION_METRICS)[number];
