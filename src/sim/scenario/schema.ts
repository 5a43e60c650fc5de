/**
 * The scenario file format (schemaVersion 1), as a zod schema. A scenario holds the starting
 * company and organisation, the market, the dilemma deck (extends the shared base deck),
 * scoring weights and the horizon. Texts are LocalizedText (en + ja).
 */
import { z } from 'zod';
import { CAPABILITY_IDS, CONDITION_METRICS, type ConditionMetric } from './vocabulary';

export const SCENARIO_SCHEMA_VERSION = 1;

const ROLE = z.enum(['product', 'platform', 'security', 'data']);
const LEVEL = z.enum(['junior', 'senior', 'staff', 'manager']);
const STAKEHOLDER = z.enum(['ceo', 'cfo', 'cto', 'cpo', 'hr']);
const CAPABILITY = z.enum(CAPABILITY_IDS);

export const localizedText = z.strictObject({
  en: z.string().min(1, 'English text is empty'),
  ja: z.string().min(1, 'Japanese text is empty'),
});

const unit = z.number().min(0).max(1);
const score100 = z.number().min(0).max(100);
const money = z.number().finite();
const nonNeg = z.number().finite().min(0);

/** Stocks a dilemma option or event may change (see model/effects.ts for units). */
export const EFFECT_TARGETS = [
  'cash',
  'cashArrPct',
  'arrPct',
  'customersPct',
  'debt.code',
  'debt.infra',
  'debt.security',
  'engagement',
  'exhaustion',
  'brand',
  'competitiveness',
  'csat',
  'cloud.wastePct',
  'cloud.unitCostPct',
  'hiringMarket',
  'featureCapacityPct',
  'trust.ceo',
  'trust.cfo',
  'trust.cto',
  'trust.cpo',
  'trust.hr',
  ...CAPABILITY.options.map((c) => `capability.${c}` as const),
] as const;

export const effectSchema = z.strictObject({
  target: z.enum(EFFECT_TARGETS),
  delta: z.number().finite(),
});

export { CONDITION_METRICS, type ConditionMetric };

export const conditionSchema = z.strictObject({
  metric: z.enum(CONDITION_METRICS),
  op: z.enum(['lt', 'lte', 'gt', 'gte']),
  value: z.number().finite(),
});

const optionSchema = z.strictObject({
  id: z.string().min(1),
  label: localizedText,
  hint: localizedText,
  /** applied when chosen */
  effects: z.array(effectSchema),
  /** applied at the start of a later quarter */
  delayed: z
    .array(
      z.strictObject({
        afterQuarters: z.number().int().min(1).max(8),
        effects: z.array(effectSchema),
      }),
    )
    .default([]),
});

export const dilemmaCardSchema = z
  .strictObject({
    id: z.string().min(1),
    /** which MODEL.md section 3 situation it covers */
    situation: z.string().min(1),
    title: localizedText,
    body: localizedText,
    /** all must hold (against last quarter's metrics) for the card to be drawn */
    conditions: z.array(conditionSchema).default([]),
    /** relative draw weight */
    weight: z.number().positive().default(1),
    /** drawn at most once per game */
    once: z.boolean().default(true),
    options: z
      .array(optionSchema)
      .min(2, 'a dilemma needs 2-4 options')
      .max(4, 'a dilemma needs 2-4 options'),
    defaultOptionId: z.string().min(1),
  })
  .superRefine((card, ctx) => {
    const ids = card.options.map((o) => o.id);
    if (!ids.includes(card.defaultOptionId))
      ctx.addIssue({
        code: 'custom',
        path: ['defaultOptionId'],
        message: `defaultOptionId "${card.defaultOptionId}" is not one of the options (${ids.join(', ')})`,
      });
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be unique' });
  });
export type DilemmaCard = z.infer<typeof dilemmaCardSchema>;

export const requestTemplateSchema = z.strictObject({
  id: z.string().min(1),
  stakeholder: STAKEHOLDER,
  title: localizedText,
  /** may contain {target} and {due}, filled in when the request is made */
  body: localizedText,
  measure: z.enum([
    'featuresDelivered',
    'costPerQuarter',
    'attritionRate',
    'debtIndex',
    'incidents',
  ]),
  /** target = last quarter's value of the measure's base metric x factor (see model/stakeholders.ts) */
  targetFactor: z.number().positive(),
  dueInQuarters: z.number().int().min(1).max(4),
  trustOnAccept: z.number().min(0).max(20),
  trustOnDecline: z.number().min(-20).max(0),
  trustOnSuccess: z.number().min(0).max(30),
  trustOnFailure: z.number().min(-40).max(0),
  /** extra effects when the commitment is met / missed (e.g. a large deal won or lost) */
  onSuccess: z.array(effectSchema).default([]),
  onFailure: z.array(effectSchema).default([]),
  conditions: z.array(conditionSchema).default([]),
  weight: z.number().positive().default(1),
  /** drawn only when an event asks for it (e.g. "budget-cut"), never at random */
  eventOnly: z.boolean().default(false),
});
export type RequestTemplate = z.infer<typeof requestTemplateSchema>;

/**
 * A deck file (scenarios/deck/*.json, the shared base deck): dilemma cards and request
 * templates in the same shapes as a scenario's own `deck.dilemmas` and `deck.requests`.
 */
export const deckFileSchema = z.strictObject({
  dilemmas: z.array(dilemmaCardSchema).default([]),
  requests: z.array(requestTemplateSchema).default([]),
});

const staffLine = z.strictObject({
  role: ROLE,
  level: LEVEL,
  count: z.number().int().min(0),
});
const startingStaffLine = staffLine.extend({
  /** quarters since joining (0-3; 3 = fully ramped) */
  tenure: z.number().int().min(0).max(3).default(3),
});

const allocation = z.strictObject({
  features: z.number().min(0).max(100),
  debtPaydown: z.number().min(0).max(100),
  reliability: z.number().min(0).max(100),
  security: z.number().min(0).max(100),
  innovation: z.number().min(0).max(100),
});

export const decisionsSchema = z.strictObject({
  org: z.strictObject({
    teamSizeTarget: z.number().int().min(3).max(30),
    platformTeam: z.boolean(),
    enablingTeam: z.boolean(),
    promotionsToManager: z.number().int().min(0),
    promotionsToStaff: z.number().int().min(0),
  }),
  process: z.strictObject({
    ciCd: z.number().int().min(0).max(3),
    testAutomation: z.number().int().min(0).max(3),
    codeReview: z.number().int().min(0).max(2),
    postmortems: z.boolean(),
    documentation: z.number().int().min(0).max(3),
  }),
  talent: z.strictObject({
    hiring: z.array(staffLine),
    payAdjustmentPct: z.number().min(-10).max(20),
    training: z.number().int().min(0).max(3),
    careerLadder: z.boolean(),
    layoffs: z.array(staffLine),
  }),
  allocation,
  initiatives: z.array(z.string()),
  budget: z.strictObject({
    rightsizing: z.boolean(),
    commitmentCoverage: z.number().min(0).max(0.9),
    contractors: z.number().int().min(0),
    tools: z.strictObject({
      observability: z.boolean(),
      ci: z.boolean(),
      securityScanning: z.boolean(),
    }),
    sourcing: z.enum(['open-source', 'commercial']),
  }),
  coaching: z.strictObject({
    oneOnOnes: z.number().int().min(0).max(3),
    leadershipTraining: z.number().int().min(0).max(3),
  }),
  riskMitigations: z.array(z.string()),
  trends: z.strictObject({
    aiAdoption: unit,
    aiGuardrails: z.number().int().min(0).max(3),
    workPolicy: z.enum(['office', 'hybrid', 'remote']),
    chaosEngineering: z.boolean(),
    sloTarget: z.number().min(0.9).max(0.99999),
    errorBudgetPolicy: z.enum(['none', 'freeze']),
  }),
});

const initiativeSchema = z.strictObject({
  id: z.string().min(1),
  name: localizedText,
  description: localizedText,
  /** engineer-quarters of work to finish */
  effortEngineerQuarters: z.number().positive(),
  /** extra change-failure rate while running (migration risk) */
  riskWhileRunning: z.number().min(0).max(0.2),
  /** applied once when finished */
  onComplete: z.array(effectSchema),
});

const riskItemSchema = z.strictObject({
  id: z.string().min(1),
  name: localizedText,
  /** mitigation cost per quarter, in currency */
  costPerQuarter: nonNeg,
  /** which event it softens */
  mitigates: z.enum(['outage', 'breach', 'key-person', 'vendor', 'audit']),
});

export const scenarioSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and dashes'),
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    title: localizedText,
    description: localizedText,
    difficulty: z.number().int().min(1).max(5),
    currency: z.enum(['JPY', 'USD']),
    horizonQuarters: z.number().int().min(4).max(40).default(12),
    winning: localizedText,
    scoring: z.strictObject({
      business: nonNeg,
      delivery: nonNeg,
      reliability: nonNeg,
      people: nonNeg,
      cost: nonNeg,
      stakeholders: nonNeg,
    }),
    company: z.strictObject({
      cash: money,
      arr: z.number().positive(),
      customers: z.number().int().positive(),
      csat: score100,
      competitiveness: score100,
      brand: score100,
      engagement: score100,
      exhaustion: score100,
      trust: z.strictObject({
        ceo: score100,
        cfo: score100,
        cto: score100,
        cpo: score100,
        hr: score100,
      }),
      debt: z.strictObject({ code: score100, infra: score100, security: score100 }),
      capabilities: z.strictObject(
        Object.fromEntries(CAPABILITY.options.map((c) => [c, unit])) as Record<
          z.infer<typeof CAPABILITY>,
          typeof unit
        >,
      ),
      aiAdoption: unit,
      cloud: z.strictObject({
        /** usage units per customer per quarter */
        usagePerCustomer: z.number().positive(),
        /** price per usage unit */
        unitCost: z.number().positive(),
        waste: z.number().min(0).max(0.6),
      }),
    }),
    org: z.strictObject({
      staff: z.array(startingStaffLine).min(1),
      contractors: z.number().int().min(0),
    }),
    market: z.strictObject({
      /** new ARR won per quarter at competitiveness 50 */
      newArrPerQuarter: z.number().positive(),
      /** quarterly growth of that demand */
      demandGrowthPerQuarter: z.number().min(-0.2).max(0.3),
      /** quarterly gross revenue churn at csat 70 */
      churnPerQuarter: z.number().min(0).max(0.3),
      /** quarterly expansion from existing customers at competitiveness 50 */
      expansionPerQuarter: z.number().min(0).max(0.3),
      /** feature points per quarter the market expects to keep competitiveness level */
      expectedFeaturePointsPerQuarter: z.number().positive(),
      /** fully loaded annual cost per level */
      annualCost: z.strictObject({ junior: money, senior: money, staff: money, manager: money }),
      contractorAnnualCost: money,
      /** sales & marketing + G&A as a share of revenue, plus a fixed part per quarter */
      otherOpexShareOfRevenue: z.number().min(0).max(2),
      otherOpexFixedPerQuarter: nonNeg,
      /** non-cloud cost of revenue (support, licences) as a share of revenue */
      otherCogsShare: z.number().min(0).max(0.5),
      /** cost per minute of customer-facing downtime */
      downtimeCostPerMinute: nonNeg,
      /** average cost of a breach at a large firm (IBM: ~4.4-4.9M USD) */
      breachCostLarge: nonNeg,
      /** base offer acceptance rate at market pay */
      offerAcceptance: unit,
      /** regulatory pressure 0-1: audit frequency and breach fines */
      regulation: unit,
      /** employees outside engineering (sales, support, G&A), for company size */
      nonEngineeringEmployees: z.number().int().min(0),
    }),
    limits: z.strictObject({
      maxHiresPerQuarter: z.number().int().min(0),
      maxContractors: z.number().int().min(0),
      maxTeamSize: z.number().int().min(3).max(30).default(15),
    }),
    end: z.strictObject({
      /** board confidence below this for firedAfterQuarters quarters in a row ends the game */
      firedBelow: score100,
      firedAfterQuarters: z.number().int().min(1).max(4),
    }),
    startingDecisions: decisionsSchema,
    initiatives: z.array(initiativeSchema),
    riskRegister: z.array(riskItemSchema),
    deck: z.strictObject({
      /** include the shared base deck of dilemmas and requests */
      useBaseDeck: z.boolean().default(true),
      /** base card ids left out */
      exclude: z.array(z.string()).default([]),
      dilemmas: z.array(dilemmaCardSchema).default([]),
      requests: z.array(requestTemplateSchema).default([]),
    }),
  })
  .superRefine((s, ctx) => {
    const weights = Object.values(s.scoring).reduce((a, b) => a + b, 0);
    if (weights <= 0)
      ctx.addIssue({
        code: 'custom',
        path: ['scoring'],
        message: 'scoring weights must not all be 0',
      });
    const a = s.startingDecisions.allocation;
    const sum = a.features + a.debtPaydown + a.reliability + a.security + a.innovation;
    if (Math.abs(sum - 100) > 1e-6)
      ctx.addIssue({
        code: 'custom',
        path: ['startingDecisions', 'allocation'],
        message: `allocation must sum to 100, got ${sum}`,
      });
    const initiativeIds = new Set(s.initiatives.map((i) => i.id));
    s.startingDecisions.initiatives.forEach((id, i) => {
      if (!initiativeIds.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['startingDecisions', 'initiatives', i],
          message: `unknown initiative "${id}"`,
        });
    });
    const riskIds = new Set(s.riskRegister.map((r) => r.id));
    s.startingDecisions.riskMitigations.forEach((id, i) => {
      if (!riskIds.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['startingDecisions', 'riskMitigations', i],
          message: `unknown risk-register item "${id}"`,
        });
    });
    const cardIds = new Set<string>();
    s.deck.dilemmas.forEach((c, i) => {
      if (cardIds.has(c.id))
        ctx.addIssue({
          code: 'custom',
          path: ['deck', 'dilemmas', i, 'id'],
          message: `duplicate card id "${c.id}"`,
        });
      cardIds.add(c.id);
    });
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
